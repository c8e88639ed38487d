/** Response types of the vormgeven routes and the trust routes, as the server declares them. */
export type { LadderView, TermView, VocabularyView, GoalView, GoalsView } from '@schemas/goals';
export type {
  GoalComparison,
  SharedGoalGroup,
  SameWordsWarning,
  UnsharedGoal,
  GroupMember,
  Tag,
} from '@domain/goals/compare.ts';
export type {
  CardView,
  CardItemView,
  PersonalCardView,
  Party,
  ConsentView,
  ConsentLinkView,
  ConsentMethod,
  VersionSummary,
  VersionView,
  CardSnapshot,
  Source,
} from '@schemas/cards';
export type { ColumnGuide, CardColumn, CardMode } from '@domain/card.ts';
export type { LeadView, LeadsView } from '@schemas/leads';
export type { LeadWarning } from '@domain/leads.ts';
export type { AgreementView, AgreementsView, AgreementDetails } from '@schemas/agreements';
export type { ActionView, MyActionView } from '@schemas/actions';
export type { AuditEntry, AuditPage } from '@schemas/audit';
