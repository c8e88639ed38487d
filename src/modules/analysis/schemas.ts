import { z } from 'zod';
import type { NetworkReading } from '../../domain/network/reading.js';
import { LIMITS, id, requiredText } from '../common/schemas.js';
import { isoDate } from '../common/dates.js';

export const createSnapshot = z.strictObject({
  label: requiredText(LIMITS.name),
  /** The date the snapshot stands for; today when left out. */
  takenOn: isoDate.optional(),
});
export const snapshotParams = z.strictObject({ networkId: id, snapshotId: id });
export const compareQuery = z.strictObject({
  /** Compare with this (later) snapshot instead of with the network as it is now. */
  with: id.optional(),
});

export interface ActorRef {
  id: string;
  name: string;
  domain: string;
}

/**
 * GET …/analysis. `reading` holds the findings (the same as `wijknet analyse --json` gives for
 * the same network) and `summary` the same findings as Dutch sentences. Before the one reading
 * this answer had `components`, `isolated`, `communities`, `modularity` and `missingDomainPairs`;
 * they are `reading.parts`, `reading.isolated`, `reading.groups`, `reading.modularity` and
 * `reading.domainGaps` now, where parts and groups no longer count isolated actors.
 */
export interface NetworkAnalysisView {
  actors: number;
  relations: number;
  /** 2m / (n(n − 1)) */
  density: number;
  /** Every actor: degree = deg/(n−1); betweenness normalised as NetworkX; by betweenness, then degree, then the stable name order. */
  centrality: (ActorRef & { degree: number; betweenness: number })[];
  /** Symmetric: relations between each pair of domains; [a][a] = inside domain a. */
  crossDomain: Record<string, Record<string, number>>;
  /** The findings: codes and numbers (see src/domain/network/reading.ts). */
  reading: NetworkReading;
  /** The reading in plain Dutch, one finding per line. */
  summary: string[];
}

/** The numbers a snapshot keeps and a comparison shows; parts and groups as in the reading. */
export interface SnapshotMeasures {
  actors: number;
  relations: number;
  density: number;
  parts: number;
  isolated: number;
  groups: number;
  modularity: number;
  /** Pairs of different domains with at least one relation. */
  domainPairsLinked: number;
  /** Pairs of different domains present without any relation. */
  domainPairsMissing: number;
}

export interface SnapshotData {
  actors: ActorRef[];
  relations: { actorAId: string; actorBId: string; kind: string; frequency: string; quality: number | null }[];
  measures: SnapshotMeasures;
  /** The analysis of the snapshot's actors and relations, computed again when asked for. */
  analysis: NetworkAnalysisView;
}

export interface SnapshotSummary {
  id: string;
  label: string;
  takenOn: string;
  createdAt: string;
  measures: SnapshotMeasures;
}

export interface SnapshotComparison {
  before: { id: string; label: string; takenOn: string };
  /** id null: the network as it is now. */
  after: { id: string | null; label: string; takenOn: string };
  measures: { key: keyof SnapshotMeasures; label: string; before: number; after: number; difference: number }[];
  actorsAdded: ActorRef[];
  actorsRemoved: ActorRef[];
  relationsAdded: { a: ActorRef; b: ActorRef }[];
  relationsRemoved: { a: ActorRef; b: ActorRef }[];
  summary: string[];
}
