import { z } from 'zod';
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

export interface NetworkAnalysisView {
  actors: number;
  relations: number;
  /** 2m / (n(n − 1)) */
  density: number;
  /** Separate parts (isolated actors count as a part each). */
  components: number;
  isolated: ActorRef[];
  /** degree = deg/(n−1); betweenness normalised as NetworkX; sorted by betweenness, then degree, then name. */
  centrality: (ActorRef & { degree: number; betweenness: number })[];
  /** Symmetric: relations between each pair of domains; [a][a] = inside domain a. */
  crossDomain: Record<string, Record<string, number>>;
  /** Domain pairs present in the network without any relation between them, with the Dutch sentence. */
  missingDomainPairs: { a: string; b: string; text: string }[];
  /** Louvain communities (fixed seed), largest first. */
  communities: ActorRef[][];
  modularity: number;
  /** Plain-Dutch reading of the numbers, one sentence per line. */
  summary: string[];
}

/** The numbers a snapshot keeps and a comparison shows. */
export interface SnapshotMeasures {
  actors: number;
  relations: number;
  density: number;
  components: number;
  isolated: number;
  communities: number;
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
