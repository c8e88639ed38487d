import type { RouteSpec } from './route-spec.js';

/** Route-table entries for in-tool feedback, the SUS questionnaire and usage counts. */
export const FEEDBACK_ROUTES: Record<string, RouteSpec> = {
  'GET /api/networks/:networkId/feedback/mine': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/feedback/mine` }),
  },
  'PUT /api/networks/:networkId/feedback/tools/:toolId': {
    rule: 'meekijker',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/feedback/tools/netwerkkaart`,
      payload: { usefulness: 4, missing: 'Een knop om de kaart te printen.', shareWithResearch: true },
    }),
  },
  'POST /api/networks/:networkId/feedback/sus': {
    rule: 'meekijker',
    async build(t, w, caller) {
      // The questionnaire is offered after 30 days: the caller joined 31 days ago and has not answered.
      if (caller) {
        await t.deps.db
          .updateTable('members')
          .set({ created_at: new Date(Date.now() - 31 * 86_400_000).toISOString() })
          .where('network_id', '=', w.networkId)
          .where('user_id', '=', caller.id)
          .execute();
        const member = await t.deps.db
          .selectFrom('members')
          .select('id')
          .where('network_id', '=', w.networkId)
          .where('user_id', '=', caller.id)
          .executeTakeFirst();
        if (member) await t.deps.db.deleteFrom('sus_responses').where('member_id', '=', member.id).execute();
      }
      return { url: `/api/networks/${w.networkId}/feedback/sus`, payload: { answers: [4, 2, 4, 2, 4, 2, 4, 2, 4, 2] } };
    },
  },
  'POST /api/networks/:networkId/usage/:toolId/opened': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/usage/scan/opened` }),
  },
  'GET /api/networks/:networkId/feedback': {
    rule: 'kartrekker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/feedback` }),
  },
};
