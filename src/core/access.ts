import type { Role } from '../domain/vocabulary.js';

/** The cookie that carries a browser's session secret. */
export const SESSION_COOKIE = 'wijknet_session';

/**
 * Who may call a route. Every route must declare one (the app refuses to start otherwise), and
 * the access-matrix test checks each against a table of its own.
 * - public: anyone (health, sign-in, invitation preview, the web app's files)
 * - user: any signed-in person
 * - admin: a beheerder
 * - { network: role }: a member of the network named in the URL with at least that role
 */
export type Access = 'public' | 'user' | 'admin' | 'researcher' | { network: Role };

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  locale: string;
  reminders: boolean;
}

/** Built only by the access check, so a service holding one knows membership was verified. */
export interface MemberContext {
  networkId: string;
  userId: string;
  memberId: string;
  role: Role;
  actorId: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    authVia: 'cookie' | 'token' | null;
    member: MemberContext | null;
  }
}

/** A network route's member context; the access check has set it before the handler runs. */
export const memberOf = (req: { member: MemberContext | null }): MemberContext => {
  if (!req.member) throw new Error('network route without a network access rule');
  return req.member;
};

export function requireUser(user: SessionUser | null): SessionUser {
  if (!user) throw new Error('route declared access but no user was resolved');
  return user;
}
