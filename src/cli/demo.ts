import type { Deps } from '../modules/common/deps.js';
import type { MemberContext } from '../core/access.js';
import { createServices } from '../server/modules.js';
import { newId, nowIso } from '../core/crypto.js';
import { loadVerkennenDemo } from './demo-verkennen.js';
import { loadVormgevenDemo } from './demo-vormgeven.js';

const DEMO_NAME = 'Wijknetwerk Ruwaard (voorbeeld)';
export const DEMO_LEAD = 'kartrekker@voorbeeld.nl';

type DemoActor = {
  name: string;
  kind: 'organisation' | 'initiative' | 'person';
  domain: string;
  themes: string[];
  targetGroups: string[];
  description: string;
};

const actors: DemoActor[] = [
  {
    name: 'Wijkteam Ruwaard',
    kind: 'organisation',
    domain: 'welzijn',
    themes: ['eenzaamheid', 'mantelzorg'],
    targetGroups: ['ouderen', 'mantelzorgers'],
    description: 'Sociaal werkers en Wmo-consulenten voor de hele wijk.',
  },
  {
    name: 'Thuiszorg Oss, team Ruwaard',
    kind: 'organisation',
    domain: 'zorg',
    themes: ['dementie', 'thuis wonen'],
    targetGroups: ['ouderen', 'mensen met dementie'],
    description: 'Wijkverpleegkundigen en verzorgenden.',
  },
  {
    name: 'Huisartsenpraktijk De Linde',
    kind: 'organisation',
    domain: 'zorg',
    themes: ['leefstijl', 'psychische klachten'],
    targetGroups: ['volwassenen'],
    description: 'Huisartsen en praktijkondersteuners (POH-GGZ).',
  },
  {
    name: 'Woonstichting Maasland',
    kind: 'organisation',
    domain: 'wonen',
    themes: ['leefbaarheid', 'thuis wonen'],
    targetGroups: ['huurders'],
    description: 'Woningcorporatie met veel huurwoningen in de wijk.',
  },
  {
    name: 'Gemeente Oss, gebiedsregisseur',
    kind: 'organisation',
    domain: 'gemeente',
    themes: ['leefbaarheid', 'meedoen'],
    targetGroups: ['alle inwoners'],
    description: 'Aanspreekpunt van de gemeente voor de wijk.',
  },
  {
    name: 'Wijkagent Ruwaard',
    kind: 'organisation',
    domain: 'veiligheid',
    themes: ['veiligheid', 'overlast'],
    targetGroups: ['alle inwoners'],
    description: 'Politie in de wijk.',
  },
  {
    name: 'Basisschool De Regenboog',
    kind: 'organisation',
    domain: 'onderwijs',
    themes: ['gezond opgroeien', 'bewegen'],
    targetGroups: ['kinderen', 'jonge gezinnen'],
    description: 'Basisschool met een gezonde schoolkantine.',
  },
  {
    name: 'Buurtvereniging Ruwaard Actief',
    kind: 'initiative',
    domain: 'bewoners',
    themes: ['ontmoeten', 'eenzaamheid'],
    targetGroups: ['ouderen', 'buurtbewoners'],
    description: 'Bewoners die koffieochtenden en een wandelclub organiseren.',
  },
  {
    name: 'Alzheimer Café Oss',
    kind: 'initiative',
    domain: 'welzijn',
    themes: ['dementie', 'ontmoeten'],
    targetGroups: ['mensen met dementie', 'mantelzorgers'],
    description: 'Maandelijkse ontmoeting voor mensen met dementie en hun naasten.',
  },
  {
    name: 'Supermarkt Ruwaard',
    kind: 'organisation',
    domain: 'ondernemers',
    themes: ['gezonde voeding'],
    targetGroups: ['alle inwoners'],
    description: 'Lokale ondernemer die meedenkt over gezonde voeding.',
  },
];

const relations: [number, number, string, string, number][] = [
  [0, 1, 'overleg', 'wekelijks', 3],
  [0, 2, 'doorverwijzen', 'maandelijks', 2],
  [0, 4, 'overleg', 'maandelijks', 3],
  [1, 2, 'overleg', 'wekelijks', 4],
  [1, 8, 'doorverwijzen', 'maandelijks', 3],
  [3, 4, 'overleg', 'per kwartaal', 2],
  [3, 5, 'signaleren', 'maandelijks', 3],
  [4, 5, 'overleg', 'maandelijks', 3],
  [7, 0, 'samen activiteiten', 'maandelijks', 4],
  [7, 8, 'samen activiteiten', 'per kwartaal', 3],
];

/** Loads the example network once; running it again changes nothing. */
export async function loadDemo(deps: Deps): Promise<string> {
  const services = createServices(deps);
  const existing = await deps.db.selectFrom('networks').select('id').where('name', '=', DEMO_NAME).executeTakeFirst();
  const hint = `Log in als ${DEMO_LEAD} (de inlogmail staat in ${deps.config.smtpUrl ? 'die mailbox' : 'de outbox-map en op het scherm'}).`;
  if (existing) return `Het voorbeeldnetwerk staat er al. ${hint}`;

  const auth = services.auth;
  const lead = await auth.ensureUser(DEMO_LEAD);
  await deps.db
    .updateTable('users')
    .set({ name: 'Sanne de Vries' })
    .where('id', '=', lead.id)
    .where('name', '=', '')
    .execute();
  const network = await services.networks.create(lead, {
    name: DEMO_NAME,
    areaLevel: 'wijk',
    areaName: 'Ruwaard, Oss',
    regionCode: 'WK182801',
    population: 8200,
    ambition: 'Bewoners van de Ruwaard voelen zich gezien, doen mee en wonen langer prettig thuis.',
  });
  const member = await deps.db
    .selectFrom('members')
    .select(['id', 'actor_id'])
    .where('network_id', '=', network.id)
    .where('user_id', '=', lead.id)
    .executeTakeFirstOrThrow();
  const ctx: MemberContext = {
    networkId: network.id,
    userId: lead.id,
    memberId: member.id,
    role: 'kartrekker',
    actorId: null,
  };
  const service = services.actors;
  const ids: string[] = [];
  for (const a of actors) {
    ids.push((await service.create(ctx, { ...a, findable: a.kind !== 'person' })).id);
  }
  const now = nowIso();
  for (const [a, b, kind, frequency, quality] of relations) {
    const [x, y] = [ids[a], ids[b]].sort();
    await deps.db
      .insertInto('relations')
      .values({
        id: newId(),
        network_id: network.id,
        actor_a_id: x,
        actor_b_id: y,
        kind,
        frequency,
        quality,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
  }
  await deps.db.updateTable('members').set({ actor_id: ids[0] }).where('id', '=', member.id).execute();
  await loadVerkennenDemo(deps, { ...ctx, actorId: ids[0] }, ids);
  await loadVormgevenDemo(deps, { ...ctx, actorId: ids[0] }, ids);
  return `Het voorbeeldnetwerk "${DEMO_NAME}" is geladen. ${hint}`;
}
