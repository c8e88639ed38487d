/** Response types of the verkennen routes, as the server declares them. */
export type { RelationView } from '../../../src/modules/relations/schemas.ts';
export type {
  ActorRef,
  NetworkAnalysisView,
  SnapshotComparison,
  SnapshotData,
  SnapshotMeasures,
  SnapshotSummary,
} from '../../../src/modules/analysis/schemas.ts';
export type { DirectoryEntry } from '../../../src/modules/search/schemas.ts';
export type { ApproachResult, Suggestion } from '../../../src/modules/suggestions/schemas.ts';
export type { FunctionChecklist, FunctionStatus, FunctionView } from '../../../src/modules/functions/schemas.ts';

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
