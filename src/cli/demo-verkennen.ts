import type { Deps } from '../modules/common/deps.js';
import type { MemberContext } from '../core/access.js';
import { createServices } from '../server/modules.js';

/**
 * Gives the demo network something to show in "verkennen": a focus, a snapshot of the map, a
 * started who-is-who list, and a neighbouring network whose findable actors become suggestions.
 */
export async function loadVerkennenDemo(deps: Deps, ctx: MemberContext, actorIds: string[]): Promise<void> {
  const services = createServices(deps);
  const networks = services.networks;
  const overview = await networks.overview(ctx);
  await networks.update(ctx, { focusThemes: ['eenzaamheid', 'mantelzorg'], version: overview.network.version });
  await services.analysis.createSnapshot(ctx, { label: 'Start van het netwerk' });

  const functions = services.functions;
  const list = await functions.checklist(ctx);
  const link = async (name: string, actorIndex: number) => {
    const f = list.functions.find((x) => x.name === name);
    if (f) await functions.update(ctx, f.id, { actorIds: [actorIds[actorIndex]], version: f.version });
  };
  await link('Wijkteam', 0);
  await link('Wijkverpleegkundige', 1);
  await link('Huisarts', 2);
  await link('Woningcorporatie', 3);
  await link('Wijkagent', 5);
  await link('School', 6);

  const neighbour = await services.auth.ensureUser('buurman@voorbeeld.nl');
  const other = await networks.create(neighbour, {
    name: 'Buurtnetwerk Schadewijk (voorbeeld)',
    areaLevel: 'wijk',
    areaName: 'Schadewijk, Oss',
  });
  const m = await deps.db
    .selectFrom('members')
    .select('id')
    .where('network_id', '=', other.id)
    .executeTakeFirstOrThrow();
  const otherCtx: MemberContext = {
    networkId: other.id,
    userId: neighbour.id,
    memberId: m.id,
    role: 'kartrekker',
    actorId: null,
  };
  const actors = services.actors;
  await actors.create(otherCtx, {
    kind: 'organisation',
    name: 'Steunpunt Mantelzorg Oss',
    domain: 'welzijn',
    themes: ['mantelzorg'],
    targetGroups: ['mantelzorgers', 'ouderen'],
    findable: true,
    contactEmail: 'info@mantelzorg-oss.example',
  });
  await actors.create(otherCtx, {
    kind: 'initiative',
    name: 'Koffiekamer De Schakel',
    domain: 'bewoners',
    themes: ['eenzaamheid', 'ontmoeten'],
    targetGroups: ['ouderen'],
    findable: true,
    contactPhone: '0412 000 000',
  });
  await actors.create(otherCtx, {
    kind: 'organisation',
    name: 'Bibliotheek Oss',
    domain: 'onderwijs',
    themes: ['taal', 'digitale vaardigheden'],
    targetGroups: ['alle inwoners'],
    findable: true,
    website: 'https://www.bibliotheek-oss.example',
  });
}
