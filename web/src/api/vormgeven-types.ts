/// <reference path="../../../src/types/snowball-stemmers.d.ts" />
/** Response types of the vormgeven routes and the trust routes, as the server declares them. */
export type { LadderView, TermView, VocabularyView, GoalView, GoalsView } from '../../../src/modules/goals/schemas.ts';
export type { GoalComparison, SharedGoalGroup, SameWordsWarning, UnsharedGoal, GroupMember, Tag } from '../../../src/domain/goals/compare.ts';
export type { CardView, CardItemView, PersonalCardView, Party, ConsentView, VersionSummary, VersionView, CardSnapshot, Source } from '../../../src/modules/cards/schemas.ts';
export type { ColumnGuide, CardColumn, CardMode } from '../../../src/domain/card.ts';
export type { LeadView, LeadsView } from '../../../src/modules/leads/schemas.ts';
export type { LeadWarning } from '../../../src/domain/leads.ts';
export type { AgreementView, AgreementsView, AgreementDetails } from '../../../src/modules/agreements/schemas.ts';
export type { ActionView, MyActionView } from '../../../src/modules/actions/schemas.ts';
export type { AuditEntry, AuditPage } from '../../../src/modules/audit/schemas.ts';
