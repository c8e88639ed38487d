import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/harness.js';
import { makePeople, makeWorld, sessionFor, type World } from '../../test/route-fixtures.js';
import { render } from '../../core/messages/index.js';

const TEXT_MESSAGES = { control: render('nl', 'text.control'), oneLine: render('nl', 'text.oneLine') };

/** Finding 8 of issue 10: NUL bytes answered 500 on PostgreSQL, line breaks reached one-line fields. */
describe.each(dialects)('text hygiene (%s)', (dialect) => {
  let t: TestApp;
  let w: World;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const people = await makePeople(t);
    w = await makeWorld(t, people);
    cookie = await sessionFor(t, people.kartrekker.id);
  });
  afterAll(() => t?.close());

  const addActor = (fields: Record<string, unknown>) =>
    t.request({
      method: 'POST',
      url: `/api/networks/${w.networkId}/actors`,
      cookie,
      payload: { kind: 'organisation', name: 'Buurthuis', domain: 'welzijn', ...fields },
    });

  it('finding 8: a NUL byte or another control character in a name is refused with a Dutch field message, never a 500', async () => {
    for (const name of ['Buurt\u0000huis', 'Buurt\u0007huis', 'Buurt\u001bhuis', 'Buurt\u007fhuis']) {
      const res = await addActor({ name });
      expect(res.statusCode, JSON.stringify(name)).toBe(400);
      expect(res.json().error.fields.name).toBe(TEXT_MESSAGES.control);
    }
    for (const [field, value] of [
      ['description', 'Open\u0000'],
      ['area', 'Noord\u0000'],
      ['themes', ['taal\u0000']],
      ['contactPhone', '0412\u0000'],
      ['website', 'https://a.nl/\u0000'],
    ] as const) {
      const res = await addActor({ [field]: value });
      expect(res.statusCode, field).toBe(400);
      expect(Object.keys(res.json().error.fields).join(), field).toContain(field);
    }
    const network = await t.request({
      method: 'POST',
      url: '/api/networks',
      cookie,
      payload: { name: 'Noord\u0000', areaLevel: 'wijk', areaName: 'Noord' },
    });
    expect(network.statusCode).toBe(400);
    expect(network.json().error.fields.name).toBe(TEXT_MESSAGES.control);
    expect(await t.deps.db.selectFrom('actors').select('id').where('name', 'like', 'Buurt%huis').execute()).toEqual([]);
  });

  it('finding 8: line breaks and tabs never get into a one-line field; a multi-line field keeps them', async () => {
    for (const name of ['Buurthuis\nBcc: iemand@voorbeeld.nl', 'Buurt\rhuis', 'Buurt\thuis', 'Buurt\u2028huis']) {
      const res = await addActor({ name });
      expect(res.statusCode, JSON.stringify(name)).toBe(400);
      expect(res.json().error.fields.name).toBe(TEXT_MESSAGES.oneLine);
    }
    const me = await t.request({
      method: 'PATCH',
      url: '/api/me',
      cookie,
      payload: { name: 'Kim\r\nBcc: iemand@voorbeeld.nl' },
    });
    expect(me.statusCode).toBe(400);
    expect(me.json().error.fields.name).toBe(TEXT_MESSAGES.oneLine);
    const ok = await addActor({ name: 'Buurthuis De Linde', description: 'Regel een\nRegel twee\tmet een tab' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().description).toBe('Regel een\nRegel twee\tmet een tab');
  });

  it('finding 8: the public werksessie join refuses control characters in the name and the code', async () => {
    const started = await t.request({
      method: 'POST',
      url: `/api/networks/${w.networkId}/sessions`,
      cookie,
      payload: { kind: 'ideas', allowAnonymous: true },
    });
    expect(started.statusCode, started.body).toBe(201);
    const { code } = started.json() as { code: string };
    const badName = await t.request({
      method: 'POST',
      url: '/api/sessie/join',
      payload: { code, name: 'Gast\u0000' },
      remoteAddress: '198.51.100.1',
    });
    expect(badName.statusCode).toBe(400);
    expect(badName.json().error.fields.name).toBe(TEXT_MESSAGES.control);
    const badCode = await t.request({
      method: 'POST',
      url: '/api/sessie/join',
      payload: { code: `${code}\u0000` },
      remoteAddress: '198.51.100.1',
    });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.fields.code).toBe(TEXT_MESSAGES.control);
    const fine = await t.request({
      method: 'POST',
      url: '/api/sessie/join',
      payload: { code, name: 'Gast' },
      remoteAddress: '198.51.100.1',
    });
    expect(fine.statusCode, fine.body).toBeLessThan(300);
  });
});
