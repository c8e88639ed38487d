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
    networkId = (await t.services.networks.create(leadUser, { name: 'Dementievriendelijk Oost', areaLevel: 'wijk', areaName: 'Oost' })).id;
    await addMember(t, networkId, partnerUser.id, 'partner');
    lead = await memberContext(t, networkId, leadUser.id);
    const actor = await t.services.actors.create(lead, { kind: 'organisation', name: 'Zorgcentrum Café Één', domain: 'zorg' });
    await t.deps.db.updateTable('members').set({ actor_id: actor.id }).where('network_id', '=', networkId).where('user_id', '=', partnerUser.id).execute();
    partner = await memberContext(t, networkId, partnerUser.id);
    cookie = await sessionFor(t, leadUser.id);
    await t.services.goals.createGoal(lead, { title: 'Mensen met dementie en mantelzorgers ontmoeten elkaar', indicator: 'Deelnemers per maand', targetValue: '30' });
    await t.services.agreements.create(lead, { kind: 'geld', title: 'Bijdragen', details: { contributions: [{ party: 'Gemeente', amount: 1234.5 }] }, reviewOn: '2027-11-29' });
    await t.services.actions.create(lead, { title: 'Zaal regelen', dueOn: '2027-01-15' });
    await t.services.cards.addJoint(lead, { column: 'waarden', text: 'iedereen zich welkom voelt, ook wie vergeetachtig is' });
  });
  afterAll(() => t?.close());

  it('makes PDF and Word of a version with version, date and each partner’s consent; the same version gives the same bytes after later edits', async () => {
    const v1 = await t.services.cards.publish(lead);
    await t.services.cards.consent(partner, v1.id);

    const pdf1 = await get(`/card/versions/${v1.id}/documents/samenwerkingsovereenkomst.pdf`);
    expect(pdf1.statusCode, pdf1.body).toBe(200);
    expect(pdf1.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf1.rawPayload);
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
    expect(pdfText(pdf2.rawPayload)).not.toContain('een later toegevoegd punt');
  });

  it('marks drafts from current data as draft', async () => {
    const pdf = await get('/documents/plan-van-aanpak.pdf');
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('CONCEPT');
    expect(text).toContain('een later toegevoegd punt');
    const docx = await docxText((await get('/documents/samenwerkingsovereenkomst.docx')).rawPayload);
    expect(docx).toContain('CONCEPT');
    expect((await get('/documents/begroting.xlsx')).statusCode).toBe(400);
  });
});
