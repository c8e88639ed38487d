import type { RouteSpec, World } from './route-spec.js';
import type { MemberContext, SessionUser } from '../core/access.js';
import { memberContext, type TestApp } from './harness.js';

/**
 * Route-table entries for the neighbourhood profile, the focus choice and Kumu/GEXF import and
 * export, spread into ROUTES. Urls with an id carry no query string: the malformed-id test
 * replaces the last path segment.
 */

const lead = (t: TestApp, w: World) =>
  t.deps.db
    .selectFrom('members')
    .select('user_id')
    .where('network_id', '=', w.networkId)
    .where('role', '=', 'kartrekker')
    .executeTakeFirstOrThrow()
    .then((m) => memberContext(t, w.networkId, m.user_id));

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const cbsCsv = [
  '"ID";"WijkenEnBuurten";"Gemeentenaam_1";"SoortRegio_2";"Codering_3";"AantalInwoners_5";"k_65JaarOfOuder_12"',
  '1;"Súdwest-Fryslân                         ";"Súdwest-Fryslân";"Gemeente  ";"GM1900    ";90500;20600',
  '2;"Wijk 01 Snits                           ";"Súdwest-Fryslân";"Wijk      ";"WK190001  ";8120;2540',
].join('\r\n');
export const CBS_FILE = { fileName: 'kwb-2024.csv', contentBase64: b64(cbsCsv) };

const kumuFiles = [
  {
    fileName: 'elements.csv',
    contentBase64: b64("Label;Type;Domein;Thema's\r\nBibliotheek Noord;Organisatie;welzijn;lezen | ontmoeten\r\n"),
  },
  {
    fileName: 'connections.csv',
    contentBase64: b64(
      'From;To;Type;Frequentie;Kwaliteit\r\nBibliotheek Noord;Buurthuis De Schakel;overleg;maandelijks;3\r\n',
    ),
  },
];

async function region(t: TestApp, w: World) {
  return (await t.services.profile.importCbs(await lead(t, w), { ...CBS_FILE, regionCodes: ['WK190001'] })).imported[0]
    .id;
}
/** Own items follow the owner rule: each caller changes one they added themselves. */
async function selfOrLead(t: TestApp, w: World, caller: SessionUser | null): Promise<MemberContext> {
  const m = caller
    ? await t.deps.db
        .selectFrom('members')
        .select('user_id')
        .where('network_id', '=', w.networkId)
        .where('user_id', '=', caller.id)
        .executeTakeFirst()
    : undefined;
  return m ? memberContext(t, w.networkId, m.user_id) : lead(t, w);
}
async function indicator(t: TestApp, w: World, caller: SessionUser | null) {
  return (
    await t.services.profile.addIndicator(await selfOrLead(t, w, caller), {
      name: 'Eenzaamheid 65+',
      value: 48,
      unit: '%',
      source: 'GGD Gezondheidsmonitor',
      measuredOn: '2024-10-01',
    })
  ).id;
}
async function entry(t: TestApp, w: World, caller: SessionUser | null) {
  return (
    await t.services.profile.addEntry(await selfOrLead(t, w, caller), {
      kind: 'need',
      text: 'Meer ontmoetingsplekken',
      source: 'bewonersavond',
    })
  ).id;
}
async function candidate(t: TestApp, w: World, theme = 'eenzaamheid') {
  return (await t.services.focus.propose(await lead(t, w), { theme })).id;
}

const indicatorBody = {
  name: 'Eenzaamheid 65+',
  value: 48.5,
  unit: '%',
  source: 'GGD Gezondheidsmonitor',
  measuredOn: '2024-10-01',
  regionCode: 'WK190001',
};

export const PROFILE_ROUTES: Record<string, RouteSpec> = {
  'GET /api/networks/:networkId/profile': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/profile` }),
  },
  'POST /api/networks/:networkId/profile/cbs/preview': {
    rule: 'partner',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/profile/cbs/preview`, payload: { ...CBS_FILE } }),
  },
  // The network gets a region code; the test app fetches from the local stand-in for CBS.
  'POST /api/networks/:networkId/profile/cbs/fetch': {
    rule: 'partner',
    build: async (t, w) => {
      const ctx = await lead(t, w);
      const { network } = await t.services.networks.overview(ctx);
      await t.services.networks.update(ctx, { regionCode: 'WK026801', version: network.version });
      return { url: `/api/networks/${w.networkId}/profile/cbs/fetch`, payload: { year: 2024 } };
    },
  },
  'POST /api/networks/:networkId/profile/cbs': {
    rule: 'partner',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/profile/cbs`,
      payload: { ...CBS_FILE, regionCodes: ['WK190001', 'GM1900'], year: 2024 },
    }),
  },
  'DELETE /api/networks/:networkId/profile/regions/:regionId': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/profile/regions/${await region(t, w)}` }),
  },
  'POST /api/networks/:networkId/profile/indicators': {
    rule: 'partner',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/profile/indicators`, payload: indicatorBody }),
  },
  'PATCH /api/networks/:networkId/profile/indicators/:indicatorId': {
    rule: 'partner',
    build: async (t, w, caller) => ({
      url: `/api/networks/${w.networkId}/profile/indicators/${await indicator(t, w, caller)}`,
      payload: { ...indicatorBody, version: 1 },
    }),
  },
  'DELETE /api/networks/:networkId/profile/indicators/:indicatorId': {
    rule: 'partner',
    build: async (t, w, caller) => ({
      url: `/api/networks/${w.networkId}/profile/indicators/${await indicator(t, w, caller)}`,
    }),
  },
  'POST /api/networks/:networkId/profile/entries': {
    rule: 'partner',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/profile/entries`,
      payload: {
        kind: 'need',
        text: 'Ouderen missen een plek om koffie te drinken',
        source: 'bewonersavond',
        notedOn: '2026-11-01',
      },
    }),
  },
  'PATCH /api/networks/:networkId/profile/entries/:entryId': {
    rule: 'partner',
    build: async (t, w, caller) => ({
      url: `/api/networks/${w.networkId}/profile/entries/${await entry(t, w, caller)}`,
      payload: { text: 'Meer bankjes', source: 'wijkagent', notedOn: '2026-11-02', version: 1 },
    }),
  },
  'DELETE /api/networks/:networkId/profile/entries/:entryId': {
    rule: 'partner',
    build: async (t, w, caller) => ({
      url: `/api/networks/${w.networkId}/profile/entries/${await entry(t, w, caller)}`,
    }),
  },
  'GET /api/networks/:networkId/focus': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/focus` }),
  },
  'POST /api/networks/:networkId/focus/candidates': {
    rule: 'partner',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/focus/candidates`,
      payload: { theme: 'mantelzorg', description: 'Steun voor mantelzorgers' },
    }),
  },
  'DELETE /api/networks/:networkId/focus/candidates/:candidateId': {
    rule: 'kartrekker',
    build: async (t, w) => ({ url: `/api/networks/${w.networkId}/focus/candidates/${await candidate(t, w)}` }),
  },
  'PUT /api/networks/:networkId/focus/candidates/:candidateId/votes': {
    rule: 'meekijker',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/focus/candidates/${await candidate(t, w)}/votes`,
      payload: { scores: { bewoners: 4, professionals: 3, gemeente: 2, financiers: null } },
    }),
  },
  'POST /api/networks/:networkId/focus/decisions': {
    rule: 'kartrekker',
    build: async (t, w) => ({
      url: `/api/networks/${w.networkId}/focus/decisions`,
      payload: {
        candidateIds: [await candidate(t, w)],
        reasons: 'Bewoners en professionals zien er veel draagvlak voor.',
      },
    }),
  },
  'POST /api/networks/:networkId/exchange/preview': {
    rule: 'kartrekker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/exchange/preview`, payload: { files: kumuFiles } }),
  },
  'POST /api/networks/:networkId/exchange/import': {
    rule: 'kartrekker',
    build: (_t, w) => ({
      url: `/api/networks/${w.networkId}/exchange/import`,
      payload: { files: kumuFiles, skipBadRows: true },
    }),
  },
  'GET /api/networks/:networkId/exchange/kumu.xlsx': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/exchange/kumu.xlsx` }),
  },
  'GET /api/networks/:networkId/exchange/elements.csv': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/exchange/elements.csv` }),
  },
  'GET /api/networks/:networkId/exchange/connections.csv': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/exchange/connections.csv` }),
  },
  'GET /api/networks/:networkId/exchange/network.gexf': {
    rule: 'meekijker',
    build: (_t, w) => ({ url: `/api/networks/${w.networkId}/exchange/network.gexf` }),
  },
};
