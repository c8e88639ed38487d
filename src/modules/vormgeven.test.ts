import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../test/harness.js';
import { sessionFor } from '../test/route-fixtures.js';
import type { SessionUser } from '../core/access.js';

let n = 0;
const email = (name: string) => `${name}-${Date.now()}-${++n}@voorbeeld.nl`;

describe.each(dialects)('vormgeven: ladders, goals, card, kartrekker (%s)', (dialect) => {
  let t: TestApp;
  let lead: SessionUser;
  let cafe: SessionUser;
  let walk: SessionUser;
  let viewer: SessionUser;
  let networkId: string;
  let cookies: Record<string, string>;
  let memberIds: Record<string, string>;

  const as = (
    who: string,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    payload?: Record<string, unknown>,
  ) => t.request({ method, url: `/api/networks/${networkId}${path}`, cookie: cookies[who], payload });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    lead = await t.services.auth.ensureUser(email('kartrekker'));
    cafe = await t.services.auth.ensureUser(email('cafe'));
    walk = await t.services.auth.ensureUser(email('wandel'));
    viewer = await t.services.auth.ensureUser(email('kijker'));
    const network = await t.services.networks.create(lead, {
      name: 'Dementievriendelijk Oost',
      areaLevel: 'wijk',
      areaName: 'Oost',
    });
    networkId = network.id;
    memberIds = {
      cafe: await addMember(t, networkId, cafe.id, 'partner'),
      walk: await addMember(t, networkId, walk.id, 'partner'),
      viewer: await addMember(t, networkId, viewer.id, 'meekijker'),
    };
    const leadCtx = await memberContext(t, networkId, lead.id);
    memberIds.lead = leadCtx.memberId;
    const zorg = await t.services.actors.create(leadCtx, {
      kind: 'organisation',
      name: 'Zorgcentrum De Linde',
      domain: 'zorg',
    });
    const club = await t.services.actors.create(leadCtx, {
      kind: 'initiative',
      name: 'Wandelclub Stap voor Stap',
      domain: 'bewoners',
    });
    await t.deps.db.updateTable('members').set({ actor_id: zorg.id }).where('id', '=', memberIds.cafe).execute();
    await t.deps.db.updateTable('members').set({ actor_id: club.id }).where('id', '=', memberIds.walk).execute();
    cookies = {
      lead: await sessionFor(t, lead.id),
      cafe: await sessionFor(t, cafe.id),
      walk: await sessionFor(t, walk.id),
      viewer: await sessionFor(t, viewer.id),
    };
  });
  afterAll(() => t?.close());

  it('compares the ladders of two partners and finds the shared goal behind the café and the walking club', async () => {
    const a = await as('cafe', 'POST', '/ladders', {
      activity: 'Een dementiecafé',
      steps: ['Zodat mensen met dementie en mantelzorgers elkaar treffen', 'Zodat ze steun aan elkaar hebben'],
      goal: 'Mensen met dementie en hun mantelzorgers met elkaar in contact brengen',
      targetGroups: ['mensen met dementie', 'mantelzorgers'],
      themes: ['ontmoeten'],
    });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ partnerName: 'Zorgcentrum De Linde', editable: true, version: 1 });
    const b = await as('walk', 'POST', '/ladders', {
      activity: 'Een wandelclub',
      steps: ['Samen buiten bewegen', 'Onderweg raken mantelzorgers en mensen met dementie aan de praat'],
      goal: 'Mantelzorgers en mensen met dementie verbinden, zodat ze steun aan elkaar hebben',
      targetGroups: ['mantelzorgers', 'mensen met dementie'],
      themes: ['ontmoeten', 'bewegen'],
    });
    expect(b.statusCode).toBe(201);

    const comparison = await as('viewer', 'GET', '/goals/comparison');
    expect(comparison.statusCode).toBe(200);
    const body = comparison.json();
    expect(body.groups).toHaveLength(1);
    expect(body.groups[0].members.map((m: { partnerName: string }) => m.partnerName).sort()).toEqual([
      'Wandelclub Stap voor Stap',
      'Zorgcentrum De Linde',
    ]);
    expect(body.groups[0].explanation).toContain('zelfde doelgroep: mensen met dementie, mantelzorgers');

    // Someone else's ladder: a partner may not change it; a stale version gets the current one.
    const other = await as('walk', 'PATCH', `/ladders/${a.json().id}`, { goal: 'Iets anders', version: 1 });
    expect(other.statusCode).toBe(403);
    await as('cafe', 'PATCH', `/ladders/${a.json().id}`, { activity: 'Een Alzheimer Café', version: 1 });
    const stale = await as('cafe', 'PATCH', `/ladders/${a.json().id}`, { activity: 'Koffie', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'version_conflict',
      current: { activity: 'Een Alzheimer Café', version: 2 },
    });
    // A partner cannot write a ladder for someone else.
    expect((await as('cafe', 'POST', '/ladders', { memberId: memberIds.walk, goal: 'x' })).statusCode).toBe(403);
  });

  it('records goals with indicator and target, linked to ladders that exist in this network', async () => {
    const ladders = (await as('viewer', 'GET', '/ladders')).json() as { id: string }[];
    const created = await as('lead', 'POST', '/goals', {
      title: 'Mensen met dementie en mantelzorgers ontmoeten elkaar',
      indicator: 'Deelnemers per maand',
      targetValue: '30',
      ladderIds: ladders.map((l) => l.id),
    });
    expect(created.statusCode, created.body).toBe(201);
    const bad = await as('lead', 'POST', '/goals', { title: 'x', ladderIds: ['bestaat-niet'] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields.ladderIds).toBeDefined();
    const goals = (await as('viewer', 'GET', '/goals')).json();
    expect(goals.goals[0]).toMatchObject({ indicator: 'Deelnemers per maand', targetValue: '30' });
    expect(goals.networkVersion).toBeGreaterThanOrEqual(1);
    expect((await as('cafe', 'POST', '/goals', { title: 'Mag niet' })).statusCode).toBe(403);
  });

  it('extends the vocabulary per network and refuses doubles', async () => {
    const added = await as('cafe', 'POST', '/vocabulary', { kind: 'targetGroup', label: 'Statushouders' });
    expect(added.statusCode).toBe(201);
    expect((await as('walk', 'POST', '/vocabulary', { kind: 'targetGroup', label: 'statushouders' })).statusCode).toBe(
      409,
    );
    expect((await as('walk', 'POST', '/vocabulary', { kind: 'targetGroup', label: 'ouderen' })).statusCode).toBe(409);
    const vocab = (await as('viewer', 'GET', '/vocabulary')).json();
    expect(vocab.targetGroups).toContainEqual({ id: added.json().id, label: 'statushouders', custom: true });
    expect(vocab.healthDimensions).toHaveLength(6);
  });

  it('builds a joint card from personal items, publishes versions, collects consent, keeps old versions as they were', async () => {
    const mine = await as('cafe', 'POST', '/card/personal', {
      column: 'waarden',
      text: 'er elke maand een plek is voor mensen met dementie',
    });
    const theirs = await as('walk', 'POST', '/card/personal', {
      column: 'waarden',
      text: 'mantelzorgers er samen op uit gaan',
    });
    expect(mine.statusCode).toBe(201);
    // Only the kartrekker builds the joint card.
    expect((await as('cafe', 'POST', '/card/joint', { column: 'waarden', text: 'x' })).statusCode).toBe(403);
    const joint = await as('lead', 'POST', '/card/joint', {
      column: 'waarden',
      text: 'mensen met dementie en mantelzorgers elkaar regelmatig ontmoeten',
      sourceItemIds: [mine.json().id, theirs.json().id],
    });
    expect(joint.statusCode, joint.body).toBe(201);
    expect(
      joint
        .json()
        .sources.map((s: { actorName: string }) => s.actorName)
        .sort(),
    ).toEqual(['Wandelclub Stap voor Stap', 'Zorgcentrum De Linde']);

    // A partner cannot change the joint card, nor another's personal item.
    expect((await as('cafe', 'PATCH', `/card/items/${joint.json().id}`, { text: 'x', version: 1 })).statusCode).toBe(
      403,
    );
    expect((await as('cafe', 'PATCH', `/card/items/${theirs.json().id}`, { text: 'x', version: 1 })).statusCode).toBe(
      403,
    );

    const v1 = await as('lead', 'POST', '/card/versions');
    expect(v1.statusCode, v1.body).toBe(201);
    expect(v1.json()).toMatchObject({ number: 1, complete: false, isLatest: true });
    const parties = v1.json().consents.map((c: { name: string }) => c.name);
    expect(parties).toEqual(expect.arrayContaining(['Zorgcentrum De Linde', 'Wandelclub Stap voor Stap']));
    // Nothing changed: no new version.
    expect((await as('lead', 'POST', '/card/versions')).statusCode).toBe(409);

    const consent = await as('cafe', 'POST', `/card/versions/${v1.json().id}/consent`);
    expect(consent.statusCode, consent.body).toBe(201);
    expect(consent.json().consents.find((c: { name: string }) => c.name === 'Zorgcentrum De Linde')).toMatchObject({
      consented: true,
    });
    expect((await as('cafe', 'POST', `/card/versions/${v1.json().id}/consent`)).statusCode).toBe(409);
    expect((await as('viewer', 'POST', `/card/versions/${v1.json().id}/consent`)).statusCode).toBe(403);

    // The personal item changes later: the joint item keeps its provenance as it was pulled.
    await as('cafe', 'PATCH', `/card/items/${mine.json().id}`, { text: 'iets heel anders', version: 1 });
    let card = (await as('viewer', 'GET', '/card')).json();
    expect(card.changedSincePublished).toBe(false);
    expect(card.joint[0].sources[0].text).not.toBe('iets heel anders');

    // A change to the joint card: a new version, consent again; version 1 stays exactly as it was.
    await as('lead', 'PATCH', `/card/items/${joint.json().id}`, { text: 'we elkaar elke maand zien', version: 1 });
    card = (await as('viewer', 'GET', '/card')).json();
    expect(card.changedSincePublished).toBe(true);
    const v2 = await as('lead', 'POST', '/card/versions');
    expect(v2.json().number).toBe(2);
    expect(v2.json().consents.every((c: { consented: boolean }) => !c.consented)).toBe(true);
    // Consent on the old version is no longer possible.
    expect((await as('walk', 'POST', `/card/versions/${v1.json().id}/consent`)).statusCode).toBe(409);
    const old = (await as('viewer', 'GET', `/card/versions/${v1.json().id}`)).json();
    expect(old.snapshot.columns[0].items[0].text).toBe(
      'mensen met dementie en mantelzorgers elkaar regelmatig ontmoeten',
    );
    expect(old.isLatest).toBe(false);
    expect(old.consents.filter((c: { consented: boolean }) => c.consented)).toHaveLength(1);
  });

  it('short mode: only column 1 personal, the rest jointly', async () => {
    const card = (await as('viewer', 'GET', '/card')).json();
    const set = await as('lead', 'PUT', '/card/mode', { mode: 'short', version: card.modeVersion });
    expect(set.statusCode, set.body).toBe(200);
    const refused = await as('cafe', 'POST', '/card/personal', { column: 'handelen', text: 'Ik deel mijn kennis.' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields.column).toContain('korte vorm');
    expect(
      (await as('cafe', 'POST', '/card/personal', { column: 'waarden', text: 'Ik ben tevreden als …' })).statusCode,
    ).toBe(201);
    expect((await as('lead', 'POST', '/card/joint', { column: 'handelen', text: 'Samen leren' })).statusCode).toBe(201);
    expect((await as('lead', 'PUT', '/card/mode', { mode: 'full', version: card.modeVersion })).statusCode).toBe(409);
  });

  it('records the kartrekker appointment and warns about hours, deputy and a single kartrekker', async () => {
    let leads = (await as('viewer', 'GET', '/leads')).json();
    expect(leads.leads).toHaveLength(1);
    expect(leads.warnings.map((w: { code: string }) => w.code).sort()).toEqual(['no_hours', 'single_lead']);
    const leadStep = async () =>
      (
        (await as('viewer', 'GET', '/progress')).json() as {
          phases: { phase: string; steps: { id: string; status: string; detail: string }[] }[];
        }
      ).phases
        .find((p) => p.phase === 'vormgeven')!
        .steps.find((x) => x.id === 'lead')!;
    expect((await leadStep()).status).toBe('open');
    const first = await as('lead', 'PUT', `/leads/${memberIds.lead}`, {
      hoursPerWeek: 6,
      paidBy: 'Gemeente',
      deputyMemberId: memberIds.cafe,
    });
    expect(first.statusCode, first.body).toBe(200);
    leads = first.json();
    expect(leads.leads[0].appointment).toMatchObject({
      hoursPerWeek: 6,
      paidBy: 'Gemeente',
      deputyMemberId: memberIds.cafe,
    });
    // One rule for both screens: with hours and a deputy the kartrekker page has no warning left
    // (it used to still say "Zorg voor een vervanger"), and the overview's step is done.
    expect(leads.warnings).toEqual([]);
    expect(JSON.stringify((await as('viewer', 'GET', '/leads')).json())).not.toContain('vervanger');
    expect(await leadStep()).toMatchObject({ status: 'done', detail: 'Uren en vervanger zijn geregeld.' });
    // Again without version: someone recorded it already.
    expect((await as('lead', 'PUT', `/leads/${memberIds.lead}`, { hoursPerWeek: 2 })).statusCode).toBe(409);
    expect(
      (await as('lead', 'PUT', `/leads/${memberIds.lead}`, { deputyMemberId: memberIds.lead, version: 1 })).statusCode,
    ).toBe(422);
    expect((await as('lead', 'PUT', `/leads/${memberIds.cafe}`, { hoursPerWeek: 2 })).statusCode).toBe(422);
    expect((await as('cafe', 'PUT', `/leads/${memberIds.lead}`, { hoursPerWeek: 2, version: 1 })).statusCode).toBe(403);
  });

  it('an outsider sees nothing of the card, ladders or goals', async () => {
    const outsider = await t.services.auth.ensureUser(email('buiten'));
    const cookie = await sessionFor(t, outsider.id);
    for (const path of ['/card', '/ladders', '/goals', '/goals/comparison', '/leads']) {
      const res = await t.request({ method: 'GET', url: `/api/networks/${networkId}${path}`, cookie });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('dementie');
    }
  });
});
