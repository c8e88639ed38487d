import type { SessionUser } from '../core/access.js';
import type { RouteSpec, World } from './route-spec.js';
import { memberContext, type TestApp } from './harness.js';

/** Route-table entries for the bijeenkomsten and the tijdlijn, spread into ROUTES. */

async function leadCtx(t: TestApp, w: World) {
  const m = await t.deps.db
    .selectFrom('members')
    .select('user_id')
    .where('network_id', '=', w.networkId)
    .where('role', '=', 'kartrekker')
    .executeTakeFirstOrThrow();
  return memberContext(t, w.networkId, m.user_id);
}

/** The caller's own context when they may plan (partner or kartrekker of the world), else the kartrekker's. */
async function plannerCtx(t: TestApp, w: World, caller: SessionUser | null) {
  if (caller) {
    const m = await t.deps.db
      .selectFrom('members')
      .select('role')
      .where('network_id', '=', w.networkId)
      .where('user_id', '=', caller.id)
      .executeTakeFirst();
    if (m && m.role !== 'meekijker') return memberContext(t, w.networkId, caller.id);
  }
  return leadCtx(t, w);
}

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

/** A meeting with the world's partner (actor) present, planned by the caller when they may plan. */
async function meeting(t: TestApp, w: World, caller: SessionUser | null = null) {
  const ctx = await plannerCtx(t, w, caller);
  const m = await t.services.meetings.create(ctx, {
    title: 'Overleg wijknetwerk',
    date: inAWeek(),
    startTime: '19:30',
    endTime: '21:00',
    place: 'Buurthuis',
    agenda: [{ text: 'Welkom' }],
  });
  return t.services.meetings.update(ctx, m.id, { presentActorIds: [w.actorId], version: m.version });
}

const base = (w: World) => `/api/networks/${w.networkId}/meetings`;

export const MEETING_ROUTES: Record<string, RouteSpec> = {
  'GET /api/networks/:networkId/meetings': { rule: 'meekijker', build: (_t, w) => ({ url: base(w) }) },
  'POST /api/networks/:networkId/meetings': {
    rule: 'partner',
    build: (_t, w) => ({
      url: base(w),
      payload: {
        title: 'Overleg wijknetwerk',
        date: inAWeek(),
        startTime: '19:30',
        endTime: '21:00',
        place: 'Buurthuis De Schakel',
        videoUrl: 'https://meet.voorbeeld.nl/wijk',
        agenda: [{ text: 'Welkom en kennismaken', goalId: null, agreementId: null }],
      },
    }),
  },
  'GET /api/networks/:networkId/meetings/:meetingId': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `${base(w)}/${(await meeting(t, w)).id}` }),
  },
  'PATCH /api/networks/:networkId/meetings/:meetingId': {
    rule: 'partner',
    build: async (t, w) => {
      const m = await meeting(t, w);
      return {
        url: `${base(w)}/${m.id}`,
        payload: {
          title: 'Overleg wijknetwerk (verzet)',
          startTime: '20:00',
          notes: 'We spraken over de zomer.',
          presentActorIds: [w.actorId],
          presentMemberIds: [w.partnerMemberId],
          version: m.version,
        },
      };
    },
  },
  'DELETE /api/networks/:networkId/meetings/:meetingId': {
    rule: 'partner',
    build: async (t, w, caller) => ({ url: `${base(w)}/${(await meeting(t, w, caller)).id}` }),
  },
  'POST /api/networks/:networkId/meetings/:meetingId/cancel': {
    rule: 'partner',
    build: async (t, w, caller) => ({ url: `${base(w)}/${(await meeting(t, w, caller)).id}/cancel` }),
  },
  'POST /api/networks/:networkId/meetings/:meetingId/invite': {
    rule: 'partner',
    build: async (t, w) => ({ url: `${base(w)}/${(await meeting(t, w)).id}/invite` }),
  },
  'POST /api/networks/:networkId/meetings/:meetingId/decisions': {
    rule: 'partner',
    build: async (t, w) => ({
      url: `${base(w)}/${(await meeting(t, w)).id}/decisions`,
      payload: { text: 'We houden elke maand een inloopochtend.', decidedBy: [w.actorId], reviewOn: inAWeek() },
    }),
  },
  'POST /api/networks/:networkId/meetings/:meetingId/actions': {
    rule: 'partner',
    build: async (t, w) => ({
      url: `${base(w)}/${(await meeting(t, w)).id}/actions`,
      payload: { title: 'Flyer maken', description: 'Voor de inloopochtend', dueOn: inAWeek() },
    }),
  },
  'GET /api/networks/:networkId/meetings/:meetingId/ics': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `${base(w)}/${(await meeting(t, w)).id}/ics` }),
  },
  'GET /api/networks/:networkId/meetings/:meetingId/minutes.pdf': {
    rule: 'meekijker',
    build: async (t, w) => ({ url: `${base(w)}/${(await meeting(t, w)).id}/minutes.pdf` }),
  },
  'GET /api/networks/:networkId/timeline': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/timeline` }),
  },
};
