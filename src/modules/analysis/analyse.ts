/**
 * The analysis of a network (measures, reading, Dutch summary), and where it runs: a large
 * network on a worker thread of the pool (task `network.analyse`, src/server/worker-tasks.ts), a
 * small one right here, where a worker's round trip would cost more than the analysis itself.
 * Pure apart from the pool it is handed: the worker loads this file, never the service.
 */
import { NETWORK_CHUNK_ROWS, pack, type WorkerPool } from '../../core/worker-pool.js';
import { readNetwork } from '../../domain/network/reading.js';
import { readingNl } from '../../domain/network/reading-nl.js';
import type { ActorRef, NetworkAnalysisView, SnapshotData } from './schemas.js';

/** Only the ends of a relation count for the measures. */
export type AnalysedRelation = Pick<SnapshotData['relations'][number], 'actorAId' | 'actorBId'>;

/**
 * From this much work (see `analysisWork`) the analysis goes to the pool. Betweenness alone takes
 * about 9 ns per unit on one thread here (docs/BENCHMARKS.md); the whole analysis (Louvain, the
 * reading, the sorting) measured about 19 ns per unit on this 2-core machine. At 500,000 units
 * (700 actors without relations, 250 with 875 relations) what stays on the event loop holds it up
 * for at most about 10 ms; above it a worker's round trip (a few ms of copying) is well worth it.
 */
export const POOL_MIN_WORK = 500_000;

/** Brandes walks the whole graph from every source: n sources × (n nodes + 2m neighbour entries). */
export const analysisWork = (actors: number, relations: number): number => actors * (actors + 2 * relations);

/** The analysis of actors and relations; actors are keyed by id, so equal names stay apart. */
export function analyse(actors: ActorRef[], relations: AnalysedRelation[]): NetworkAnalysisView {
  const { reading, centrality, crossDomain } = readNetwork(
    actors,
    relations.map((r) => ({ from: r.actorAId, to: r.actorBId })),
  );
  return {
    actors: reading.actors,
    relations: reading.relations,
    density: reading.density,
    centrality,
    crossDomain,
    reading,
    summary: readingNl(reading),
  };
}

/**
 * `analyse`, on the pool when the network is large enough (the same result: the view is plain
 * data, which survives the copy between threads unchanged). A full queue rejects with the pool's
 * 503 and Retry-After.
 */
export async function analyseOffLoop(
  pool: WorkerPool,
  actors: ActorRef[],
  relations: AnalysedRelation[],
  minWork = POOL_MIN_WORK,
): Promise<NetworkAnalysisView> {
  if (analysisWork(actors.length, relations.length) < minWork) return analyse(actors, relations);
  // Only what the measures read goes to the worker, not each relation's kind, frequency and quality.
  // Packed in chunks (`pack`): cloned in one go, 12,000 relations held the event loop 20 ms.
  pool.admit();
  return pool.run<NetworkAnalysisView>('network.analyse', {
    actors: await pack(
      actors.map((a) => ({ id: a.id, name: a.name, domain: a.domain })),
      NETWORK_CHUNK_ROWS,
    ),
    relations: await pack(
      relations.map((r) => ({ actorAId: r.actorAId, actorBId: r.actorBId })),
      NETWORK_CHUNK_ROWS,
    ),
  });
}
