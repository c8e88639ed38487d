/**
 * "Akkoord van iedereen" (issue 10): a network of five partners where only two have an account.
 * The kartrekker gives consent for her own organisation, a partner for his; the library answers
 * a mailed personal link on a phone without an account; the kartrekker records the consent two
 * partners gave elsewhere (on paper, in a meeting). The version is then complete, and the PDF read
 * back says how each consent was given. Every page passes axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { pdfText } from '../src/test/document-text.js';
import {
  api,
  axeViolations,
  isVisible,
  launchBrowser,
  newContext,
  newPage,
  PHONE,
  settled,
  signIn,
  startServer,
  waitForMail,
  type Server,
} from './helpers.js';

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('consent from every partner', () => {
  it('two partners with an account, one by personal link, two recorded: complete, and the PDF says how', async () => {
    const lead = await newPage(await newContext(browser));
    await lead.page.goto(`${server.url}/inloggen`);
    await signIn(lead.page, server, 'kim@akkoord.test');
    const network = await api(lead.page, 'POST', '/api/networks', {
      name: 'Akkoord Oost',
      areaLevel: 'wijk',
      areaName: 'Oost',
    });
    const n = `/api/networks/${network.id}`;
    await api(lead.page, 'POST', `${n}/actors`, {
      kind: 'organisation',
      name: 'Buurthuis',
      domain: 'welzijn',
      ownOrganisation: true,
    });
    for (const [name, email] of [
      ['Bibliotheek', 'bieb@akkoord.test'],
      ['Huisartsen', 'praktijk@akkoord.test'],
      ['Woningcorporatie', 'woon@akkoord.test'],
    ])
      await api(lead.page, 'POST', `${n}/actors`, {
        kind: 'organisation',
        name,
        domain: 'welzijn',
        contactEmail: email,
      });

    // Piet joins by invitation and adds his own organisation.
    await api(lead.page, 'POST', `${n}/invitations`, { role: 'partner', email: 'piet@akkoord.test' });
    const invitation = await waitForMail(server.dataDir, 'piet@akkoord.test', /Uitnodiging/);
    const token = invitation.links
      .find((l) => l.includes('/uitnodiging/'))!
      .split('/')
      .pop()!;
    const piet = await newPage(await newContext(browser));
    await piet.page.goto(`${server.url}/inloggen`);
    await signIn(piet.page, server, 'piet@akkoord.test');
    await api(piet.page, 'POST', `/api/invitations/${token}/accept`);
    await api(piet.page, 'POST', `${n}/actors`, {
      kind: 'organisation',
      name: 'Sportclub',
      domain: 'overig',
      ownOrganisation: true,
    });

    await api(lead.page, 'POST', `${n}/card/joint`, { column: 'waarden', text: 'Iedereen doet mee.' });
    const version = await api(lead.page, 'POST', `${n}/card/versions`);
    expect(version.consents).toHaveLength(5);

    // The kartrekker: her own consent, then "Vraag akkoord" for the library.
    const card = `${server.url}/netwerken/${network.id}/vormgeven/kaart`;
    await lead.page.goto(card);
    await settled(lead.page);
    await lead.page.getByRole('button', { name: 'Akkoord geven namens Buurthuis' }).click();
    await isVisible(lead.page.getByText('Je hebt akkoord gegeven namens Buurthuis.'));
    await lead.page.getByRole('button', { name: 'Vraag akkoord aan Bibliotheek' }).click();
    await isVisible(lead.page.getByText('De mail met de persoonlijke link is verstuurd naar Bibliotheek.'));

    // The library answers on a phone, without an account.
    const mail = await waitForMail(server.dataDir, 'bieb@akkoord.test', /akkoord/i);
    expect(mail.text).toContain('Ik wil geen mail meer via Wijknet');
    const link = mail.links.find((l) => l.includes('/akkoord/'))!;
    const phone = await newPage(await newContext(browser, PHONE));
    await phone.page.goto(link);
    await settled(phone.page);
    await isVisible(phone.page.getByText('Iedereen doet mee.'));
    expect(await axeViolations(phone.page)).toEqual([]);
    await phone.page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await isVisible(phone.page.getByText('Kies akkoord of niet akkoord.').first());
    await phone.page.getByRole('radio', { name: 'Ja, akkoord' }).check();
    await phone.page.getByLabel('Je naam').fill('Els Jansen');
    await phone.page.getByLabel('Je functie bij Bibliotheek (mag leeg)').fill('directeur');
    await phone.page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await isVisible(
      phone.page.getByText('Dank je wel. Het akkoord van Bibliotheek staat nu bij versie 1 van de kaart.'),
    );
    expect(await axeViolations(phone.page)).toEqual([]);
    // A second visit: the link is used up, and says so.
    await phone.page.goto(link);
    await settled(phone.page);
    await isVisible(phone.page.getByText(/Met deze link is al geantwoord/));
    expect(await axeViolations(phone.page)).toEqual([]);
    expect(phone.problems.list).toEqual([]);

    // Piet gives consent for his organisation.
    await piet.page.goto(card);
    await settled(piet.page);
    await piet.page.getByRole('button', { name: 'Akkoord geven namens Sportclub' }).click();
    await isVisible(piet.page.getByText('Je hebt akkoord gegeven namens Sportclub.'));

    // The kartrekker records the two given elsewhere.
    await lead.page.reload();
    await settled(lead.page);
    const record = lead.page.getByRole('region', { name: 'Akkoord vastleggen dat buiten Wijknet is gegeven' });
    for (const [partner, name, role, how] of [
      ['Huisartsen', 'Dr. Bos', 'praktijkhouder', 'buiten Wijknet: op papier ondertekend'],
      ['Woningcorporatie', 'Kees de Vries', '', 'buiten Wijknet: in een overleg'],
    ]) {
      await record.getByLabel('Partner').selectOption({ label: partner });
      await record.getByLabel('Naam van wie akkoord gaf').fill(name);
      await record.getByLabel('Functie (mag leeg)').fill(role);
      await record.getByLabel('Hoe is het akkoord gegeven?').selectOption({ label: how });
      await record.getByRole('button', { name: 'Akkoord vastleggen' }).click();
      await isVisible(lead.page.getByText(`Het akkoord van ${partner} is vastgelegd.`));
    }
    await isVisible(lead.page.getByText('Alle partners hebben akkoord gegeven.').first());
    expect(await axeViolations(lead.page)).toEqual([]);
    const notice = await waitForMail(server.dataDir, 'praktijk@akkoord.test', /vastgelegd/);
    expect(notice.text).toContain('Klopt dit niet? Laat het weten');

    // The samenwerkingsovereenkomst of the version, read back.
    const res = await lead.page
      .context()
      .request.get(`${server.url}${n}/card/versions/${version.id}/documents/samenwerkingsovereenkomst.pdf`);
    expect(res.status()).toBe(200);
    const text = (await pdfText(await res.body())).replace(/\s+/g, ' ');
    for (const words of [
      'Online in Wijknet',
      'Online via persoonlijke link',
      'Els Jansen (directeur)',
      'Buiten Wijknet: op papier ondertekend',
      'Dr. Bos (praktijkhouder)',
      'Buiten Wijknet: in een overleg',
      'Kees de Vries',
    ])
      expect(text).toContain(words);
    expect(text).not.toContain('nog geen akkoord');

    // A changed contact address is confirmed by its owner on a phone, with the button.
    const partners = await api<{ id: string; name: string; version: number }[]>(lead.page, 'GET', `${n}/actors`);
    const woon = partners.find((p) => p.name === 'Woningcorporatie')!;
    await api(lead.page, 'PATCH', `${n}/actors/${woon.id}`, {
      contactEmail: 'nieuw@akkoord.test',
      version: woon.version,
    });
    const confirmation = await waitForMail(server.dataDir, 'nieuw@akkoord.test', /e-mailadres/);
    await phone.page.goto(confirmation.links.find((l) => l.includes('/adres-bevestigen#token='))!);
    await settled(phone.page);
    expect(await axeViolations(phone.page)).toEqual([]);
    await phone.page.getByRole('button', { name: 'Ja, dit adres klopt' }).click();
    await isVisible(phone.page.getByText('Dank je wel. Het adres van Woningcorporatie is bevestigd.'));

    // "Ik wil geen mail meer via Wijknet", from the bottom of the library's mail.
    await phone.page.goto(mail.links.find((l) => l.includes('/geen-mail#token='))!);
    await settled(phone.page);
    expect(await axeViolations(phone.page)).toEqual([]);
    await phone.page.getByRole('button', { name: 'Ik wil geen mail meer via Wijknet' }).click();
    await isVisible(phone.page.getByText('Klaar. Je krijgt geen mail meer via Wijknet.'));
    expect(phone.problems.list).toEqual([]);

    expect(lead.problems.list).toEqual([]);
    expect(piet.problems.list).toEqual([]);
  });
});
