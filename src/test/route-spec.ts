import type { Role } from '../domain/vocabulary.js';
import type { SessionUser } from '../core/access.js';
import type { TestApp } from './harness.js';

/** The shapes of the route table (route-fixtures.ts), apart so each phase's fixture file can use them. */
export type Principal = 'anonymous' | 'outsider' | 'researcher' | Role;
/** The researcher is a researcher of the installation and a member of no network. */
export const PRINCIPALS: Principal[] = ['anonymous', 'outsider', 'researcher', 'meekijker', 'partner', 'kartrekker'];

/** Who may call: 'public' = everyone, 'user' = any signed-in person, 'researcher', or the lowest network role. */
export type Rule = 'public' | 'user' | 'researcher' | Role;

export interface People {
  kartrekker: SessionUser;
  partner: SessionUser;
  meekijker: SessionUser;
  outsider: SessionUser;
  researcher: SessionUser;
}

export interface World {
  networkId: string;
  partnerMemberId: string;
  actorId: string;
  invitationId: string;
  invitationToken: string;
  findableActorId: string;
}

export interface RouteCase {
  url: string;
  payload?: Record<string, unknown>;
  /** Extra request headers (a werksessie guest's x-guest-token). */
  headers?: Record<string, string>;
  /** Set when the body is a JSON object that the malformed-input test should corrupt field by field. */
  streaming?: boolean;
}

export interface RouteSpec {
  rule: Rule;
  /** Who makes the one valid request that must succeed (default: kartrekker). */
  validAs?: Principal;
  build(t: TestApp, w: World, caller: SessionUser | null): Promise<RouteCase> | RouteCase;
}
