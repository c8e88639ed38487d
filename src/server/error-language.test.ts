import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);
const EN = { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' };
const NL = { 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.8' };

/** The same errors asked for in Dutch (no header, or Dutch preferred) and in English. */
describe.each(dialects)('errors in the language of Accept-Language (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function setUp() {
    t = await createTestApp(dialect);
    const a = await t.signIn('anouk@voorbeeld.nl');
    const b = await t.signIn('bram@voorbeeld.nl');
    const mk = async (cookie: string, name: string) =>
      json(
        await t.request({
          method: 'POST',
          url: '/api/networks',
          cookie,
          payload: { name, areaLevel: 'wijk', areaName: name },
        }),
      );
    const netA = await mk(a.cookie, 'Noord');
    const netB = await mk(b.cookie, 'Zuid');
    const actor = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${netA.id}/actors`,
        cookie: a.cookie,
        payload: { kind: 'organisation', name: 'GGD', domain: 'zorg', findable: true },
      }),
    );
    return { a, b, netA, netB, actor };
  }

  it('404, 403, 422 with fields, 400 from the schema, 409 version conflict', async () => {
    const { a, b, netA, netB, actor } = await setUp();
    const ask = async (
      headers: Record<string, string>,
      options: { method: 'GET' | 'POST' | 'PATCH'; url: string; cookie: string; payload?: object },
    ) => {
      const res = await t.request({ ...options, headers });
      return { status: res.statusCode, language: res.headers['content-language'], ...json(res).error };
    };

    const notFound = { method: 'GET', url: `/api/networks/${netA.id}/actors/bestaat-niet`, cookie: a.cookie } as const;
    expect(await ask({}, notFound)).toMatchObject({
      status: 404,
      code: 'not_found',
      language: 'nl',
      message: 'Deze partner bestaat niet (meer) in dit netwerk.',
    });
    expect(await ask(NL, notFound)).toMatchObject({
      status: 404,
      message: 'Deze partner bestaat niet (meer) in dit netwerk.',
    });
    expect(await ask(EN, notFound)).toMatchObject({
      status: 404,
      code: 'not_found',
      language: 'en',
      message: 'This partner does not exist (any more) in this network.',
    });
    // English preferred over Dutch by quality, whatever the order.
    expect(await ask({ 'accept-language': 'nl;q=0.4, en;q=0.8' }, notFound)).toMatchObject({
      message: 'This partner does not exist (any more) in this network.',
    });
    // A language we do not have falls back to Dutch.
    expect(await ask({ 'accept-language': 'de-DE' }, notFound)).toMatchObject({
      message: 'Deze partner bestaat niet (meer) in dit netwerk.',
    });

    await t.request({
      method: 'POST',
      url: `/api/networks/${netB.id}/actors/link`,
      cookie: b.cookie,
      payload: { actorId: actor.id },
    });
    const notTheirs = {
      method: 'PATCH',
      url: `/api/networks/${netB.id}/actors/${actor.id}`,
      cookie: b.cookie,
      payload: { name: 'Anders', version: 1 },
    } as const;
    expect(await ask({}, notTheirs)).toMatchObject({
      status: 403,
      code: 'forbidden',
      message: 'Dit profiel wordt bijgehouden door een ander netwerk. Je kunt het hier niet aanpassen.',
    });
    expect(await ask(EN, notTheirs)).toMatchObject({
      status: 403,
      code: 'forbidden',
      message: 'Another network keeps this profile up to date. You cannot change it here.',
    });

    const selfRelation = {
      method: 'POST',
      url: `/api/networks/${netA.id}/relations`,
      cookie: a.cookie,
      payload: { actorAId: actor.id, actorBId: actor.id },
    } as const;
    expect(await ask({}, selfRelation)).toMatchObject({
      status: 422,
      code: 'invalid_input',
      message: 'Niet alle velden zijn goed ingevuld. Kijk de velden met een melding na.',
      fields: { actorBId: 'Kies twee verschillende partners: een relatie met zichzelf telt niet.' },
    });
    expect(await ask(EN, selfRelation)).toMatchObject({
      status: 422,
      code: 'invalid_input',
      message: 'Not all fields are filled in correctly. Check the fields with a message.',
      fields: { actorBId: 'Choose two different partners: a relation with itself does not count.' },
    });

    // Schema messages: the general map (an e-mail address), a schema's own text, and one with the schema's limit.
    const badActor = {
      method: 'POST',
      url: `/api/networks/${netA.id}/actors`,
      cookie: a.cookie,
      payload: { kind: 'organisation', name: 'x'.repeat(201), domain: 'zorg', kvk: '123' },
    } as const;
    expect(await ask({}, badActor)).toMatchObject({
      status: 400,
      fields: {
        name: 'Gebruik hoogstens 200 tekens.',
        kvk: 'Een KvK-nummer heeft 8 cijfers.',
      },
    });
    expect(await ask(EN, badActor)).toMatchObject({
      status: 400,
      message: 'Not all fields are filled in correctly. Check the fields with a message.',
      fields: {
        name: 'Use at most 200 characters.',
        kvk: 'A KvK (Chamber of Commerce) number has 8 digits.',
      },
    });

    const badEmail = {
      method: 'POST',
      url: '/api/auth/request',
      cookie: '',
      payload: { email: 'geen-adres' },
    } as const;
    expect(await ask({}, badEmail)).toMatchObject({
      status: 400,
      fields: { email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.' },
    });
    expect(await ask(EN, badEmail)).toMatchObject({
      status: 400,
      fields: { email: 'Fill in a valid e-mail address, for example name@example.nl.' },
    });

    const stale = {
      method: 'PATCH',
      url: `/api/networks/${netA.id}/actors/${actor.id}`,
      cookie: a.cookie,
      payload: { name: 'GGD Noord', version: 7 },
    } as const;
    const staleNl = await ask({}, stale);
    expect(staleNl).toMatchObject({
      status: 409,
      code: 'version_conflict',
      message:
        'Iemand anders heeft dit intussen ook gewijzigd. Bekijk de nieuwe versie en voer je wijziging opnieuw uit.',
    });
    expect(staleNl.current.name).toBe('GGD');
    expect(await ask(EN, stale)).toMatchObject({
      status: 409,
      code: 'version_conflict',
      message: 'Someone else changed this in the meantime. Look at the new version and make your change again.',
    });

    // Fastify's own errors too.
    const badJson = await t.request({
      method: 'POST',
      url: `/api/networks/${netA.id}/actors`,
      cookie: a.cookie,
      payload: '{"kind":',
      headers: { ...EN, 'content-type': 'application/json' },
    });
    expect(json(badJson).error.message).toBe('The data is not valid JSON.');
  });

  it('429: the waiting time in minutes, with the right plural in both languages', async () => {
    t = await createTestApp(dialect);
    const request = (headers: Record<string, string>) =>
      t.request({ method: 'POST', url: '/api/auth/request', payload: { email: 'veel@voorbeeld.nl' }, headers });
    for (let i = 0; i < 5; i++) expect((await request({})).statusCode).toBe(202);
    const nl = await request({});
    expect(nl.statusCode).toBe(429);
    // The window is a fixed quarter of an hour, so the minutes left depend on the clock.
    const minutesOf = (res: { headers: Record<string, unknown> }) =>
      Math.max(1, Math.ceil(Number(res.headers['retry-after']) / 60));
    const nlMinutes = minutesOf(nl);
    expect(json(nl).error).toMatchObject({
      code: 'rate_limited',
      message: `Te veel pogingen achter elkaar. Probeer het over ${nlMinutes} ${nlMinutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
    });
    const en = await request(EN);
    expect(en.statusCode).toBe(429);
    const enMinutes = minutesOf(en);
    expect(json(en).error).toMatchObject({
      code: 'rate_limited',
      message: `Too many attempts in a row. Please try again in ${enMinutes} ${enMinutes === 1 ? 'minute' : 'minutes'}.`,
    });
  });
});
