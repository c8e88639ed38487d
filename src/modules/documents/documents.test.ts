import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import { sessionFor } from '../../test/route-fixtures.js';
import { docxText, pdfText } from '../../test/document-text.js';
import type { MemberContext } from '../../core/access.js';

let n = 0;
const email = (name: string) => `${name}-${Date.now()}-${++n}@voorbeeld.nl`;

describe.each(dialects)('documents: plan van aanpak en samenwerkingsovereenkomst (%s)', (dialect) => {
  let t: TestApp;
  let networkId: string;
  let cookie: string;
  let lead: MemberContext;
  let partner: MemberContext;

  const get = (path: string) => t.request({ method: 'GET', url: `/api/networks/${networkId}${path}`, cookie });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const leadUser = await t.services.auth.ensureUser(email('kartrekker'));
    const partnerUser = await t.services.auth.ensureUser(email('partner'));
    networkId = (
      await t.services.networks.create(leadUser, {
        name: 'Dementievriendelijk Oost',
        areaLevel: 'wijk',
        areaName: 'Oost',
      })
    ).id;
    await addMember(t, networkId, partnerUser.id, 'partner');
    lead = await memberContext(t, networkId, leadUser.id);
    const actor = await t.services.actors.create(lead, {
      kind: 'organisation',
      name: 'Zorgcentrum Café Één',
      domain: 'zorg',
    });
    await t.deps.db
      .updateTable('members')
      .set({ actor_id: actor.id })
      .where('network_id', '=', networkId)
      .where('user_id', '=', partnerUser.id)
      .execute();
    partner = await memberContext(t, networkId, partnerUser.id);
    cookie = await sessionFor(t, leadUser.id);
    await t.services.goals.createGoal(lead, {
      title: 'Mensen met dementie en mantelzorgers ontmoeten elkaar',
      indicator: 'Deelnemers per maand',
      targetValue: '30',
    });
    await t.services.agreements.create(lead, {
      kind: 'geld',
      title: 'Bijdragen',
      details: { contributions: [{ party: 'Gemeente', amount: 1234.5 }] },
      reviewOn: '2027-11-29',
    });
    await t.services.actions.create(lead, { title: 'Zaal regelen', dueOn: '2027-01-15' });
    await t.services.cards.addJoint(lead, {
      column: 'waarden',
      text: 'iedereen zich welkom voelt, ook wie vergeetachtig is',
    });
  });
  afterAll(() => t?.close());

  it('makes PDF and Word of a version with version, date and each partner’s consent; the same version gives the same bytes after later edits', async () => {
    const v1 = await t.services.cards.publish(lead);
    await t.services.cards.consent(partner, v1.id);

    const pdf1 = await get(`/card/versions/${v1.id}/documents/samenwerkingsovereenkomst.pdf`);
    expect(pdf1.statusCode, pdf1.body).toBe(200);
    expect(pdf1.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf1.rawPayload);
    expect(text).toContain('Samenwerkingsovereenkomst');
    expect(text).toContain('Versie 1 van');
    expect(text).toContain('Zorgcentrum Café Één');
    expect(text).toContain('€ 1.234,5');
    expect(text).toContain('29 november 2027');
    expect(text).toContain('iedereen zich welkom voelt');
    expect(text).toMatch(/Zorgcentrum Café Één\s*Ja/);
    expect(text).toContain('Nog niet');

    const docx1 = await get(`/card/versions/${v1.id}/documents/plan-van-aanpak.docx`);
    expect(docx1.statusCode).toBe(200);
    const words = await docxText(docx1.rawPayload);
    expect(words).toContain('Plan van aanpak');
    expect(words).toContain('Versie 1 van');
    expect(words).toContain('Zaal regelen');
    expect(words).toContain('Deelnemers per maand');
    expect(words).toContain('Zorgcentrum Café Één');

    // Later edits and a new version: version 1's documents stay byte for byte the same.
    await t.services.cards.addJoint(lead, { column: 'waarden', text: 'een later toegevoegd punt' });
    await t.services.goals.createGoal(lead, { title: 'Een nieuw doel' });
    await t.services.cards.publish(lead);
    const pdf2 = await get(`/card/versions/${v1.id}/documents/samenwerkingsovereenkomst.pdf`);
    const docx2 = await get(`/card/versions/${v1.id}/documents/plan-van-aanpak.docx`);
    expect(Buffer.compare(pdf1.rawPayload, pdf2.rawPayload)).toBe(0);
    expect(Buffer.compare(docx1.rawPayload, docx2.rawPayload)).toBe(0);
    expect(await pdfText(pdf2.rawPayload)).not.toContain('een later toegevoegd punt');
  });

  it('marks drafts from current data as draft', async () => {
    const pdf = await get('/documents/plan-van-aanpak.pdf');
    expect(pdf.statusCode).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('CONCEPT');
    expect(text).toContain('een later toegevoegd punt');
    const docx = await docxText((await get('/documents/samenwerkingsovereenkomst.docx')).rawPayload);
    expect(docx).toContain('CONCEPT');
    expect((await get('/documents/begroting.xlsx')).statusCode).toBe(400);
  });
});

describe.each(dialects)('documents: what the network decided, and what is still missing (%s)', (dialect) => {
  let t: TestApp;
  let networkId: string;
  let cookie: string;
  let lead: MemberContext;
  let partner: MemberContext;

  const get = (path: string) => t.request({ method: 'GET', url: `/api/networks/${networkId}${path}`, cookie });
  /** The same document as PDF and as Word, each read back as text. */
  async function both(path: string): Promise<{ pdf: string; word: string }> {
    const [pdf, docx] = await Promise.all([get(`${path}.pdf`), get(`${path}.docx`)]);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(docx.statusCode, docx.body).toBe(200);
    return { pdf: await pdfText(pdf.rawPayload), word: (await docxText(docx.rawPayload)).replace(/\s+/g, ' ') };
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const leadUser = await t.services.auth.ensureUser(email('joke'));
    const partnerUser = await t.services.auth.ensureUser(email('ahmed'));
    networkId = (
      await t.services.networks.create(leadUser, { name: 'Samen Ruwaard', areaLevel: 'wijk', areaName: 'Ruwaard' })
    ).id;
    await addMember(t, networkId, partnerUser.id, 'partner');
    lead = await memberContext(t, networkId, leadUser.id);
    const actor = await t.services.actors.create(lead, {
      kind: 'organisation',
      name: 'Welzijn Oss',
      domain: 'welzijn',
    });
    await t.deps.db
      .updateTable('members')
      .set({ actor_id: actor.id })
      .where('network_id', '=', networkId)
      .where('user_id', '=', partnerUser.id)
      .execute();
    partner = await memberContext(t, networkId, partnerUser.id);
    cookie = await sessionFor(t, leadUser.id);
    await t.services.cards.addJoint(lead, { column: 'waarden', text: 'we kennen elkaar bij naam' });
  });
  afterAll(() => t?.close());

  it('says plainly what is not there yet: no focus, no figures, a kartrekker without appointment, no agreements of a kind', async () => {
    for (const text of Object.values(await both('/documents/plan-van-aanpak'))) {
      expect(text).toContain('Jullie hebben nog geen focus gekozen.');
      expect(text).toContain('Er zijn nog geen CBS-cijfers in het wijkprofiel gezet.');
      expect(text).toContain('Nog geen vragen of behoeften van bewoners opgeschreven.');
      expect(text).toContain(
        'Er is een kartrekker, maar nog zonder afspraken over uren, mandaat, steun en vervanging.',
      );
      expect(text).not.toContain('Nog geen kartrekker');
      expect(text).toContain('Nog geen afspraken vastgelegd.');
    }
  });

  it('a kartrekker with a mandate but without hours is a kartrekker without hours', async () => {
    await t.services.leads.upsert(lead, lead.memberId, { mandate: 'Beslist over uitgaven tot € 500' });
    for (const text of Object.values(await both('/documents/samenwerkingsovereenkomst'))) {
      expect(text).toContain('Er is een kartrekker, maar nog zonder uren.');
      expect(text).toContain('Beslist over uitgaven tot € 500');
      expect(text).not.toContain('Nog geen kartrekker');
    }
  });

  it('places each agreement under its own kind: money only under Geld, no budget line under a decision-making agreement', async () => {
    await t.services.agreements.create(lead, {
      kind: 'besluitvorming',
      title: 'Zo besluiten we',
      decisionRule: 'meerderheid',
      details: { pooledBudget: {} },
    });
    await t.services.agreements.create(lead, {
      kind: 'geld',
      title: 'Potje voor activiteiten',
      details: { pooledBudget: { amount: 5000, rules: 'Twee partners tekenen samen.' } },
    });
    for (const [doc, path] of [
      ['plan', '/documents/plan-van-aanpak'],
      ['overeenkomst', '/documents/samenwerkingsovereenkomst'],
    ] as const) {
      for (const text of Object.values(await both(path))) {
        expect(text, doc).not.toContain('bedrag nog niet bekend');
        expect(text.match(/Gezamenlijk budget/g), doc).toHaveLength(1);
        const decide = text.indexOf('Hoe we besluiten');
        const money = text.indexOf('Geld Potje voor activiteiten');
        expect(decide, doc).toBeGreaterThan(-1);
        expect(text.indexOf('Zo besluiten we Beslisregel: Meerderheid'), doc).toBeGreaterThan(decide);
        expect(money, doc).toBeGreaterThan(text.indexOf('Zo besluiten we'));
        expect(text.indexOf('Gezamenlijk budget: € 5.000. Twee partners tekenen samen.'), doc).toBeGreaterThan(money);
        expect(text, doc).toContain('Nog geen afspraak over wat er na de projectperiode gebeurt.');
      }
    }
  });

  it('the plan shows the focus decision and the wijkprofiel; a published version keeps them after later changes', async () => {
    const candidate = await t.services.focus.propose(lead, { theme: 'Eenzaamheid onder ouderen' });
    await t.services.focus.decide(lead, {
      candidateIds: [candidate.id],
      reasons: 'Dit hoorden we het vaakst op de bewonersavond.',
    });
    const now = new Date().toISOString();
    const region = (code: string, name: string, level: string, figures: object) => ({
      id: crypto.randomUUID(),
      network_id: networkId,
      region_code: code,
      region_name: name,
      region_level: level,
      year: 2024,
      table_id: '85984NED',
      figures: JSON.stringify(figures),
      file_name: 'kwb.csv',
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await t.deps.db
      .insertInto('profile_regions')
      .values([
        region('WK082801', 'Ruwaard', 'wijk', { AantalInwoners: 12345, GemiddeldeWOZWaardeVanWoningen: 312 }),
        region('GM0828', 'Oss', 'gemeente', { AantalInwoners: 98765, GemiddeldeWOZWaardeVanWoningen: 301 }),
      ])
      .execute();
    await t.services.profile.addEntry(lead, {
      kind: 'need',
      text: 'Ouderen willen vaker iemand spreken',
      source: 'bewonersavond',
    });
    await t.services.profile.addIndicator(lead, {
      name: 'Bezoekers inloop',
      value: 1234.5,
      unit: 'per jaar',
      source: 'Eigen telling',
      measuredOn: '2026-10-01',
    });

    const draft = await both('/documents/plan-van-aanpak');
    for (const text of Object.values(draft)) {
      expect(text).toMatch(
        /Focus Gekozen op \d+ [a-z]+ 20\d\d: Eenzaamheid onder ouderen Waarom: Dit hoorden we het vaakst op de bewonersavond\./,
      );
      expect(text).toContain('Cijfers van Ruwaard (WK082801) uit 2024');
      expect(text).toMatch(/Inwoners\s*12\.345\s*98\.765/);
      expect(text).toMatch(/Gemiddelde WOZ-waarde van een woning\s*€ 312\.000\s*€ 301\.000/);
      expect(text).toContain('Gemeente Oss');
      expect(text).toMatch(/Bezoekers inloop\s*1\.234,5 per jaar\s*Eigen telling\s*1 oktober 2026/);
      expect(text).toContain('Ouderen willen vaker iemand spreken');
    }

    const v = await t.services.cards.publish(lead);
    await t.services.cards.consent(partner, v.id);
    const path = `/card/versions/${v.id}/documents/plan-van-aanpak`;
    const first = await Promise.all([get(`${path}.pdf`), get(`${path}.docx`)]);
    const published = await both(path);
    for (const text of Object.values(published)) {
      expect(text).toContain('Eenzaamheid onder ouderen');
      // Ahmed never gave a name: the document does not print (part of) his e-mail address instead.
      expect(text).toMatch(/Welzijn Oss\s*Ja\s*Lid zonder naam\s*Online in Wijknet/);
      expect(text).toContain('Eén partner heeft nog geen akkoord gegeven.');
    }

    const other = await t.services.focus.propose(lead, { theme: 'Bewegen' });
    await t.services.focus.decide(lead, { candidateIds: [other.id], reasons: 'Later gekozen.' });
    await t.deps.db.deleteFrom('profile_regions').where('network_id', '=', networkId).execute();
    const again = await Promise.all([get(`${path}.pdf`), get(`${path}.docx`)]);
    expect(Buffer.compare(first[0].rawPayload, again[0].rawPayload)).toBe(0);
    expect(Buffer.compare(first[1].rawPayload, again[1].rawPayload)).toBe(0);
    expect((await both('/documents/plan-van-aanpak')).pdf).toContain('Bewegen');

    // A new focus on its own is reason enough for a new version; new figures are not.
    const v2 = await t.services.cards.publish(lead);
    for (const text of Object.values(await both(`/card/versions/${v2.id}/documents/plan-van-aanpak`))) {
      expect(text).toContain('Waarom: Later gekozen.');
      expect(text).toContain('Er zijn nog geen CBS-cijfers in het wijkprofiel gezet.');
    }
    await t.services.profile.addEntry(lead, { kind: 'need', text: 'Nog een behoefte' });
    await expect(t.services.cards.publish(lead)).rejects.toMatchObject({ status: 409 });
  });
});
