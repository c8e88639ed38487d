import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);
const b64 = (data: string | Buffer) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');
/** Windows-1252 bytes, as Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)". */
const cp1252 = (text: string) =>
  Buffer.from([...text].map((ch) => ({ '€': 0x80, '‘': 0x91, '’': 0x92 })[ch] ?? ch.charCodeAt(0)));

describe.each(dialects)('Kumu and GEXF import and export (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function network(name = 'Noord') {
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name, areaLevel: 'wijk', areaName: name });
    return { lead, net, ctx: await memberContext(t, net.id, lead.user.id), base: `/api/networks/${net.id}/exchange` };
  }

  async function seed() {
    const src = await network('Bron');
    const a = await t.services.actors.create(src.ctx, {
      kind: 'organisation',
      name: 'Buurthuis De Schakel',
      domain: 'welzijn',
      themes: ['eenzaamheid', 'ontmoeten'],
      targetGroups: ['ouderen'],
      healthDimensions: ['meedoen'],
      area: 'Centrum',
      description: 'Koffie; soep, en "praatjes"',
      contactEmail: 'info@schakel.nl',
      contactPhone: '0412 123 456',
      website: 'https://www.schakel.nl',
      kvk: '01234567',
      agb: null,
    });
    const b = await t.services.actors.create(src.ctx, {
      kind: 'organisation',
      name: 'Huisartsenpraktijk Één',
      domain: 'zorg',
      agb: '01012345',
    });
    const c = await t.services.actors.create(src.ctx, { kind: 'person', name: 'Mevrouw Café', domain: 'bewoners' });
    const d = await t.services.actors.create(src.ctx, {
      kind: 'initiative',
      name: 'Moestuin Noord',
      domain: 'bewoners',
      status: 'approached',
    });
    await t.services.relations.create(src.ctx, {
      actorAId: a.id,
      actorBId: b.id,
      kind: 'doorverwijzen',
      frequency: 'maandelijks',
      quality: 3,
    });
    await t.services.relations.create(src.ctx, {
      actorAId: a.id,
      actorBId: c.id,
      kind: 'samen activiteiten',
      frequency: 'wekelijks',
      quality: null,
    });
    await t.services.relations.create(src.ctx, { actorAId: d.id, actorBId: c.id });
    return src;
  }

  const shape = async (ctx: Awaited<ReturnType<typeof network>>['ctx']) => {
    const actors = (await t.services.actors.list(ctx))
      .map(
        ({
          kind,
          name,
          domain,
          themes,
          targetGroups,
          healthDimensions,
          area,
          description,
          contactEmail,
          contactPhone,
          website,
          kvk,
          agb,
          status,
        }) => ({
          kind,
          name,
          domain,
          themes,
          targetGroups,
          healthDimensions,
          area,
          description,
          contactEmail,
          contactPhone,
          website,
          kvk,
          agb,
          status,
        }),
      )
      .sort((x, y) => x.name.localeCompare(y.name));
    const relations = (await t.services.relations.list(ctx))
      .map((r) => ({
        pair: [r.actorAName, r.actorBName].sort().join(' – '),
        kind: r.kind,
        frequency: r.frequency,
        quality: r.quality,
      }))
      .sort((x, y) => x.pair.localeCompare(y.pair));
    return { actors, relations };
  };

  it('round trip: Kumu XLSX export imported into an empty network gives the same actors and relations', async () => {
    t = await createTestApp(dialect);
    const src = await seed();
    const xlsx = await t.request({ method: 'GET', url: `${src.base}/kumu.xlsx`, cookie: src.lead.cookie });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(/attachment/);
    // exceljs reads it back: two sheets with Kumu's column names.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Elements', 'Connections']);
    expect(wb.getWorksheet('Elements')!.getRow(1).getCell(1).value).toBe('Label');
    expect(wb.getWorksheet('Connections')!.rowCount).toBe(4);

    const dst = await network('Doel');
    const files = [{ fileName: 'kumu.xlsx', contentBase64: b64(xlsx.rawPayload) }];
    const preview = json(
      await t.request({ method: 'POST', url: `${dst.base}/preview`, cookie: dst.lead.cookie, payload: { files } }),
    );
    expect(preview).toMatchObject({
      actors: { rows: 4, new: 4, existing: 0 },
      relations: { rows: 3, new: 3 },
      problems: [],
    });
    const done = await t.request({
      method: 'POST',
      url: `${dst.base}/import`,
      cookie: dst.lead.cookie,
      payload: { files },
    });
    expect(done.statusCode, done.body).toBe(201);
    expect(json(done)).toMatchObject({ actorsCreated: 4, relationsCreated: 3 });
    expect(await shape(dst.ctx)).toEqual(await shape(src.ctx));

    // Importing again duplicates nothing.
    const again = json(
      await t.request({ method: 'POST', url: `${dst.base}/import`, cookie: dst.lead.cookie, payload: { files } }),
    );
    expect(again).toMatchObject({ actorsCreated: 0, actorsExisting: 4, relationsCreated: 0, relationsExisting: 3 });
    // Imported actors are found by the directory search.
    const found = json(
      await t.request({
        method: 'GET',
        url: `/api/networks/${dst.net.id}/directory?q=schakel`,
        cookie: dst.lead.cookie,
      }),
    );
    expect(JSON.stringify(found)).toContain('Buurthuis De Schakel');
  });

  it('round trip through the two CSV files, with semicolons and with commas', async () => {
    t = await createTestApp(dialect);
    const src = await seed();
    for (const scheiding of ['puntkomma', 'komma']) {
      const el = await t.request({
        method: 'GET',
        url: `${src.base}/elements.csv?scheiding=${scheiding}`,
        cookie: src.lead.cookie,
      });
      const co = await t.request({
        method: 'GET',
        url: `${src.base}/connections.csv?scheiding=${scheiding}`,
        cookie: src.lead.cookie,
      });
      expect(el.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(el.body.split('\r\n')[0]).toContain(scheiding === 'komma' ? 'Label,Type' : 'Label;Type');
      const dst = await network(`Doel ${scheiding}`);
      const files = [
        { fileName: 'connections.csv', contentBase64: b64(co.rawPayload) },
        { fileName: 'elements.csv', contentBase64: b64(el.rawPayload) },
      ];
      const done = await t.request({
        method: 'POST',
        url: `${dst.base}/import`,
        cookie: dst.lead.cookie,
        payload: { files },
      });
      expect(done.statusCode, done.body).toBe(201);
      expect(await shape(dst.ctx)).toEqual(await shape(src.ctx));
    }
  });

  it('guards CSV cells that Excel would run as a formula, and reads them back unchanged', async () => {
    t = await createTestApp(dialect);
    const src = await network('Bron');
    await t.services.actors.create(src.ctx, {
      kind: 'initiative',
      name: '=HYPERLINK("https://voorbeeld.nl")',
      domain: 'bewoners',
      description: '+31 412 123 456',
    });
    const el = await t.request({
      method: 'GET',
      url: `${src.base}/elements.csv?scheiding=puntkomma`,
      cookie: src.lead.cookie,
    });
    expect(el.body).toContain(`"'=HYPERLINK(""https://voorbeeld.nl"")"`);
    expect(el.body).toContain("'+31 412 123 456");
    const dst = await network('Doel');
    const done = await t.request({
      method: 'POST',
      url: `${dst.base}/import`,
      cookie: dst.lead.cookie,
      payload: { files: [{ fileName: 'elements.csv', contentBase64: b64(el.rawPayload) }] },
    });
    expect(done.statusCode, done.body).toBe(201);
    const [actor] = await t.services.actors.list(dst.ctx);
    expect([actor?.name, actor?.description]).toEqual(['=HYPERLINK("https://voorbeeld.nl")', '+31 412 123 456']);
  });

  it('reports every bad row with file, row and reason, imports nothing unless told to skip them', async () => {
    t = await createTestApp(dialect);
    const dst = await network();
    const existing = await t.services.actors.create(dst.ctx, {
      kind: 'organisation',
      name: 'Wijkteam Noord',
      domain: 'welzijn',
      kvk: '12345678',
    });
    const elements = cp1252(
      [
        "Label;Type;Domein;Thema's;KvK;E-mail",
        'Bibliotheek Noord;Organisatie;welzijn;lezen | ontmoeten;;info@bieb.nl',
        'Wijkteam N. (nieuwe naam);Organisatie;welzijn;;12345678;',
        'WIJKTEAM NOORD;Organisatie;welzijn;;;',
        ';Organisatie;zorg;;;',
        'Café ’t Hoekje;Organisatie;horeca;;;',
        'Bibliotheek noord;Organisatie;welzijn;;;',
        'Stichting €uro;Organisatie;overig;;1234;',
        'Huisarts Jansen;Organisatie;zorg;;;geen-adres',
      ].join('\r\n'),
    );
    const connections = cp1252(
      [
        'From;To;Type;Frequentie;Kwaliteit',
        'Bibliotheek Noord;Wijkteam Noord;overleg;maandelijks;3',
        'Wijkteam Noord;Bibliotheek Noord;overleg;;',
        'Bibliotheek Noord;Onbekend;overleg;;',
        'Bibliotheek Noord;Bibliotheek Noord;;;',
        'Bibliotheek Noord;Café ’t Hoekje;;;',
        'Bibliotheek Noord;Wijkteam Noord;;;9',
      ].join('\r\n'),
    );
    const files = [
      { fileName: 'elementen.csv', contentBase64: b64(elements) },
      { fileName: 'verbindingen.csv', contentBase64: b64(connections) },
    ];
    const preview = json(
      await t.request({ method: 'POST', url: `${dst.base}/preview`, cookie: dst.lead.cookie, payload: { files } }),
    );
    const problems = preview.problems.map(
      (p: { source: string; row: number; message: string }) => `${p.source}:${p.row}:${p.message}`,
    );
    expect(problems).toEqual([
      'elementen.csv:5:De naam ontbreekt. Vul de kolom Label in.',
      expect.stringMatching(/^elementen\.csv:6:Domein “horeca” kennen we niet/),
      'elementen.csv:7:“Bibliotheek noord” staat al in rij 2. Geef elke partner één rij.',
      'elementen.csv:8:KvK: Een KvK-nummer heeft 8 cijfers.',
      expect.stringMatching(/^elementen\.csv:9:E-mail: /),
      expect.stringMatching(/^verbindingen\.csv:4:“Onbekend” staat niet bij de Elements/),
      'verbindingen.csv:5:From en To zijn dezelfde partner. Een relatie met zichzelf telt niet.',
      'verbindingen.csv:6:“Café ’t Hoekje” staat in een foute rij (elementen.csv, rij 6).',
      'verbindingen.csv:7:Kwaliteit is “9”. Vul 1 (moeizaam), 2, 3 of 4 (heel goed) in, of laat het leeg.',
    ]);
    // Matched on KvK, and on the label ignoring case: the existing actor, not a new one.
    expect(preview.actors).toMatchObject({ rows: 8, new: 1, existing: 2, newLabels: ['Bibliotheek Noord'] });
    // B–A after A–B is the same relation.
    expect(preview.relations).toMatchObject({ new: 1, repeated: 1 });

    const refused = await t.request({
      method: 'POST',
      url: `${dst.base}/import`,
      cookie: dst.lead.cookie,
      payload: { files },
    });
    expect(refused.statusCode).toBe(422);
    expect(json(refused).error).toMatchObject({ code: 'import_has_bad_rows' });
    expect(json(refused).error.message).toMatch(/9 rijen zijn niet goed\. Er is niets geïmporteerd/);
    expect(await t.services.actors.list(dst.ctx)).toHaveLength(1);

    const done = json(
      await t.request({
        method: 'POST',
        url: `${dst.base}/import`,
        cookie: dst.lead.cookie,
        payload: { files, skipBadRows: true },
      }),
    );
    expect(done).toMatchObject({ actorsCreated: 1, actorsExisting: 2, relationsCreated: 1, skippedRows: 9 });
    const after = await t.services.actors.list(dst.ctx);
    expect(after.map((a) => a.name).sort()).toEqual(['Bibliotheek Noord', 'Wijkteam Noord']);
    expect(after.find((a) => a.id === existing.id)!.name).toBe('Wijkteam Noord');
    expect(after.find((a) => a.name === 'Bibliotheek Noord')!.themes).toEqual(['lezen', 'ontmoeten']);
    const rel = await t.services.relations.list(dst.ctx);
    expect(rel).toHaveLength(1);
    expect(rel[0]).toMatchObject({ kind: 'overleg', frequency: 'maandelijks', quality: 3 });
  });

  it('reads an XLSX made by another program, and explains a file it cannot use', async () => {
    t = await createTestApp(dialect);
    const dst = await network();
    const wb = new ExcelJS.Workbook();
    const el = wb.addWorksheet('Elements');
    el.addRow(['Label', 'Type', 'Domein', 'Doelgroepen', 'KvK', 'AGB', 'E-mail']);
    el.addRow([
      'GGD Noord',
      'Organisatie',
      'zorg',
      'jongeren|ouderen',
      87654321,
      null,
      { text: 'ggd@voorbeeld.nl', hyperlink: 'mailto:ggd@voorbeeld.nl' },
    ]);
    el.addRow(['Mevrouw Jansen', 'Sleutelfiguur', 'bewoners']);
    const co = wb.addWorksheet('Connections');
    co.addRow(['From', 'To', 'Type', 'Kwaliteit']);
    co.addRow(['GGD Noord', 'Mevrouw Jansen', 'signaleren', 2]);
    const files = [{ fileName: 'netwerk.xlsx', contentBase64: b64(Buffer.from(await wb.xlsx.writeBuffer())) }];
    const done = await t.request({
      method: 'POST',
      url: `${dst.base}/import`,
      cookie: dst.lead.cookie,
      payload: { files },
    });
    expect(done.statusCode, done.body).toBe(201);
    const actors = await t.services.actors.list(dst.ctx);
    expect(actors.find((a) => a.name === 'GGD Noord')).toMatchObject({
      kvk: '87654321',
      contactEmail: 'ggd@voorbeeld.nl',
      targetGroups: ['jongeren', 'ouderen'],
    });
    expect(actors.find((a) => a.name === 'Mevrouw Jansen')).toMatchObject({ kind: 'person', findable: false });
    expect((await t.services.relations.list(dst.ctx))[0]).toMatchObject({ kind: 'signaleren', quality: 2 });

    const noSheet = new ExcelJS.Workbook();
    noSheet.addWorksheet('Blad1').addRow(['Label']);
    const bad = await t.request({
      method: 'POST',
      url: `${dst.base}/preview`,
      cookie: dst.lead.cookie,
      payload: { files: [{ fileName: 'x.xlsx', contentBase64: b64(Buffer.from(await noSheet.xlsx.writeBuffer())) }] },
    });
    expect(bad.statusCode).toBe(422);
    expect(json(bad).error.fields.files).toMatch(/werkblad "Elements"/);
    const onlyConnections = await t.request({
      method: 'POST',
      url: `${dst.base}/preview`,
      cookie: dst.lead.cookie,
      payload: { files: [{ fileName: 'c.csv', contentBase64: b64('From,To\nA,B\n') }] },
    });
    expect(json(onlyConnections).error.fields.files).toMatch(/Elements/);
  });

  it('accepts Dutch column and sheet names besides the English ones of Kumu', async () => {
    t = await createTestApp(dialect);
    const csv = await network('Nederlands CSV');
    const elements =
      'Naam;Soort;Domein;Omschrijving;Tags;Doelgroep;E-mailadres;Wijk\n' +
      'Buurtteam Noord;Organisatie;welzijn;Hulp bij alles;ontmoeten|mantelzorg;ouderen;noord@voorbeeld.nl;Noord\n' +
      'Mevrouw Jansen;Sleutelfiguur;bewoners;;;;;\n';
    const connections = 'Van;Naar;Type;Frequentie;Kwaliteit\nBuurtteam Noord;Mevrouw Jansen;signaleren;maandelijks;3\n';
    const done = await t.request({
      method: 'POST',
      url: `${csv.base}/import`,
      cookie: csv.lead.cookie,
      payload: {
        files: [
          { fileName: 'relaties.csv', contentBase64: b64(connections) },
          { fileName: 'partners.csv', contentBase64: b64(elements) },
        ],
      },
    });
    expect(done.statusCode, done.body).toBe(201);
    const actors = await t.services.actors.list(csv.ctx);
    expect(actors.find((a) => a.name === 'Buurtteam Noord')).toMatchObject({
      kind: 'organisation',
      domain: 'welzijn',
      description: 'Hulp bij alles',
      themes: ['ontmoeten', 'mantelzorg'],
      targetGroups: ['ouderen'],
      contactEmail: 'noord@voorbeeld.nl',
      area: 'Noord',
    });
    expect(actors.find((a) => a.name === 'Mevrouw Jansen')).toMatchObject({ kind: 'person' });
    expect((await t.services.relations.list(csv.ctx))[0]).toMatchObject({
      kind: 'signaleren',
      frequency: 'maandelijks',
      quality: 3,
    });

    const xlsx = await network('Nederlands Excel');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Elementen').addRows([
      ['Naam', 'Soort', 'Omschrijving'],
      ['GGD Noord', 'Organisatie', 'Jeugdgezondheidszorg'],
      ['Huisarts Bos', 'Organisatie', ''],
    ]);
    wb.addWorksheet('Verbindingen').addRows([
      ['Van', 'Naar', 'Soort'],
      ['GGD Noord', 'Huisarts Bos', 'doorverwijzen'],
    ]);
    const fromXlsx = await t.request({
      method: 'POST',
      url: `${xlsx.base}/import`,
      cookie: xlsx.lead.cookie,
      payload: { files: [{ fileName: 'netwerk.xlsx', contentBase64: b64(Buffer.from(await wb.xlsx.writeBuffer())) }] },
    });
    expect(fromXlsx.statusCode, fromXlsx.body).toBe(201);
    expect((await t.services.actors.list(xlsx.ctx)).map((a) => a.name).sort()).toEqual(['GGD Noord', 'Huisarts Bos']);
    expect((await t.services.relations.list(xlsx.ctx))[0]).toMatchObject({ kind: 'doorverwijzen' });

    // A file with neither says which names it looks for, the Dutch ones included.
    const unknown = await t.request({
      method: 'POST',
      url: `${xlsx.base}/preview`,
      cookie: xlsx.lead.cookie,
      payload: { files: [{ fileName: 'x.csv', contentBase64: b64('Wie;Wat\nA;B\n') }] },
    });
    expect(unknown.statusCode).toBe(422);
    expect(json(unknown).error.fields.files).toMatch(/Naam/);
    expect(json(unknown).error.fields.files).toMatch(/Van en Naar/);
  });

  it('exports GEXF 1.3 with undirected edges, domains and qualities', async () => {
    t = await createTestApp(dialect);
    const src = await seed();
    const res = await t.request({ method: 'GET', url: `${src.base}/network.gexf`, cookie: src.lead.cookie });
    expect(res.statusCode).toBe(200);
    const gexf = res.body;
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(gexf).toContain('version="1.3"');
    expect(gexf).toContain('defaultedgetype="undirected"');
    expect(gexf.match(/<node /g)).toHaveLength(4);
    expect(gexf.match(/<edge /g)).toHaveLength(3);
    expect(gexf).toContain('label="Huisartsenpraktijk Één"');
    expect(gexf).toContain('<attvalue for="domain" value="zorg"/>');
    expect(gexf).toContain('<attvalue for="quality" value="3"/>');
    expect(gexf).toContain('<attvalue for="kind" value="doorverwijzen"/>');
  });
});
