/** Response types of the verkennen routes, as the server declares them. */
export type { RelationView } from '@schemas/relations';
export type {
  ActorRef,
  NetworkAnalysisView,
  SnapshotComparison,
  SnapshotData,
  SnapshotMeasures,
  SnapshotSummary,
} from '@schemas/analysis';
export type { DirectoryEntry } from '@schemas/search';
export type { ApproachResult, Suggestion } from '@schemas/suggestions';
export type { FunctionChecklist, FunctionStatus, FunctionView } from '@schemas/functions';

export type { PhaseProgress, ProgressStep } from '@schemas/progress';
