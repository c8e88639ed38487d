export type { MeResponse, SessionResponse, TokenResponse } from '@schemas/auth';
export type { NetworkSummary, MemberView, NetworkOverview } from '@schemas/networks';
export type { InvitationView, InvitationPreview } from '@schemas/members';
export type { ActorView } from '@schemas/actors';
export type { DirectoryEntry } from '@schemas/search';
