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

/** GET /api/networks/:id/progress/verkennen (declared in the progress service, which the web app does not import). */
export interface ProgressStep {
  key: 'partners' | 'relations' | 'snapshot' | 'whoIsWho' | 'profile' | 'focus';
  label: string;
  done: boolean;
  detail: string;
}
export interface PhaseProgress {
  phase: 'verkennen';
  steps: ProgressStep[];
  done: number;
  total: number;
}
