import { hashSecret, isoIn, newSecret, nowIso } from '../core/crypto.js';
import { addMember, memberContext, type TestApp } from './harness.js';
import { askContactConfirmation } from '../modules/common/contact-address.js';
import type { People, RouteSpec, World } from './route-spec.js';
import { VERKENNEN_ROUTES } from './verkennen-fixtures.js';
import { VORMGEVEN_ROUTES } from './vormgeven-fixtures.js';
import { SESSION_ROUTES } from './session-fixtures.js';
import { PROFILE_ROUTES } from './profile-fixtures.js';
import { VERANKEREN_ROUTES } from './verankeren-fixtures.js';
import { SCAN_ROUTES } from './scan-fixtures.js';
import { RELATION_CHECK_ROUTES } from './relationcheck-fixtures.js';
import { GUIDE_ROUTES } from './guide-fixtures.js';
import { FEEDBACK_ROUTES } from './feedback-fixtures.js';
import { RESEARCH_ROUTES } from './research-fixtures.js';
import { COCKPIT_ROUTES } from './cockpit-fixtures.js';
import { CASES_ROUTES } from './cases-fixtures.js';
import { MEETING_ROUTES } from './meetings-fixtures.js';
import { RESULTS_ROUTES } from './results-fixtures.js';

export * from './route-spec.js';

const fullActor = {
  kind: 'organisation',
  name: 'Buurthuis De Schakel',
  domain: 'welzijn',
  themes: ['eenzaamheid', 'ontmoeten'],
  targetGroups: ['ouderen'],
  healthDimensions: ['meedoen'],
  area: 'Centrum',
  description: 'Een plek om elkaar te ontmoeten.',
  contactEmail: 'info@schakel.nl',
  contactPhone: '0412 123 456',
  website: 'https://www.schakel.nl',
  kvk: '12345678',
  agb: '87654321',
  findable: true,
  status: 'partner',
};

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${++counter}@voorbeeld.nl`;

/**
 * One valid request for every API route, and who may make it. The access-matrix and the
 * malformed-input tests both read this table; a route Fastify registers that is missing here
 * makes both fail, so a new route cannot ship without an access rule and a working example.
 */
export const ROUTES: Record<string, RouteSpec> = {
  'GET /healthz': { rule: 'public', build: () => ({ url: '/healthz' }) },
  'GET /api/openapi.json': { rule: 'public', build: () => ({ url: '/api/openapi.json' }) },
  'POST /api/auth/request': {
    rule: 'public',
    build: () => ({ url: '/api/auth/request', payload: { email: unique('aanvraag') } }),
  },
  'POST /api/auth/verify': {
    rule: 'public',
    async build(t) {
      const email = unique('verifieer');
      await t.services.auth.requestSignIn(email);
      const code = /(\d{6})$/.exec(t.lastMailTo(email)!.subject)![1];
      return { url: '/api/auth/verify', payload: { email, code } };
    },
  },
  'POST /api/auth/logout': { rule: 'user', build: () => ({ url: '/api/auth/logout' }) },
  'GET /api/me': { rule: 'user', build: () => ({ url: '/api/me' }) },
  'GET /api/auth/session': { rule: 'public', build: () => ({ url: '/api/auth/session' }) },
  'PATCH /api/me': {
    rule: 'user',
    build: () => ({ url: '/api/me', payload: { name: 'Jamila', locale: 'nl', reminders: true } }),
  },
  'DELETE /api/me': { rule: 'user', validAs: 'partner', build: () => ({ url: '/api/me' }) },
  'GET /api/me/tokens': { rule: 'user', build: () => ({ url: '/api/me/tokens' }) },
  'POST /api/me/tokens': { rule: 'user', build: () => ({ url: '/api/me/tokens', payload: { name: 'Koppeling' } }) },
  'DELETE /api/me/tokens/:tokenId': {
    rule: 'user',
    async build(t, _w, caller) {
      const token = caller ? await t.services.auth.createToken(caller.id, 'weg') : { id: 'onbekend' };
      return { url: `/api/me/tokens/${token.id}` };
    },
  },
  'GET /api/networks': { rule: 'user', build: () => ({ url: '/api/networks' }) },
  'POST /api/networks': {
    rule: 'user',
    build: () => ({
      url: '/api/networks',
      payload: {
        name: 'Netwerk Noord',
        areaLevel: 'buurt',
        areaName: 'Noord',
        regionCode: 'BU02680101',
        population: 6400,
        ambition: 'Samen sterker.',
      },
    }),
  },
  'GET /api/networks/:networkId': { rule: 'meekijker', build: (_t, w) => ({ url: `/api/networks/${w.networkId}` }) },
  'PATCH /api/networks/:networkId': {
    rule: 'kartrekker',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}`,
      payload: {
        name: 'Netwerk Zuid',
        areaLevel: 'wijk',
        areaName: 'Zuid',
        regionCode: 'WK026801',
        population: 9000,
        ambition: 'Iedereen doet mee.',
        vision: 'Over vijf jaar kent iedereen zijn buren.',
        focusThemes: ['eenzaamheid'],
        version: 1,
      },
    }),
  },
  'DELETE /api/networks/:networkId': {
    rule: 'kartrekker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}` }),
  },
  'GET /api/networks/:networkId/members': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/members` }),
  },
  // Only a kartrekker changes a membership (the role); who acts for a partner is asked and confirmed.
  'PATCH /api/networks/:networkId/members/:memberId': {
    rule: 'kartrekker',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/members/${w.partnerMemberId}`,
      payload: { role: 'partner', version: 1 },
    }),
  },
  'GET /api/networks/:networkId/representation': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/representation` }),
  },
  'POST /api/networks/:networkId/representation/requests': {
    rule: 'partner',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/representation/requests`,
      payload: { actorId: w.actorId, reason: 'Ik werk er.' },
    }),
  },
  // Someone else asked: the kartrekker decides for an actor nobody acts for; the partner as its representative.
  'POST /api/networks/:networkId/representation/requests/:requestId/decision': {
    rule: 'partner',
    async build(t, w, caller) {
      const partner = await t.deps.db
        .selectFrom('members')
        .select('user_id')
        .where('id', '=', w.partnerMemberId)
        .executeTakeFirstOrThrow();
      const partnerDecides = caller?.id === partner.user_id;
      if (partnerDecides)
        await t.deps.db
          .updateTable('members')
          .set({ actor_id: w.actorId })
          .where('id', '=', w.partnerMemberId)
          .execute();
      const asker = partnerDecides
        ? (
            await t.deps.db
              .selectFrom('members')
              .select('user_id')
              .where('network_id', '=', w.networkId)
              .where('role', '=', 'kartrekker')
              .executeTakeFirstOrThrow()
          ).user_id
        : partner.user_id;
      const user = await t.deps.db.selectFrom('users').selectAll().where('id', '=', asker).executeTakeFirstOrThrow();
      const asked = await t.services.representation.ask(
        await memberContext(t, w.networkId, asker),
        { id: user.id, email: user.email, name: user.name, isAdmin: false, locale: 'nl', reminders: true },
        { actorId: w.actorId },
      );
      return {
        url: `/api/networks/${w.networkId}/representation/requests/${asked.id}/decision`,
        payload: { confirm: true, reason: 'Klopt.' },
      };
    },
  },
  // Ending one's own representation (the partner acts for the world's actor in this case).
  'DELETE /api/networks/:networkId/members/:memberId/representation': {
    rule: 'partner',
    async build(t, w) {
      await t.deps.db.updateTable('members').set({ actor_id: w.actorId }).where('id', '=', w.partnerMemberId).execute();
      return { url: `/api/networks/${w.networkId}/members/${w.partnerMemberId}/representation` };
    },
  },
  'DELETE /api/networks/:networkId/members/:memberId': {
    rule: 'partner',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/members/${w.partnerMemberId}` }),
  },
  'GET /api/networks/:networkId/invitations': {
    rule: 'kartrekker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/invitations` }),
  },
  'POST /api/networks/:networkId/invitations': {
    rule: 'kartrekker',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/invitations`,
      payload: { role: 'meekijker', email: unique('uitgenodigd') },
    }),
  },
  'DELETE /api/networks/:networkId/invitations/:invitationId': {
    rule: 'kartrekker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/invitations/${w.invitationId}` }),
  },
  'GET /api/invitations/:token': {
    rule: 'public',
    build: (_t, w) => ({ url: `/api/invitations/${w.invitationToken}` }),
  },
  'POST /api/invitations/:token/accept': {
    rule: 'user',
    validAs: 'outsider',
    // Someone without a name gives one when joining (issue 13).
    build: (_t, w) => ({ url: `/api/invitations/${w.invitationToken}/accept`, payload: { name: 'Bas Buiten' } }),
  },
  // A changed contact address is confirmed through a mailed link (0020_consent).
  'POST /api/contact-confirmations': {
    rule: 'public',
    build: async (t, w) => {
      const email = unique('nieuw-adres');
      await t.deps.db.updateTable('actors').set({ contact_email: email }).where('id', '=', w.actorId).execute();
      await askContactConfirmation(t.deps, { id: w.actorId, name: 'Wijkteam', contact_email: email }, 'Testnetwerk');
      return {
        url: '/api/contact-confirmations',
        payload: { token: /adres-bevestigen#token=([A-Za-z0-9_-]+)/.exec(t.lastMailTo(email)!.text)![1] },
      };
    },
  },
  // "Ik wil geen mail meer via Wijknet": the link every non-sign-in mail carries.
  'POST /api/mail/optout': {
    rule: 'public',
    build: async (t) => {
      const email = unique('geen-mail');
      await t.deps.mailer.send({ to: email, kind: 'other', subject: 'Test', text: 'Hallo' });
      return {
        url: '/api/mail/optout',
        payload: { token: /\/geen-mail#token=([A-Za-z0-9_-]+)/.exec(t.lastMailTo(email)!.text)![1] },
      };
    },
  },
  'GET /api/networks/:networkId/actors': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/actors` }),
  },
  'POST /api/networks/:networkId/actors': {
    rule: 'partner',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/actors`, payload: { ...fullActor } }),
  },
  'POST /api/networks/:networkId/actors/link': {
    rule: 'partner',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/actors/link`,
      payload: { actorId: w.findableActorId, status: 'approached' },
    }),
  },
  'GET /api/networks/:networkId/actors/:actorId': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/actors/${w.actorId}` }),
  },
  'PATCH /api/networks/:networkId/actors/:actorId': {
    rule: 'partner',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/actors/${w.actorId}`,
      payload: { ...fullActor, name: 'Wijkteam Oost', version: 1 },
    }),
  },
  'DELETE /api/networks/:networkId/actors/:actorId': {
    rule: 'kartrekker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/actors/${w.actorId}` }),
  },
  'GET /api/directory': {
    rule: 'user',
    build: () => ({
      url: '/api/directory?q=wijk&domain=welzijn&theme=taal&targetGroup=ouderen&healthDimension=meedoen&area=Centrum&limit=10',
    }),
  },
  ...VERKENNEN_ROUTES,
  ...VORMGEVEN_ROUTES,
  ...SESSION_ROUTES,
  ...PROFILE_ROUTES,
  ...VERANKEREN_ROUTES,
  ...SCAN_ROUTES,
  ...RELATION_CHECK_ROUTES,
  ...GUIDE_ROUTES,
  ...FEEDBACK_ROUTES,
  ...RESEARCH_ROUTES,
  ...COCKPIT_ROUTES,
  ...CASES_ROUTES,
  ...MEETING_ROUTES,
  ...RESULTS_ROUTES,
  'GET /api/events': { rule: 'user', build: () => ({ url: '/api/events', streaming: true }) },
  'GET /api/networks/:networkId/audit': {
    rule: 'kartrekker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/audit` }),
  },
  'GET /api/networks/:networkId/export': {
    rule: 'kartrekker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/export` }),
  },
  'GET /api/me/export': { rule: 'user', build: () => ({ url: '/api/me/export' }) },
  'GET /api/me/export.html': { rule: 'user', build: () => ({ url: '/api/me/export.html' }) },
};

export async function makePeople(t: TestApp): Promise<People> {
  const make = (name: string) => t.services.auth.ensureUser(unique(name));
  return {
    kartrekker: await make('kartrekker'),
    partner: await make('partner'),
    meekijker: await make('meekijker'),
    outsider: await make('buitenstaander'),
    researcher: await make('onderzoeker').then(async (u) => {
      await t.services.research.makeResearcher(u.id);
      return u;
    }),
  };
}

/** A fresh network with one member of each role, an actor and an open link invitation. */
export async function makeWorld(t: TestApp, people: People): Promise<World> {
  const network = await t.services.networks.create(people.kartrekker, {
    name: 'Testnetwerk',
    areaLevel: 'wijk',
    areaName: 'Centrum',
  });
  const partnerMemberId = await addMember(t, network.id, people.partner.id, 'partner');
  await addMember(t, network.id, people.meekijker.id, 'meekijker');
  const lead = await memberContext(t, network.id, people.kartrekker.id);
  const actor = await t.services.actors.create(lead, { kind: 'organisation', name: 'Wijkteam', domain: 'welzijn' });
  const invitation = await t.services.members.invite(lead, people.kartrekker, { role: 'partner' });
  const other = await t.services.networks.create(people.outsider, {
    name: 'Ander netwerk',
    areaLevel: 'wijk',
    areaName: 'Elders',
  });
  const otherCtx = await memberContext(t, other.id, people.outsider.id);
  const findable = await t.services.actors.create(otherCtx, {
    kind: 'organisation',
    name: 'Bibliotheek',
    domain: 'onderwijs',
    findable: true,
  });
  return {
    networkId: network.id,
    partnerMemberId,
    actorId: actor.id,
    invitationId: invitation.id,
    invitationToken: invitation.link!.split('/').pop()!,
    findableActorId: findable.id,
  };
}

/** A browser session for a person, made directly (the sign-in flow has its own tests). */
export async function sessionFor(t: TestApp, userId: string): Promise<string> {
  const secret = newSecret();
  await t.deps.db
    .insertInto('auth_sessions')
    .values({ id: hashSecret(secret), user_id: userId, created_at: nowIso(), expires_at: isoIn(3_600_000) })
    .execute();
  return secret;
}

export const routeKey = (method: string, url: string) => `${method} ${url}`;
