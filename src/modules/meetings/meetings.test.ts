import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import { pdfLayout, pdfText } from '../../test/document-text.js';

const json = (res: { body: string }) => JSON.parse(res.body);
const dayFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A strict reading of an iCalendar file (RFC 5545): CRLF line ends only, no line over 75 octets,
 * folded lines unfold, every BEGIN has its END, and each property is NAME[;params]:value.
 */
function parseIcs(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  const raw = ics.slice(0, -2).split('\r\n');
  for (const line of raw) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  }
  const lines: string[] = [];
  for (const line of raw) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack: string[] = [];
  const events: Record<string, string>[] = [];
  const calendar: Record<string, string> = {};
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[A-Z-]+=[^;:]+)*):(.*)$/.exec(line);
    if (!m) throw new Error(`not a property: ${line}`);
    const [, name, params, value] = m;
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') events.push({});
    } else if (name === 'END') {
      expect(stack.pop()).toBe(value);
    } else if (stack.at(-1) === 'VEVENT') {
      events[events.length - 1][name + params] = value;
    } else calendar[name] = value;
  }
  expect(stack).toEqual([]);
  for (const e of events) {
    expect(e.UID).toBeTruthy();
    expect(e.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
  }
  return { calendar, events };
}

const unescape = (v: string) => v.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');

describe.each(dialects)('bijeenkomsten (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function world() {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const partner = await t.signIn('partner@voorbeeld.nl');
    const other = await t.signIn('andere-partner@voorbeeld.nl');
    const viewer = await t.signIn('meekijker@voorbeeld.nl');
    const outsider = await t.signIn('buiten@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    const partnerMember = await addMember(t, net.id, partner.user.id, 'partner');
    await addMember(t, net.id, other.user.id, 'partner');
    await addMember(t, net.id, viewer.user.id, 'meekijker');
    const ctx = await memberContext(t, net.id, lead.user.id);
    const school = await t.services.actors.create(ctx, {
      kind: 'organisation',
      name: 'Basisschool',
      domain: 'onderwijs',
    });
    const gp = await t.services.actors.create(ctx, { kind: 'organisation', name: 'Huisarts', domain: 'zorg' });
    const goal = await t.services.goals.createGoal(ctx, { title: 'Minder eenzaamheid' });
    const elsewhere = await t.services.networks.create(outsider.user, {
      name: 'Zuid',
      areaLevel: 'wijk',
      areaName: 'Zuid',
    });
    const foreignGoal = await t.services.goals.createGoal(await memberContext(t, elsewhere.id, outsider.user.id), {
      title: 'Geheim doel van Zuid',
    });
    const base = `/api/networks/${net.id}/meetings`;
    return { lead, partner, partnerMember, other, viewer, outsider, net, school, gp, goal, foreignGoal, base };
  }

  const plan = (days = 7) => ({
    title: 'Overleg voorjaar',
    date: dayFrom(days),
    startTime: '19:30',
    endTime: '21:00',
    place: 'Buurthuis De Schakel',
    videoUrl: 'https://meet.voorbeeld.nl/noord',
  });

  it('plans, edits with a version, refuses bad input and foreign ids, and keeps other networks out', async () => {
    const w = await world();
    const post = (cookie: string, payload: Record<string, unknown>) =>
      t.request({ method: 'POST', url: w.base, cookie, payload });

    expect((await post(w.viewer.cookie, plan())).statusCode).toBe(403);
    expect((await post(w.outsider.cookie, plan())).statusCode).toBe(404);
    const bad = async (payload: Record<string, unknown>, field: string) => {
      const res = await post(w.partner.cookie, payload);
      // 400 when the schema refuses it, 422 when the service does (a link to something not in this network).
      expect([400, 422], res.body).toContain(res.statusCode);
      expect(json(res).error.fields[field], res.body).toMatch(/[a-z]/);
    };
    await bad({ ...plan(), videoUrl: 'javascript:alert(1)' }, 'videoUrl');
    await bad({ ...plan(), videoUrl: 'meet punt nl' }, 'videoUrl');
    await bad({ ...plan(), startTime: '25:00' }, 'startTime');
    await bad({ ...plan(), endTime: '18:00' }, 'endTime');
    await bad({ ...plan(), title: 'a\u0000b' }, 'title');
    await bad({ ...plan(), agenda: [{ text: 'Doel van Zuid', goalId: w.foreignGoal.id }] }, 'agenda.0.goalId');
    await bad({ ...plan(), agenda: [{ text: 'Afspraak', agreementId: 'bestaat-niet' }] }, 'agenda.0.agreementId');
    const refused = await post(w.partner.cookie, {
      ...plan(),
      agenda: [{ text: 'Doel van Zuid', goalId: w.foreignGoal.id }],
    });
    expect(refused.body).not.toContain('Geheim doel van Zuid');

    const created = await post(w.partner.cookie, {
      ...plan(),
      agenda: [{ text: 'Hoe bereiken we ouderen?', goalId: w.goal.id }, { text: 'Rondvraag' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const m = json(created);
    expect(m).toMatchObject({
      title: 'Overleg voorjaar',
      status: 'planned',
      endTime: '21:00',
      plannedBy: { id: w.partnerMember },
      agenda: [{ text: 'Hoe bereiken we ouderen?', goalTitle: 'Minder eenzaamheid' }, { text: 'Rondvraag' }],
      version: 1,
    });
    // 19:30 in the Netherlands is 17:30 or 18:30 UTC, depending on summer time.
    expect(m.startsAt).toMatch(/T1[78]:30:00\.000Z$/);

    const patch = (cookie: string, payload: Record<string, unknown>) =>
      t.request({ method: 'PATCH', url: `${w.base}/${m.id}`, cookie, payload });
    expect((await patch(w.viewer.cookie, { title: 'Nee', version: 1 })).statusCode).toBe(403);
    const edited = await patch(w.other.cookie, { title: 'Overleg voorjaar (verzet)', startTime: '20:00', version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(json(edited)).toMatchObject({ title: 'Overleg voorjaar (verzet)', startTime: '20:00', version: 2 });
    const stale = await patch(w.partner.cookie, { title: 'Oud', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.code).toBe('version_conflict');
    expect(json(stale).error.current).toMatchObject({ title: 'Overleg voorjaar (verzet)', version: 2 });
    expect((await patch(w.partner.cookie, { presentActorIds: ['iemand-anders'], version: 2 })).statusCode).toBe(422);
    expect((await patch(w.partner.cookie, { presentMemberIds: ['iemand-anders'], version: 2 })).statusCode).toBe(422);

    // Another network's member sees nothing of it, by any route.
    for (const url of [`${w.base}/${m.id}`, `${w.base}/${m.id}/ics`, `${w.base}/${m.id}/minutes.pdf`, w.base]) {
      const res = await t.request({ method: 'GET', url, cookie: w.outsider.cookie });
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain('Overleg voorjaar');
    }

    // Cancel and delete: only who planned it or a kartrekker.
    const cancel = (cookie: string) => t.request({ method: 'POST', url: `${w.base}/${m.id}/cancel`, cookie });
    expect((await cancel(w.other.cookie)).statusCode).toBe(403);
    expect((await cancel(w.partner.cookie)).statusCode).toBe(200);
    expect((await cancel(w.partner.cookie)).statusCode).toBe(409);
    const decideOnCancelled = await t.request({
      method: 'POST',
      url: `${w.base}/${m.id}/decisions`,
      cookie: w.partner.cookie,
      payload: { text: 'Toch iets' },
    });
    expect(decideOnCancelled.statusCode).toBe(409);
    expect((await patch(w.partner.cookie, { notes: 'Na het afzeggen', version: 3 })).statusCode).toBe(409);
    const del = (cookie: string) => t.request({ method: 'DELETE', url: `${w.base}/${m.id}`, cookie });
    expect((await del(w.other.cookie)).statusCode).toBe(403);
    expect((await del(w.lead.cookie)).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `${w.base}/${m.id}`, cookie: w.lead.cookie })).statusCode).toBe(404);
  });

  it('invites through the mail, records who came, and turns decisions and actions into agreements and the action plan', async () => {
    const w = await world();
    const m = json(await t.request({ method: 'POST', url: w.base, cookie: w.partner.cookie, payload: plan() }));
    const invite = await t.request({ method: 'POST', url: `${w.base}/${m.id}/invite`, cookie: w.partner.cookie });
    expect(invite.statusCode, invite.body).toBe(200);
    expect(json(invite)).toEqual({ invited: 4 });
    const mail = t.lastMailTo('meekijker@voorbeeld.nl')!;
    expect(mail.subject).toBe('Uitnodiging: Overleg voorjaar (Noord)');
    expect(mail.text).toContain(`/api/networks/${w.net.id}/meetings/${m.id}/ics`);
    expect(mail.text).toContain(`/netwerken/${w.net.id}/verdiepen/bijeenkomsten/${m.id}`);
    expect(mail.text).toContain('Buurthuis De Schakel');

    const minutes = await t.request({
      method: 'PATCH',
      url: `${w.base}/${m.id}`,
      cookie: w.partner.cookie,
      payload: {
        presentMemberIds: [w.partnerMember],
        presentActorIds: [w.school.id],
        notes: 'Goed gesprek over de inloop.\nVolgende keer bij de school.',
        version: m.version,
      },
    });
    expect(minutes.statusCode, minutes.body).toBe(200);
    expect(json(minutes).presentActors).toEqual([{ id: w.school.id, name: 'Basisschool' }]);

    const decide = (payload: Record<string, unknown>, cookie = w.partner.cookie) =>
      t.request({ method: 'POST', url: `${w.base}/${m.id}/decisions`, cookie, payload });
    const absent = await decide({ text: 'De huisarts doet mee', decidedBy: [w.gp.id] });
    expect(absent.statusCode).toBe(422);
    expect(json(absent).error.fields.decidedBy).toMatch(/aanwezig/);
    expect((await decide({ text: 'Niet als meekijker' }, w.viewer.cookie)).statusCode).toBe(403);
    const review = dayFrom(90);
    const decided = await decide({
      text: 'We houden elke maand een inloopochtend in de school.',
      decidedBy: [w.school.id],
      reviewOn: review,
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const decision = json(decided).decisions[0];
    expect(decision).toMatchObject({ decidedBy: [{ id: w.school.id, name: 'Basisschool' }], reviewOn: review });

    const agreements = json(
      await t.request({ method: 'GET', url: `/api/networks/${w.net.id}/agreements`, cookie: w.viewer.cookie }),
    );
    const agreement = agreements.agreements.find((a: { id: string }) => a.id === decision.agreementId);
    expect(agreement).toMatchObject({
      title: 'We houden elke maand een inloopochtend in de school.',
      reviewOn: review,
      kind: 'overig',
      meeting: { id: m.id, title: 'Overleg voorjaar' },
    });
    expect(agreement.body).toContain('Besloten in de bijeenkomst "Overleg voorjaar"');

    const badAction = await t.request({
      method: 'POST',
      url: `${w.base}/${m.id}/actions`,
      cookie: w.partner.cookie,
      payload: { title: 'Flyer', goalId: w.foreignGoal.id },
    });
    expect(badAction.statusCode).toBe(422);
    const action = await t.request({
      method: 'POST',
      url: `${w.base}/${m.id}/actions`,
      cookie: w.partner.cookie,
      payload: { title: 'Flyer voor de inloop maken', dueOn: dayFrom(14), goalId: w.goal.id },
    });
    expect(action.statusCode, action.body).toBe(201);
    expect(json(action).actions).toMatchObject([{ title: 'Flyer voor de inloop maken', status: 'open' }]);
    const plan_ = json(
      await t.request({ method: 'GET', url: `/api/networks/${w.net.id}/actions`, cookie: w.viewer.cookie }),
    );
    expect(plan_.find((a: { title: string }) => a.title === 'Flyer voor de inloop maken')).toMatchObject({
      meetingId: m.id,
      goalId: w.goal.id,
    });

    const list = json(await t.request({ method: 'GET', url: w.base, cookie: w.viewer.cookie }));
    expect(list.meetings).toMatchObject([{ id: m.id, decisions: 1, actions: 1, status: 'planned' }]);

    // The step of the phase registry: a meeting with a decision.
    const progress = json(
      await t.request({
        method: 'GET',
        url: `/api/networks/${w.net.id}/progress?phase=verdiepen`,
        cookie: w.viewer.cookie,
      }),
    );
    const step = progress.phases
      .flatMap((p: { steps: { id: string }[] }) => p.steps)
      .find((s: { id: string }) => s.id === 'meetings');
    expect(step).toMatchObject({ status: 'done', route: 'verdiepen/bijeenkomsten' });

    // Cancelling tells those who were invited.
    const before = t.mails.length;
    await t.request({ method: 'POST', url: `${w.base}/${m.id}/cancel`, cookie: w.lead.cookie });
    expect(t.mails.slice(before).map((x) => x.subject)).toContain('Afgezegd: Overleg voorjaar (Noord)');
  });

  it('gives an .ics that a strict parser accepts, and puts meetings in the personal calendar feed', async () => {
    const w = await world();
    const m = json(
      await t.request({
        method: 'POST',
        url: w.base,
        cookie: w.partner.cookie,
        payload: {
          ...plan(),
          title: 'Overleg; met komma, en puntkomma',
          agenda: [{ text: 'Een heel lang agendapunt over de inloopochtend, de flyers en wie wat meeneemt' }],
        },
      }),
    );
    const res = await t.request({ method: 'GET', url: `${w.base}/${m.id}/ics`, cookie: w.viewer.cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const { calendar, events } = parseIcs(res.body);
    expect(calendar.VERSION).toBe('2.0');
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e.UID).toBe(`bijeenkomst-${m.id}@wijknet`);
    expect(unescape(e.SUMMARY)).toBe('Overleg; met komma, en puntkomma');
    expect(unescape(e.LOCATION)).toBe('Buurthuis De Schakel');
    expect(e.DTSTART).toBe(m.startsAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'));
    expect(e.DTEND).toBe(m.endsAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'));
    expect(unescape(e.DESCRIPTION)).toContain('1. Een heel lang agendapunt over de inloopochtend');
    // The same meeting gives the same file.
    expect((await t.request({ method: 'GET', url: `${w.base}/${m.id}/ics`, cookie: w.lead.cookie })).body).toBe(
      res.body,
    );

    const feed = json(await t.request({ method: 'POST', url: '/api/me/calendar', cookie: w.viewer.cookie }));
    const feedIcs = await t.request({ method: 'GET', url: new URL(feed.url).pathname });
    expect(feedIcs.statusCode).toBe(200);
    const parsed = parseIcs(feedIcs.body);
    expect(parsed.events.map((x) => x.UID)).toContain(`bijeenkomst-${m.id}@wijknet`);
    await t.request({ method: 'POST', url: `${w.base}/${m.id}/cancel`, cookie: w.partner.cookie });
    const afterCancel = parseIcs((await t.request({ method: 'GET', url: new URL(feed.url).pathname })).body);
    expect(afterCancel.events.map((x) => x.UID)).not.toContain(`bijeenkomst-${m.id}@wijknet`);
  });

  it('prints the minutes as a PDF that reads back and is the same for the same data', async () => {
    const w = await world();
    const ctx = await memberContext(t, w.net.id, w.partner.user.id);
    const m = await t.services.meetings.create(ctx, { ...plan(-2), agenda: [{ text: 'Terugblik op de zomer' }] });
    await t.services.meetings.update(ctx, m.id, {
      presentActorIds: [w.school.id],
      presentMemberIds: [w.partnerMember],
      notes: 'Iedereen was positief over de zomeractiviteiten.',
      version: m.version,
    });
    await t.services.meetings.decide(ctx, m.id, {
      text: 'We gaan door met de zomerweek.',
      decidedBy: [w.school.id],
      reviewOn: '2027-06-01',
    });
    await t.services.meetings.addAction(ctx, m.id, { title: 'Zaal reserveren', dueOn: '2027-05-01' });
    const url = `${w.base}/${m.id}/minutes.pdf`;
    const first = await t.request({ method: 'GET', url, cookie: w.viewer.cookie });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(first.rawPayload);
    for (const part of [
      'Verslag: Overleg voorjaar',
      'Noord',
      'Terugblik op de zomer',
      'Basisschool',
      'Iedereen was positief over de zomeractiviteiten.',
      'We gaan door met de zomerweek.',
      '1 juni 2027',
      'Zaal reserveren',
      '1 mei 2027',
    ])
      expect(text).toContain(part);
    const second = await t.request({ method: 'GET', url, cookie: w.lead.cookie });
    expect(Buffer.compare(first.rawPayload, second.rawPayload)).toBe(0);

    // Long words and long notes stay inside the printable area.
    const current = await t.services.meetings.get(ctx, m.id);
    await t.services.meetings.update(ctx, m.id, {
      notes: `${'Heelergroteonafgebrokenwoordzonderspaties'.repeat(8)}\n${'Een lange zin over de wijk. '.repeat(200)}`,
      version: current.version,
    });
    await t.services.meetings.decide(ctx, m.id, { text: 'Besluit'.repeat(60) });
    const long = await t.request({ method: 'GET', url, cookie: w.lead.cookie });
    const pages = await pdfLayout(long.rawPayload);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages)
      for (const item of p.items) {
        expect(item.x, item.text).toBeGreaterThanOrEqual(55);
        expect(item.x + item.width, item.text).toBeLessThanOrEqual(p.width - 55);
      }
  });

  it('shows one timeline of decisions, meetings, finished actions and closed scan rounds, filterable and without answers', async () => {
    const w = await world();
    const ctx = await memberContext(t, w.net.id, w.lead.user.id);
    const held = await t.services.meetings.create(ctx, { ...plan(-3), title: 'Startbijeenkomst' });
    const future = await t.services.meetings.create(ctx, { ...plan(10), title: 'Volgend overleg' });
    await t.services.meetings.update(ctx, held.id, { presentActorIds: [w.school.id], version: 1 });
    await t.services.meetings.decide(ctx, held.id, { text: 'We starten een inloop.', decidedBy: [w.school.id] });
    await t.services.meetings.addAction(ctx, held.id, { title: 'Sleutel regelen' });
    const actions = await t.services.actions.list(ctx, {});
    const key = actions.find((a) => a.title === 'Sleutel regelen')!;
    await t.services.actions.update(ctx, key.id, { status: 'klaar', version: key.version });
    await t.services.agreements.create(ctx, { kind: 'geld', title: 'Gezamenlijk budget' });
    const round = await t.services.scan.open(ctx, { instrumentId: 'wijknet-samenwerkingsscan', closesOn: dayFrom(7) });
    await t.services.scan.close(ctx, round.id);

    const get = async (query = '') => {
      const res = await t.request({
        method: 'GET',
        url: `/api/networks/${w.net.id}/timeline${query}`,
        cookie: w.viewer.cookie,
      });
      expect(res.statusCode, res.body).toBe(200);
      return json(res).entries as {
        kind: string;
        title: string;
        path: string;
        link: { tool: string; recordId: string };
      }[];
    };
    const all = await get();
    const kinds = all.map((e) => e.kind).sort();
    // The decision appears once (not again as the agreement it became); the future meeting is not history yet.
    expect(kinds).toEqual(['action_done', 'agreement', 'decision', 'meeting', 'scan_round'].sort());
    expect(all.find((e) => e.kind === 'meeting')).toMatchObject({
      title: 'Startbijeenkomst',
      link: { tool: 'meetings', recordId: held.id },
    });
    expect(all.find((e) => e.kind === 'decision')).toMatchObject({
      title: 'Basisschool besloot: We starten een inloop.',
      path: `verdiepen/bijeenkomsten/${held.id}`,
    });
    expect(all.find((e) => e.kind === 'scan_round')!.path).toBe(`verdiepen/scan/${round.id}`);
    expect(all.find((e) => e.kind === 'scan_round')!.title).toContain(round.label);
    expect(JSON.stringify(all)).not.toContain(future.id);
    // Newest first: the decisions and actions of today come before the meeting of three days ago.
    expect(all.at(-1)!.kind).toBe('meeting');

    expect((await get('?kinds=decision,meeting')).map((e) => e.kind).sort()).toEqual(['decision', 'meeting']);
    // An action opened again is no longer "finished" on the timeline.
    const done = (await t.services.actions.list(ctx, {})).find((a) => a.id === key.id)!;
    await t.services.actions.update(ctx, key.id, { status: 'bezig', version: done.version });
    expect(await get('?kinds=action_done')).toEqual([]);
    expect((await get(`?to=${dayFrom(-1)}`)).map((e) => e.kind)).toEqual(['meeting']);
    expect(await get(`?from=${dayFrom(1)}`)).toEqual([]);
    const english = await t.request({
      method: 'GET',
      url: `/api/networks/${w.net.id}/timeline?kinds=decision`,
      cookie: w.viewer.cookie,
      headers: { 'accept-language': 'en' },
    });
    expect(json(english).entries[0].title).toBe('Basisschool decided: We starten een inloop.');

    for (const query of ['?kinds=antwoord', `?from=${dayFrom(2)}&to=${dayFrom(1)}`, '?from=gisteren']) {
      const res = await t.request({
        method: 'GET',
        url: `/api/networks/${w.net.id}/timeline${query}`,
        cookie: w.viewer.cookie,
      });
      expect(res.statusCode, query).toBe(query.includes('&') ? 422 : 400);
      expect(Object.keys(json(res).error.fields ?? {}), query).toHaveLength(1);
    }
    const outsider = await t.request({
      method: 'GET',
      url: `/api/networks/${w.net.id}/timeline`,
      cookie: w.outsider.cookie,
    });
    expect(outsider.statusCode).toBe(404);
  });
});
