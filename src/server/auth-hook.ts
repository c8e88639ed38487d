import type { FastifyRequest } from 'fastify';
import { type Role, roleAtLeast } from '../domain/vocabulary.js';
import { memberRepository } from '../modules/members/repository.js';
import type { App } from '../core/registry.js';
import type { RouteContext } from '../modules/common/deps.js';
import { errors } from '../core/errors.js';
import { TtlCache } from '../core/ttl-cache.js';
import { SESSION_COOKIE, type SessionUser } from '../core/access.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who is calling, and may they: runs before the body is parsed, so an outsider learns nothing
 * from validation messages. Cookie sessions must also come from our own origin (CSRF); requests
 * with a Bearer API token are exempt, since browsers never add those by themselves.
 */
export function registerAccessControl(app: App, { deps, services }: RouteContext) {
  const members = memberRepository(deps.db);
  const ownOrigins = new Set([new URL(deps.config.publicUrl).origin]);

  const originAllowed = (req: FastifyRequest): boolean => {
    const origin = req.headers.origin;
    if (!origin) return false;
    if (ownOrigins.has(origin)) return true;
    // The same server reached under another name (e.g. 127.0.0.1 instead of localhost).
    return origin === `${req.protocol}://${req.host}`;
  };

  // Who a secret belongs to, and who is a member where, are read on every request. They are
  // kept briefly and dropped by the live events that every sign-out, revocation, account
  // deletion and membership change publishes (at once in this process, through NOTIFY in
  // others); the time limit bounds what an expired session could still do to seconds.
  const principals = new TtlCache<SessionUser | null>({ ttlMs: 10_000, maxEntries: 10_000 });
  const memberships = new TtlCache<Awaited<ReturnType<typeof members.byUser>> | null>({
    ttlMs: 10_000,
    maxEntries: 50_000,
  });
  deps.live.onChange((event) => {
    if (event.userId) {
      principals.clear();
      memberships.clear();
    } else if (event.type.startsWith('member.') || event.type === 'network.delete') {
      memberships.clear();
    }
  });

  app.decorateRequest('user', null);
  app.decorateRequest('authVia', null);
  app.decorateRequest('member', null);

  app.addHook('onRoute', (route) => {
    if (!route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access rule (config.access)`);
    }
  });

  app.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config?.access;
    if (!access) return;

    const authorization = req.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const token = authorization.slice(7).trim();
      req.user = await principals.get(`token:${token}`, () => services.auth.userFromToken(token));
      if (!req.user) throw errors.unauthenticated();
      req.authVia = 'token';
    } else {
      const secret = req.cookies[SESSION_COOKIE];
      if (secret) {
        req.user = await principals.get(`session:${secret}`, () => services.auth.userFromSession(secret));
        if (req.user) req.authVia = 'cookie';
      }
    }

    if (!SAFE_METHODS.has(req.method) && req.authVia !== 'token') {
      // A browser always sends Origin on these requests; a foreign one is a forged request.
      if (req.headers.origin ? !originAllowed(req) : req.authVia === 'cookie') {
        throw errors.forbidden('error.notOwnOrigin');
      }
    }

    if (access === 'public') return;
    if (!req.user) throw errors.unauthenticated();
    if (access === 'user') return;
    if (access === 'admin') {
      if (!req.user.isAdmin) throw errors.forbidden('error.adminOnly');
      return;
    }
    if (access === 'researcher') {
      // A researcher of the installation; being one gives no access to any network's own pages.
      if (!(await services.research.isResearcher(req.user.id))) throw errors.forbidden('error.researcherOnly');
      return;
    }
    const networkId = (req.params as Record<string, string | undefined>).networkId;
    if (!networkId || networkId.length > 64) throw errors.notFound();
    const userId = req.user.id;
    const member = await memberships.get(
      `${networkId}:${userId}`,
      async () => (await members.byUser(networkId, userId)) ?? null,
    );
    // Outsiders get the same answer as for a network that does not exist.
    if (!member) throw errors.notFound();
    const role = member.role as Role;
    if (!roleAtLeast(role, access.network)) throw errors.forbidden();
    req.member = { networkId, userId: req.user.id, memberId: member.id, role, actorId: member.actor_id };
  });
}
