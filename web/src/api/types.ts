export type { MeResponse, TokenResponse } from '../../../src/modules/auth/schemas.ts';
export type { NetworkSummary, MemberView, NetworkOverview } from '../../../src/modules/networks/schemas.ts';
export type { InvitationView, InvitationPreview } from '../../../src/modules/members/schemas.ts';
export type { ActorView, DirectoryEntry } from '../../../src/modules/actors/schemas.ts';
