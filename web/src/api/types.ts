export type { MeResponse, TokenResponse } from '../../../src/modules/auth/schemas.ts';
export type { NetworkSummary, MemberView, NetworkOverview } from '../../../src/modules/networks/schemas.ts';
export type { InvitationView, InvitationPreview } from '../../../src/modules/members/schemas.ts';
export type { ActorView } from '../../../src/modules/actors/schemas.ts';
export type { DirectoryEntry } from '../../../src/modules/search/schemas.ts';
