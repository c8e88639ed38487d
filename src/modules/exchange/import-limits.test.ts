import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';

// Issue #10, finding 3 and "heavy parsing off the event loop": every import is read on a worker
// thread with limits (rows, columns, cell length, time), and written all or nothing.

const b64 = (data: string | Buffer) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');

async function xlsx(elementRows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Elements');
  ws.addRow(['Label', 'Type', 'Domein']);
  for (let i = 1; i <= elementRows; i++) ws.addRow([`Partner ${i}`, 'Organisatie', 'welzijn']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(dialects)('import limits and all-or-nothing imports (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  /** Every insert into `table` fails from now on (a trigger), to break an import half-way. */
  async function failInserts(table: 'relations' | 'search_index') {
    if (dialect === 'sqlite') {
      await sql`create trigger ${sql.id(`fail_${table}`)} before insert on ${sql.table(table)} begin select raise(abort, 'stop'); end`.execute(
        t.deps.db,
      );
      return;
    }
    await sql`create function fail_insert() returns trigger language plpgsql as $$ begin raise exception 'stop'; end $$`.execute(
      t.deps.db,
    );
    await sql`create trigger ${sql.id(`fail_${table}`)} before insert on ${sql.table(table)} for each row execute function fail_insert()`.execute(
      t.deps.db,
    );
  }

  async function network() {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, {
      name: 'Noord',
      areaLevel: 'wijk',
      areaName: 'Noord',
      regionCode: 'WK190001',
    });
    const ctx = await memberContext(t, net.id, lead.user.id);
    const post = (path: string, payload: Record<string, unknown>) =>
      t.request({ method: 'POST', url: `/api/networks/${net.id}${path}`, cookie: lead.cookie, payload });
    const counts = async () => ({
      actors: (await t.services.actors.list(ctx)).length,
      relations: (await t.services.relations.list(ctx)).length,
      audit: (
        await t.deps.db
          .selectFrom('audit_log')
          .select(sql<number>`count(*)`.as('n'))
          .where('network_id', '=', net.id)
          .where('entity', 'in', ['actor', 'relation'])
          .executeTakeFirstOrThrow()
      ).n,
    });
    return { post, counts, ctx };
  }

  it('refuses an XLSX over 20,000 rows with a Dutch message naming the limit, and takes one at the limit', async () => {
    const { post, counts, ctx } = await network();
    const over = await post('/exchange/import', {
      files: [{ fileName: 'groot.xlsx', contentBase64: b64(await xlsx(20_001)) }],
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().error.fields.files).toBe(
      'werkblad Elements heeft 20.001 rijen. We lezen hoogstens 20.000 rijen per werkblad of bestand: splits het bestand op.',
    );
    expect(Number((await counts()).actors)).toBe(0);

    const atLimit = await post('/exchange/import', {
      files: [{ fileName: 'precies.xlsx', contentBase64: b64(await xlsx(20_000)) }],
    });
    expect(atLimit.statusCode, atLimit.body.slice(0, 300)).toBe(201);
    expect(atLimit.json().actorsCreated).toBe(20_000);
    expect(await counts()).toEqual({ actors: 20_000, relations: 0, audit: expect.anything() });
    expect(Number((await counts()).audit)).toBe(20_000);
    // Found by the network's search, so indexed too.
    const found = await t.services.search.forNetwork(ctx, { q: 'Partner 19999' });
    expect(found.some((a) => a.name === 'Partner 19999')).toBe(true);
  }, 180_000);

  it('refuses too many columns and too long a cell, naming the limit and where', async () => {
    const { post } = await network();
    const wide = [
      'Label;Type;' + Array.from({ length: 199 }, (_, i) => `Extra ${i}`).join(';'),
      'Buurthuis;Organisatie',
    ];
    const res = await post('/exchange/preview', {
      files: [{ fileName: 'breed.csv', contentBase64: b64(wide.join('\n')) }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.files).toMatch(/^breed\.csv heeft 201 kolommen\. We lezen hoogstens 200 kolommen/);

    const long = ['Label;Type;Description', `Buurthuis;Organisatie;${'x'.repeat(2_001)}`];
    const res2 = await post('/exchange/preview', {
      files: [{ fileName: 'lang.csv', contentBase64: b64(long.join('\n')) }],
    });
    expect(res2.statusCode).toBe(422);
    expect(res2.json().error.fields.files).toBe(
      'lang.csv, rij 2, kolom Description: deze cel heeft 2.001 tekens. Een cel mag hoogstens 2.000 tekens hebben: maak de tekst korter.',
    );
  });

  it('refuses a CBS file over the row limit on its file field', async () => {
    const { post } = await network();
    const rows = ['"WijkenEnBuurten";"Codering_3";"AantalInwoners_5"'];
    for (let i = 0; i < 20_001; i++) rows.push(`"Buurt ${i}";"BU19${String(i).padStart(6, '0')}";${i}`);
    const res = await post('/profile/cbs/preview', { fileName: 'nederland.csv', contentBase64: b64(rows.join('\n')) });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.contentBase64).toMatch(
      /^nederland\.csv heeft 20\.001 rijen\. We lezen hoogstens 20\.000/,
    );
  });

  it('finding 8: a Kumu CSV with one NUL in a name imports nothing', async () => {
    const { post, counts } = await network();
    const elements = ['Label;Type', 'Buurthuis;Organisatie', 'Huis\u0000arts;Organisatie', 'Bibliotheek;Organisatie'];
    const connections = ['From;To', 'Buurthuis;Bibliotheek'];
    const files = [
      { fileName: 'elements.csv', contentBase64: b64(elements.join('\n')) },
      { fileName: 'connections.csv', contentBase64: b64(connections.join('\n')) },
    ];
    const res = await post('/exchange/import', { files });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('import_has_bad_rows');
    expect(res.json().error.preview.problems).toEqual([
      expect.objectContaining({ source: 'elements.csv', row: 3, message: expect.stringMatching(/^Label: /) }),
    ]);
    expect(await counts()).toEqual({ actors: 0, relations: 0, audit: expect.anything() });
    expect(Number((await counts()).audit)).toBe(0);
  });

  it('a write that fails halfway leaves nothing behind (one transaction)', async () => {
    const { post, counts } = await network();
    // The relations are written after the actors: make that step fail.
    await failInserts('relations');
    const files = [
      { fileName: 'elements.csv', contentBase64: b64('Label;Type\nBuurthuis;Organisatie\nBibliotheek;Organisatie') },
      { fileName: 'connections.csv', contentBase64: b64('From;To\nBuurthuis;Bibliotheek') },
    ];
    const res = await post('/exchange/import', { files });
    expect(res.statusCode).toBe(500);
    expect(await counts()).toEqual({ actors: 0, relations: 0, audit: expect.anything() });
    expect(Number((await counts()).audit)).toBe(0);
  });

  it('an import whose search index cannot be written leaves nothing behind either', async () => {
    const { post, counts } = await network();
    // The index rows are written with the actors, in the same transaction: make that step fail.
    await failInserts('search_index');
    const files = [{ fileName: 'elements.csv', contentBase64: b64('Label;Type\nBuurthuis;Organisatie') }];
    const res = await post('/exchange/import', { files });
    expect(res.statusCode).toBe(500);
    expect(await counts()).toEqual({ actors: 0, relations: 0, audit: expect.anything() });
    expect(Number((await counts()).audit)).toBe(0);
  });

  it('a partner deleted while the file is read: the import says so (409) and writes nothing', async () => {
    const { post, counts, ctx } = await network();
    const buurthuis = await t.services.actors.create(ctx, {
      kind: 'organisation',
      name: 'Buurthuis',
      domain: 'welzijn',
    });
    // The file's connection points at the existing Buurthuis. The worker thread reads the file
    // against the partners as they were; Buurthuis is deleted before the rows are written.
    const run = t.deps.pool.run.bind(t.deps.pool);
    t.deps.pool.run = async <T>(task: string, input: unknown, options?: Parameters<typeof run>[2]) => {
      const result = await run<T>(task, input, options);
      if (task === 'kumu.plan') await t.services.actors.remove(ctx, buurthuis.id);
      return result;
    };
    const files = [
      { fileName: 'elements.csv', contentBase64: b64('Label;Type\nBibliotheek;Organisatie') },
      { fileName: 'connections.csv', contentBase64: b64('From;To\nBuurthuis;Bibliotheek') },
    ];
    const res = await post('/exchange/import', { files });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.message).toBe(
      'Iets waar dit naar verwijst, is intussen weggehaald. Laad de pagina opnieuw en probeer het nog eens.',
    );
    expect(await counts()).toMatchObject({ actors: 0, relations: 0 });
  });

  it('a CBS import of several regions saves all of them or none', async () => {
    const { post, ctx } = await network();
    const stop = (code: string) =>
      dialect === 'sqlite'
        ? [
            sql`create trigger stop_region before insert on profile_regions when new.region_code = ${sql.lit(code)}
              begin select raise(abort, 'stop'); end`,
          ]
        : [
            sql`create function stop_region() returns trigger language plpgsql as $$ begin
              if new.region_code = ${sql.lit(code)} then raise exception 'stop'; end if; return new; end $$`,
            sql`create trigger stop_region before insert on profile_regions for each row execute function stop_region()`,
          ];
    for (const statement of stop('GM0150')) await statement.execute(t.deps.db);
    const file = fs
      .readFileSync(path.join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'cbs-kwb-2023-typeddataset.json'))
      .toString('base64');
    const res = await post('/profile/cbs', {
      fileName: 'TypedDataSet.json',
      contentBase64: file,
      regionCodes: ['WK015001', 'GM0150'],
    });
    expect(res.statusCode).toBe(500);
    const stored = await t.deps.db
      .selectFrom('profile_regions')
      .select('region_code')
      .where('network_id', '=', ctx.networkId)
      .execute();
    expect(stored).toEqual([]);
  });
});
