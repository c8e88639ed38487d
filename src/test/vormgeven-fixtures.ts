import type { SessionUser, MemberContext } from '../core/access.js';
import type { RouteSpec, World } from './route-spec.js';
import { memberContext, type TestApp } from './harness.js';

/**
 * Route-table entries for the phase "vormgeven" (why ladders, vocabulary, goals and their
 * comparison, partnership card, kartrekker), spread into ROUTES. Urls with an id carry no query
 * string: the malformed-id test replaces the last path segment.
 */

const lead = (t: TestApp, w: World) =>
  t.deps.db
    .selectFrom('members')
    .select('user_id')
    .where('network_id', '=', w.networkId)
    .where('role', '=', 'kartrekker')
    .executeTakeFirstOrThrow()
    .then((m) => memberContext(t, w.networkId, m.user_id));

/** The caller's own member context when they are a member, else the kartrekker's. */
async function selfOrLead(t: TestApp, w: World, caller: SessionUser | null): Promise<MemberContext> {
  if (caller) {
    const m = await t.deps.db
      .selectFrom('members')
      .select('user_id')
      .where('network_id', '=', w.networkId)
      .where('user_id', '=', caller.id)
      .executeTakeFirst();
    if (m) return memberContext(t, w.networkId, m.user_id);
  }
  return lead(t, w);
}

const fullLadder = {
  activity: 'Een dementiecafé',
  steps: ['Zodat mensen met dementie en mantelzorgers elkaar treffen', 'Zodat ze steun aan elkaar hebben'],
  goal: 'Mensen met dementie en hun mantelzorgers met elkaar in contact brengen',
  targetGroups: ['mensen met dementie', 'mantelzorgers'],
  themes: ['ontmoeten'],
  healthDimensions: ['meedoen'],
};

async function ladderOf(t: TestApp, ctx: MemberContext) {
  return (await t.services.goals.createLadder(ctx, fullLadder)).id;
}

async function goal(t: TestApp, w: World) {
  return (await t.services.goals.createGoal(await lead(t, w), { title: 'Minder eenzaamheid' })).id;
}

async function published(t: TestApp, w: World) {
  const ctx = await lead(t, w);
  await t.services.cards.addJoint(ctx, { column: 'waarden', text: 'Iedereen doet mee.' });
  return (await t.services.cards.publish(ctx)).id;
}

let contactCounter = 0;

/** The world actor gets a (confirmed: given directly) contact address, so consent can be asked. */
async function withContact(t: TestApp, w: World) {
  const email = `wijkteam-${++contactCounter}@voorbeeld.nl`;
  await t.deps.db.updateTable('actors').set({ contact_email: email }).where('id', '=', w.actorId).execute();
  return email;
}

/** A fresh personal consent link for the world actor, read from the mail "Vraag akkoord" sends. */
async function consentLink(t: TestApp, w: World) {
  const email = await withContact(t, w);
  const ctx = await lead(t, w);
  const versionId = await published(t, w);
  const user = await t.deps.db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('id', '=', ctx.userId)
    .executeTakeFirstOrThrow();
  await t.services.cards.askConsent(
    ctx,
    { id: user.id, email: user.email, name: user.name } as SessionUser,
    versionId,
    w.actorId,
  );
  return /\/akkoord\/([A-Za-z0-9_-]+)/.exec(t.lastMailTo(email)!.text)![1];
}

let termCounter = 0;

export const VORMGEVEN_ROUTES: Record<string, RouteSpec> = {
  'GET /api/networks/:networkId/ladders': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/ladders` }),
  },
  'POST /api/networks/:networkId/ladders': {
    rule: 'partner',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/ladders`,
      payload: { memberId: w.partnerMemberId, ...fullLadder },
    }),
  },
  'GET /api/networks/:networkId/ladders/:ladderId': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/ladders/${await ladderOf(t, await lead(t, w))}` }),
  },
  'PATCH /api/networks/:networkId/ladders/:ladderId': {
    rule: 'partner',
    build: async (t, w, caller) => ({
      url: `/api/networks/${w.networkId}/ladders/${await ladderOf(t, await selfOrLead(t, w, caller))}`,
      payload: { ...fullLadder, activity: 'Een wandelclub', version: 1 },
    }),
  },
  'DELETE /api/networks/:networkId/ladders/:ladderId': {
    rule: 'partner',
    build: async (t, w, caller) => ({
      url: `/api/networks/${w.networkId}/ladders/${await ladderOf(t, await selfOrLead(t, w, caller))}`,
    }),
  },
  'GET /api/networks/:networkId/vocabulary': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/vocabulary` }),
  },
  'POST /api/networks/:networkId/vocabulary': {
    rule: 'partner',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/vocabulary`,
      payload: { kind: 'targetGroup', label: `statushouders ${++termCounter}` },
    }),
  },
  'DELETE /api/networks/:networkId/vocabulary/:termId': {
    rule: 'kartrekker',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/vocabulary/${(await t.services.goals.addTerm(await lead(t, w), { kind: 'theme', label: `buurtmoestuin ${++termCounter}` })).id}`,
    }),
  },
  'GET /api/networks/:networkId/goals/comparison': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/goals/comparison` }),
  },
  'GET /api/networks/:networkId/goals': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/goals` }),
  },
  'POST /api/networks/:networkId/goals': {
    rule: 'kartrekker',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/goals`,
      payload: {
        title: 'Mensen met dementie en mantelzorgers ontmoeten elkaar',
        description: 'Elke maand een plek om elkaar te treffen.',
        indicator: 'Aantal deelnemers per maand',
        targetValue: '30 per maand in 2027',
        ladderIds: [await ladderOf(t, await lead(t, w))],
        position: 0,
      },
    }),
  },
  'PATCH /api/networks/:networkId/goals/:goalId': {
    rule: 'kartrekker',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/goals/${await goal(t, w)}`,
      payload: {
        title: 'Minder eenzame ouderen',
        description: 'Samen.',
        indicator: 'Score eenzaamheid',
        targetValue: '10% minder',
        ladderIds: [await ladderOf(t, await lead(t, w))],
        position: 2,
        version: 1,
      },
    }),
  },
  'DELETE /api/networks/:networkId/goals/:goalId': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/goals/${await goal(t, w)}` }),
  },

  'GET /api/networks/:networkId/card': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/card` }),
  },
  'PUT /api/networks/:networkId/card/mode': {
    rule: 'kartrekker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/card/mode`, payload: { mode: 'short', version: 1 } }),
  },
  'POST /api/networks/:networkId/card/personal': {
    rule: 'partner',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/card/personal`,
      payload: { column: 'waarden', text: 'Mensen met dementie voelen zich welkom.', position: 0 },
    }),
  },
  'POST /api/networks/:networkId/card/joint': {
    rule: 'kartrekker',
    async build(t, w) {
      const item = await t.services.cards.addPersonal(await lead(t, w), {
        column: 'waarden',
        text: 'Iedereen doet mee.',
      });
      return {
        url: `/api/networks/${w.networkId}/card/joint`,
        payload: {
          column: 'waarden',
          text: 'Iedereen doet mee, ook wie weinig praat.',
          sourceItemIds: [item.id],
          position: 0,
        },
      };
    },
  },
  'PATCH /api/networks/:networkId/card/items/:itemId': {
    rule: 'partner',
    async build(t, w, caller) {
      const ctx = await selfOrLead(t, w, caller);
      if (ctx.role === 'kartrekker') {
        const source = await t.services.cards.addPersonal(ctx, { column: 'waarden', text: 'Iedereen doet mee.' });
        const joint = await t.services.cards.addJoint(ctx, { column: 'waarden', text: 'Iedereen doet mee.' });
        return {
          url: `/api/networks/${w.networkId}/card/items/${joint.id}`,
          payload: {
            column: 'relaties',
            text: 'We spreken elke maand af.',
            sourceItemIds: [source.id],
            position: 1,
            version: 1,
          },
        };
      }
      const own = await t.services.cards.addPersonal(ctx, { column: 'waarden', text: 'Iedereen doet mee.' });
      return {
        url: `/api/networks/${w.networkId}/card/items/${own.id}`,
        payload: { column: 'relaties', text: 'We spreken elke maand af.', position: 1, version: 1 },
      };
    },
  },
  'DELETE /api/networks/:networkId/card/items/:itemId': {
    rule: 'partner',
    build: async (t, w, caller) => ({
      url: `/api/networks/${w.networkId}/card/items/${(await t.services.cards.addPersonal(await selfOrLead(t, w, caller), { column: 'waarden', text: 'Weg ermee.' })).id}`,
    }),
  },
  'POST /api/networks/:networkId/card/versions': {
    rule: 'kartrekker',
    async build(t, w) {
      await t.services.cards.addJoint(await lead(t, w), { column: 'waarden', text: 'Iedereen doet mee.' });
      return { url: `/api/networks/${w.networkId}/card/versions` };
    },
  },
  'GET /api/networks/:networkId/card/versions/:versionId': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/card/versions/${await published(t, w)}` }),
  },
  'POST /api/networks/:networkId/card/versions/:versionId/consent': {
    rule: 'partner',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/card/versions/${await published(t, w)}/consent` }),
  },
  // Consent from partners without an account (0020_consent). A partner may ask only for the partner
  // they act for: the partner caller is made the world actor's representative here.
  'POST /api/networks/:networkId/card/versions/:versionId/consent-requests': {
    rule: 'partner',
    build: async (t, w, caller) => {
      await withContact(t, w);
      if (caller)
        await t.deps.db
          .updateTable('members')
          .set({ actor_id: w.actorId })
          .where('network_id', '=', w.networkId)
          .where('user_id', '=', caller.id)
          .where('role', '=', 'partner')
          .execute();
      return {
        url: `/api/networks/${w.networkId}/card/versions/${await published(t, w)}/consent-requests`,
        payload: { actorId: w.actorId },
      };
    },
  },
  'POST /api/networks/:networkId/card/versions/:versionId/consents/recorded': {
    rule: 'kartrekker',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/card/versions/${await published(t, w)}/consents/recorded`,
      payload: {
        party: `actor:${w.actorId}`,
        name: 'Joke de Vries',
        role: 'directeur',
        date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()),
        how: 'paper',
      },
    }),
  },
  'DELETE /api/networks/:networkId/card/versions/:versionId/consents/:consentId': {
    rule: 'kartrekker',
    build: async (t, w) => {
      const ctx = await lead(t, w);
      const versionId = await published(t, w);
      const user = await t.deps.db
        .selectFrom('users')
        .select(['id', 'email', 'name'])
        .where('id', '=', ctx.userId)
        .executeTakeFirstOrThrow();
      await t.services.cards.recordConsent(ctx, { ...user, isAdmin: false, locale: 'nl', reminders: true }, versionId, {
        party: `actor:${w.actorId}`,
        name: 'Joke de Vries',
        date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()),
        how: 'meeting',
      });
      const consent = await t.deps.db
        .selectFrom('card_consents')
        .select('id')
        .where('version_id', '=', versionId)
        .executeTakeFirstOrThrow();
      return { url: `/api/networks/${w.networkId}/card/versions/${versionId}/consents/${consent.id}` };
    },
  },
  'GET /api/consent-links/:token': {
    rule: 'public',
    build: async (t, w) => ({ url: `/api/consent-links/${await consentLink(t, w)}` }),
  },
  'POST /api/consent-links/:token': {
    rule: 'public',
    build: async (t, w) => ({
      url: `/api/consent-links/${await consentLink(t, w)}`,
      payload: { answer: 'decline', name: 'Joke de Vries', role: 'directeur', reason: 'Doel 2 past niet bij ons.' },
    }),
  },

  'GET /api/networks/:networkId/leads': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/leads` }),
  },
  'PUT /api/networks/:networkId/leads/:memberId': {
    rule: 'kartrekker',
    async build(t, w) {
      const ctx = await lead(t, w);
      await t.services.leads.upsert(ctx, ctx.memberId, { hoursPerWeek: 4 });
      return {
        url: `/api/networks/${w.networkId}/leads/${ctx.memberId}`,
        payload: {
          hoursPerWeek: 8,
          mandate: 'Beslist over uitgaven tot € 500.',
          supportedBy: 'Teamleider welzijn',
          paidBy: 'Gemeente',
          deputyMemberId: w.partnerMemberId,
          version: 1,
        },
      };
    },
  },
};

const fullAgreement = {
  kind: 'geld',
  title: 'Bijdragen en gezamenlijk budget',
  body: 'Elke partner draagt bij naar vermogen.',
  decisionRule: 'consent',
  details: {
    responsibilities: [
      {
        subject: 'Dementiecafé',
        goalId: null,
        decides: 'Kartrekker',
        does: 'Zorgcentrum',
        consulted: 'Wandelclub',
        informed: 'Gemeente',
      },
    ],
    contributions: [{ party: 'Gemeente', actorId: null, amount: 5000, inKind: 'Een zaal' }],
    pooledBudget: { amount: 12000, rules: 'Uitgaven boven € 500 beslissen we samen.' },
  },
  reviewOn: '2027-06-01',
};

async function agreement(t: TestApp, w: World) {
  return (
    await t.services.agreements.create(await lead(t, w), {
      kind: 'besluitvorming',
      title: 'Zo besluiten we',
      decisionRule: 'consent',
    })
  ).id;
}

async function action(t: TestApp, ctx: MemberContext) {
  return (await t.services.actions.create(ctx, { title: 'Zaal regelen', dueOn: '2027-01-15' })).id;
}

Object.assign(VORMGEVEN_ROUTES, {
  'GET /api/networks/:networkId/agreements': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/agreements` }),
  },
  'POST /api/networks/:networkId/agreements': {
    rule: 'kartrekker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/agreements`, payload: { ...fullAgreement } }),
  },
  'PATCH /api/networks/:networkId/agreements/:agreementId': {
    rule: 'kartrekker',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/agreements/${await agreement(t, w)}`,
      payload: { ...fullAgreement, title: 'Geld, herzien', version: 1 },
    }),
  },
  'DELETE /api/networks/:networkId/agreements/:agreementId': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/agreements/${await agreement(t, w)}` }),
  },

  'GET /api/networks/:networkId/actions': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/actions` }),
  },
  'POST /api/networks/:networkId/actions': {
    rule: 'partner',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/actions`,
      payload: {
        title: 'Zaal regelen voor het dementiecafé',
        description: 'Vraag het buurthuis.',
        ownerMemberId: w.partnerMemberId,
        actorId: w.actorId,
        goalId: await goal(t, w),
        dueOn: '2027-02-01',
        status: 'bezig',
        planYear: 2027,
      },
    }),
  },
  'PATCH /api/networks/:networkId/actions/:actionId': {
    rule: 'partner',
    build: async (t, w, caller) => ({
      url: `/api/networks/${w.networkId}/actions/${await action(t, await selfOrLead(t, w, caller))}`,
      payload: {
        title: 'Zaal gehuurd',
        description: 'Klaar.',
        ownerMemberId: w.partnerMemberId,
        actorId: w.actorId,
        goalId: await goal(t, w),
        dueOn: '2027-02-01',
        status: 'klaar',
        planYear: 2027,
        version: 1,
      },
    }),
  },
  'DELETE /api/networks/:networkId/actions/:actionId': {
    rule: 'partner',
    build: async (t, w, caller) => ({
      url: `/api/networks/${w.networkId}/actions/${await action(t, await selfOrLead(t, w, caller))}`,
    }),
  },
  'POST /api/networks/:networkId/actions/renew': {
    rule: 'kartrekker',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/actions/renew`,
      payload: { fromYear: 2026, toYear: 2027 },
    }),
  },
  'GET /api/me/actions': { rule: 'user', build: () => ({ url: '/api/me/actions?status=open' }) },
  'POST /api/me/calendar': { rule: 'user', build: () => ({ url: '/api/me/calendar' }) },
  'DELETE /api/me/calendar': { rule: 'user', build: () => ({ url: '/api/me/calendar' }) },
  'GET /api/calendar/:secret': {
    rule: 'public',
    async build(t, w) {
      const user = await t.deps.db
        .selectFrom('members')
        .innerJoin('users', 'users.id', 'members.user_id')
        .select(['users.id', 'users.email', 'users.name'])
        .where('members.network_id', '=', w.networkId)
        .where('members.role', '=', 'kartrekker')
        .executeTakeFirstOrThrow();
      const { url } = await t.services.calendar.createFeed({
        id: user.id,
        email: user.email,
        name: user.name,
        isAdmin: false,
        locale: 'nl',
        reminders: true,
      });
      return { url: new URL(url).pathname };
    },
  },
} satisfies Record<string, RouteSpec>);

Object.assign(VORMGEVEN_ROUTES, {
  'GET /api/networks/:networkId/card/versions/:versionId/documents/:file': {
    rule: 'meekijker',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/card/versions/${await published(t, w)}/documents/samenwerkingsovereenkomst.pdf`,
    }),
  },
  'GET /api/networks/:networkId/documents/:file': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/documents/plan-van-aanpak.docx` }),
  },
} satisfies Record<string, RouteSpec>);
