import type { RouteSpec } from './route-spec.js';

/** Route-table entries for research mode: the network's consent and the researchers' routes. */
const lastMonth = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
};

export const RESEARCH_ROUTES: Record<string, RouteSpec> = {
  'GET /api/networks/:networkId/research': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/research` }),
  },
  'PUT /api/networks/:networkId/research': {
    rule: 'kartrekker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/research`, payload: { enabled: true, allowTexts: false } }),
  },
  'GET /api/research/networks': {
    rule: 'researcher',
    validAs: 'researcher',
    build: () => ({ url: '/api/research/networks' }),
  },
  'GET /api/research/export': {
    rule: 'researcher',
    validAs: 'researcher',
    build: () => ({ url: `/api/research/export?month=${lastMonth()}&format=csv` }),
  },
};
