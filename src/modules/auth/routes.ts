import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { requireUser, SESSION_COOKIE } from '../../core/access.js';
import { render, requestLang } from '../../core/messages/index.js';
import {
  createToken,
  noBody,
  signInRequest,
  signInVerify,
  tokenParams,
  updateMe,
  type SignInRequested,
  type SessionResponse,
} from './schemas.js';

const tags = ['Inloggen en account'];

export async function authRoutes(app: App, { deps, services }: RouteContext) {
  const secure = deps.config.publicUrl.startsWith('https://');
  const setSession = (reply: FastifyReply, secret: string) =>
    reply.setCookie(SESSION_COOKIE, secret, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: 30 * 24 * 60 * 60,
    });

  app.post(
    '/api/auth/request',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Vraag een inloglink en -code aan per e-mail', body: signInRequest },
    },
    async (req, reply) => {
      const { mailDelayed } = await services.auth.requestSignIn(req.body.email);
      return reply.status(202).send({
        message: render(requestLang(req), mailDelayed ? 'auth.mailNotSent' : 'auth.mailSent'),
        mailDelayed,
      } satisfies SignInRequested);
    },
  );

  app.post(
    '/api/auth/verify',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Log in met de link (token) of met e-mailadres en code', body: signInVerify },
    },
    async (req, reply) => {
      const { user, session } = await services.auth.verify(req.body, req.ip);
      setSession(reply, session);
      return services.auth.me(user);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Uitloggen', body: noBody },
    },
    async (req: FastifyRequest, reply) => {
      const secret = req.cookies[SESSION_COOKIE];
      if (secret) await services.auth.signOut(secret, requireUser(req.user).id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  // Always 200: the app asks this on every start, so a signed-out visitor causes no 401 and a valid
  // session cookie is recognised even when the browser's own "signed in" note is gone.
  app.get(
    '/api/auth/session',
    { config: { access: 'public' }, schema: { tags, summary: 'Wie is er ingelogd (niemand: user is null)' } },
    async (req): Promise<SessionResponse> => ({ user: req.user ? await services.auth.me(req.user) : null }),
  );

  app.get('/api/me', { config: { access: 'user' }, schema: { tags, summary: 'Wie ben ik' } }, async (req) =>
    services.auth.me(requireUser(req.user)),
  );

  app.patch(
    '/api/me',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Naam, taal en herinneringen aanpassen', body: updateMe },
    },
    async (req) => services.auth.updateMe(requireUser(req.user), req.body),
  );

  app.delete(
    '/api/me',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Account verwijderen (je bijdragen blijven, zonder je naam)' },
    },
    async (req, reply) => {
      await services.members.deleteAccount(requireUser(req.user));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get('/api/me/tokens', { config: { access: 'user' }, schema: { tags, summary: 'Je API-sleutels' } }, async (req) =>
    services.auth.listTokens(requireUser(req.user)),
  );

  app.post(
    '/api/me/tokens',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Maak een API-sleutel (wordt één keer getoond)', body: createToken },
    },
    async (req, reply) =>
      reply.status(201).send(await services.auth.createToken(requireUser(req.user).id, req.body.name)),
  );

  app.delete(
    '/api/me/tokens/:tokenId',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Trek een API-sleutel in', params: tokenParams },
    },
    async (req, reply) => {
      await services.auth.revokeToken(requireUser(req.user), req.params.tokenId);
      return reply.status(204).send();
    },
  );
}
