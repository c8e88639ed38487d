import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);

interface Step {
  id: string;
  status: string;
  statusLabel: string;
  detail: string;
  reason: string | null;
  route: string | null;
  tool: string;
}
interface Phase {
  phase: string;
  done: number;
  applicable: number;
  notApplicable: number;
  total: number;
  complete: boolean;
  summary: string;
  next: string | null;
  steps: Step[];
}

describe.each(dialects)('progress across the four phases (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('counts the facts, suggests a next step in any phase and marks steps "niet van toepassing" with a reason', async () => {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const partner = await t.signIn('partner@voorbeeld.nl');
    const viewer = await t.signIn('meekijker@voorbeeld.nl');
    const outsider = await t.signIn('buiten@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, {
      name: 'Wilgenhoek',
      areaLevel: 'wijk',
      areaName: 'Wilgenhoek',
    });
    await addMember(t, net.id, partner.user.id, 'partner');
    await addMember(t, net.id, viewer.user.id, 'meekijker');
    const ctx = await memberContext(t, net.id, lead.user.id);
    const url = `/api/networks/${net.id}/progress`;
    const get = async (cookie: string, query = '', lang = 'nl') =>
      json(await t.request({ method: 'GET', url: `${url}${query}`, cookie, headers: { 'accept-language': lang } })) as {
        phases: Phase[];
        suggested: { phase: string; step: string } | null;
      };
    const phase = (body: { phases: Phase[] }, name: string) => body.phases.find((p) => p.phase === name) as Phase;
    const step = (p: Phase, id: string) => p.steps.find((s) => s.id === id) as Step;

    // A new network: nothing done; verkennen has 6 steps, vormgeven 7, verdiepen 5, verankeren 6.
    const empty = await get(viewer.cookie);
    expect(empty.phases.map((p) => [p.phase, p.done, p.applicable])).toEqual([
      ['verkennen', 0, 6],
      ['vormgeven', 0, 7],
      ['verdiepen', 0, 5],
      ['verankeren', 0, 6],
    ]);
    expect(empty.suggested).toEqual({ phase: 'verkennen', step: 'partners' });
    expect(phase(empty, 'verkennen').summary).toBe('0 van de 6 stappen gedaan.');
    // A network that starts later is pointed at that phase: no order is enforced.
    expect((await get(viewer.cookie, '?phase=verankeren')).suggested).toEqual({ phase: 'verankeren', step: 'prices' });
    // The tool behind each step, with its page (or null: "komt later").
    expect(step(phase(empty, 'vormgeven'), 'card')).toMatchObject({
      tool: 'partnerschapskaart',
      route: 'vormgeven/kaart',
      status: 'open',
    });

    // Two partners and a relation; an agreement about money whose review date has passed.
    const a = await t.services.actors.create(ctx, {
      kind: 'organisation',
      name: 'Wijkteam Wilgenhoek',
      domain: 'welzijn',
    });
    const b = await t.services.actors.create(ctx, { kind: 'organisation', name: 'Huisarts De Wilg', domain: 'zorg' });
    await t.services.relations.create(ctx, { actorAId: a.id, actorBId: b.id });
    await t.services.agreements.create(ctx, { kind: 'geld', title: 'Gezamenlijk potje', reviewOn: '2020-03-01' });

    const filled = await get(partner.cookie);
    const verkennen = phase(filled, 'verkennen');
    expect(verkennen.done).toBe(2);
    expect(verkennen.next).toBe('snapshot');
    expect(step(verkennen, 'partners')).toMatchObject({
      status: 'done',
      statusLabel: 'gedaan',
      detail: 'Er doen 2 partners mee.',
    });
    expect(step(phase(filled, 'vormgeven'), 'agreements')).toMatchObject({
      status: 'done',
      detail: '1 afspraak vastgelegd.',
    });
    expect(step(phase(filled, 'verdiepen'), 'reviews')).toMatchObject({
      status: 'open',
      detail: 'Bekijk 1 afspraak opnieuw: de datum is voorbij.',
    });
    expect(step(phase(filled, 'verankeren'), 'funding')).toMatchObject({
      status: 'done',
      detail: '1 afspraak over geld.',
    });
    expect(phase(filled, 'verankeren').done).toBe(1);
    // The older verkennen answer reads the same registry.
    const old = json(await t.request({ method: 'GET', url: `${url}/verkennen`, cookie: viewer.cookie }));
    expect(old).toMatchObject({ phase: 'verkennen', done: 2, total: 6 });
    expect(old.steps.map((s: { key: string }) => s.key)).toEqual([
      'partners',
      'relations',
      'snapshot',
      'whoIsWho',
      'profile',
      'focus',
    ]);

    // "Niet van toepassing": kartrekkers only, always with a reason.
    const mark = (cookie: string, stepId: string, payload?: unknown) =>
      t.request({ method: 'PUT', url: `${url}/marks/${stepId}`, cookie, payload: payload as Record<string, unknown> });
    expect((await mark(partner.cookie, 'relatiecheck', { reason: 'We kennen elkaar goed.' })).statusCode).toBe(403);
    expect((await mark(outsider.cookie, 'relatiecheck', { reason: 'We kennen elkaar goed.' })).statusCode).toBe(404);
    const blank = await mark(lead.cookie, 'relatiecheck', { reason: '   ' });
    expect(blank.statusCode).toBe(422);
    expect(json(blank).error.fields.reason).toBe('Schrijf op waarom deze stap niet van toepassing is.');
    const missing = await mark(lead.cookie, 'relatiecheck', {});
    expect(missing.statusCode).toBe(422);
    expect(json(missing).error.fields.reason).toBe('Schrijf op waarom deze stap niet van toepassing is.');
    expect((await mark(lead.cookie, 'bestaatNiet', { reason: 'Zomaar.' })).statusCode).toBe(404);
    expect((await mark(lead.cookie, 'relatiecheck', { reason: 'Eerst iets anders.' })).statusCode).toBe(204);
    expect((await mark(lead.cookie, 'relatiecheck', { reason: 'We kennen elkaar al jaren.' })).statusCode).toBe(204);

    const marked = await get(viewer.cookie);
    const verdiepen = phase(marked, 'verdiepen');
    expect([verdiepen.done, verdiepen.applicable, verdiepen.notApplicable, verdiepen.total]).toEqual([0, 4, 1, 5]);
    expect(verdiepen.summary).toBe('0 van de 4 stappen gedaan. 1 stap is niet van toepassing.');
    expect(step(verdiepen, 'relatiecheck')).toMatchObject({
      status: 'notApplicable',
      reason: 'We kennen elkaar al jaren.',
      detail: 'Niet van toepassing: We kennen elkaar al jaren.',
    });
    // In the request's language.
    const english = phase(await get(viewer.cookie, '', 'en'), 'verdiepen');
    expect(english.summary).toBe('0 of the 4 steps done. 1 step does not apply.');
    expect(step(english, 'relatiecheck').statusLabel).toBe('not applicable');
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('network_id', '=', net.id)
      .where('entity', '=', 'phase_step_mark')
      .execute();
    expect(audit.map((r) => r.action)).toEqual(['create', 'update']);

    // Undo: the step counts again; undoing twice finds nothing.
    expect(
      (await t.request({ method: 'DELETE', url: `${url}/marks/relatiecheck`, cookie: partner.cookie })).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'DELETE', url: `${url}/marks/relatiecheck`, cookie: lead.cookie })).statusCode,
    ).toBe(204);
    expect(
      (await t.request({ method: 'DELETE', url: `${url}/marks/relatiecheck`, cookie: lead.cookie })).statusCode,
    ).toBe(404);
    expect(phase(await get(viewer.cookie), 'verdiepen')).toMatchObject({ applicable: 5, notApplicable: 0 });

    expect((await t.request({ method: 'GET', url, cookie: outsider.cookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `${url}?phase=later`, cookie: viewer.cookie })).statusCode).toBe(400);
  });
});
