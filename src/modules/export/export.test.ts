import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/harness.js';
import { CBS_FILE } from '../../test/profile-fixtures.js';
import type { Dialect } from '../../db/index.js';
import { newId, nowIso } from '../../core/crypto.js';
import { AppError } from '../../core/errors.js';
import { sendDueReminders } from '../../jobs/reminders.js';
import { importCommand } from '../../cli/import.js';
import type { NetworkExport } from './schemas.js';
import { NETWORK_TABLES, NOT_NETWORK_DATA, SECTION_TABLES } from './tables.js';

const json = <T>(res: { body: string }): T => JSON.parse(res.body) as T;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } };
}

type Person = { cookie: string; user: { id: string } };

/** A request that must succeed: a fixture that silently fails would leave a table empty. */
async function ok<T = unknown>(
  t: TestApp,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  who: Person | null,
  payload?: unknown,
  headers?: Record<string, string>,
): Promise<T> {
  const res = await t.request({ method, url, cookie: who?.cookie, payload: payload as object | undefined, headers });
  if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode}: ${res.body}`);
  return (res.body ? JSON.parse(res.body) : undefined) as T;
}

/** A network with members, partners, a relation and invitations (the camelCase sections). */
async function filledNetwork(t: TestApp) {
  const kim = await t.signIn('kim@voorbeeld.nl');
  await t.request({ method: 'PATCH', url: '/api/me', cookie: kim.cookie, payload: { name: 'Kim' } });
  const network = json<{ id: string; version: number }>(
    await t.request({
      method: 'POST',
      url: '/api/networks',
      cookie: kim.cookie,
      payload: { name: 'Wijknetwerk Zuid', areaLevel: 'wijk', areaName: 'Zuid', population: 8100 },
    }),
  );
  await t.request({
    method: 'PATCH',
    url: `/api/networks/${network.id}`,
    cookie: kim.cookie,
    payload: {
      vision: 'Niemand staat er alleen voor.',
      focusThemes: ['eenzaamheid', 'armoede'],
      version: network.version,
    },
  });
  const actors: { id: string }[] = [];
  for (const [name, domain] of [
    ['Buurthuis', 'welzijn'],
    ['Huisartsenpraktijk', 'zorg'],
    ['Woningcorporatie', 'wonen'],
  ]) {
    actors.push(
      json(
        await t.request({
          method: 'POST',
          url: `/api/networks/${network.id}/actors`,
          cookie: kim.cookie,
          payload: { kind: 'organisation', name, domain, themes: ['ontmoeten'], contactEmail: 'info@voorbeeld.nl' },
        }),
      ),
    );
  }
  const join = async (email: string, role: 'partner' | 'meekijker') => {
    await t.request({
      method: 'POST',
      url: `/api/networks/${network.id}/invitations`,
      cookie: kim.cookie,
      payload: { role, email },
    });
    const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(t.lastMailTo(email)!.text)![1];
    const person = await t.signIn(email);
    await t.request({ method: 'POST', url: `/api/invitations/${token}/accept`, cookie: person.cookie });
    return person;
  };
  const lotte = await join('lotte@voorbeeld.nl', 'partner');
  const members = json<{ id: string; userId: string; version: number }[]>(
    await t.request({ method: 'GET', url: `/api/networks/${network.id}/members`, cookie: lotte.cookie }),
  );
  const mine = members.find((m) => m.userId === lotte.user.id)!;
  const asked = json<{ id: string }>(
    await t.request({
      method: 'POST',
      url: `/api/networks/${network.id}/representation/requests`,
      cookie: lotte.cookie,
      payload: { actorId: actors[0].id },
    }),
  );
  await t.request({
    method: 'POST',
    url: `/api/networks/${network.id}/representation/requests/${asked.id}/decision`,
    cookie: kim.cookie,
    payload: { confirm: true },
  });
  await t.request({
    method: 'POST',
    url: `/api/networks/${network.id}/invitations`,
    cookie: kim.cookie,
    payload: { role: 'meekijker' },
  });
  const [a, b] = [actors[0].id, actors[1].id].sort();
  const now = nowIso();
  await t.deps.db
    .insertInto('relations')
    .values({
      id: newId(),
      network_id: network.id,
      actor_a_id: a,
      actor_b_id: b,
      kind: 'samenwerking',
      frequency: 'maandelijks',
      quality: 4,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  const kimMemberId = members.find((m) => m.userId === kim.user.id)!.id;
  return {
    kim,
    lotte,
    networkId: network.id,
    actorIds: actors.map((x) => x.id),
    kimMemberId,
    lotteMemberId: mine.id,
    join,
  };
}

type Filled = Awaited<ReturnType<typeof filledNetwork>>;

/**
 * Puts rows in every table of NETWORK_TABLES through the real API (the payloads of the route
 * fixtures): ladders, goals, card, leads, agreements, actions, reminders, werksessies, wijkprofiel,
 * focus, snapshots, who-is-who. Leaves one werksessie open (with a guest) and one ended.
 */
async function fillEverything(t: TestApp, f: Filled) {
  const { kim, lotte, networkId } = f;
  const n = `/api/networks/${networkId}`;
  // Verkennen
  await ok(t, 'POST', `${n}/snapshots`, kim, { label: 'Start van het netwerk', takenOn: '2026-01-15' });
  const checklist = await ok<{ functions: { id: string; version: number }[] }>(t, 'GET', `${n}/functions`, kim);
  await ok(t, 'PATCH', `${n}/functions/${checklist.functions[0].id}`, kim, {
    name: 'Wijkteam Centrum',
    searchQuery: 'wijkteam',
    actorIds: [f.actorIds[0]],
    version: checklist.functions[0].version,
  });
  // Vormgeven
  const ladder = await ok<{ id: string }>(t, 'POST', `${n}/ladders`, lotte, {
    memberId: f.lotteMemberId,
    activity: 'Een dementiecafé',
    steps: ['Zodat mensen met dementie en mantelzorgers elkaar treffen', 'Zodat ze steun aan elkaar hebben'],
    goal: 'Mensen met dementie en hun mantelzorgers met elkaar in contact brengen',
    targetGroups: ['mensen met dementie', 'mantelzorgers'],
    themes: ['ontmoeten'],
    healthDimensions: ['meedoen'],
  });
  await ok(t, 'POST', `${n}/vocabulary`, lotte, { kind: 'targetGroup', label: 'statushouders' });
  const goal = await ok<{ id: string }>(t, 'POST', `${n}/goals`, kim, {
    title: 'Mensen met dementie en mantelzorgers ontmoeten elkaar',
    description: 'Elke maand een plek om elkaar te treffen.',
    indicator: 'Aantal deelnemers per maand',
    targetValue: '30 per maand in 2027',
    ladderIds: [ladder.id],
    position: 0,
  });
  await ok(t, 'PUT', `${n}/card/mode`, kim, { mode: 'short', version: 1 });
  const item = await ok<{ id: string }>(t, 'POST', `${n}/card/personal`, lotte, {
    column: 'waarden',
    text: 'Mensen met dementie voelen zich welkom.',
    position: 0,
  });
  await ok(t, 'POST', `${n}/card/joint`, kim, {
    column: 'waarden',
    text: 'Iedereen doet mee, ook wie weinig praat.',
    sourceItemIds: [item.id],
    position: 0,
  });
  await ok(t, 'PUT', `${n}/leads/${f.kimMemberId}`, kim, {
    hoursPerWeek: 8.5,
    mandate: 'Beslist over uitgaven tot € 500.',
    supportedBy: 'Teamleider welzijn',
    paidBy: 'Gemeente',
    deputyMemberId: f.lotteMemberId,
  });
  await ok(t, 'POST', `${n}/agreements`, kim, {
    kind: 'geld',
    title: 'Bijdragen en gezamenlijk budget',
    body: 'Elke partner draagt bij naar vermogen.',
    decisionRule: 'consent',
    details: {
      responsibilities: [
        {
          subject: 'Dementiecafé',
          goalId: null,
          decides: 'Kartrekker',
          does: 'Zorgcentrum',
          consulted: 'Wandelclub',
          informed: 'Gemeente',
        },
      ],
      contributions: [{ party: 'Gemeente', actorId: null, amount: 5000, inKind: 'Een zaal' }],
      pooledBudget: { amount: 12000, rules: 'Uitgaven boven € 500 beslissen we samen.' },
    },
    reviewOn: '2027-06-01',
  });
  // Published after what the card shows (goals, kartrekker, agreements), so it is not "changed since".
  const version = await ok<{ id: string }>(t, 'POST', `${n}/card/versions`, kim);
  await ok(t, 'POST', `${n}/card/versions/${version.id}/consent`, lotte);
  // A partner without an account is asked through a personal link (0020_consent).
  await ok(t, 'POST', `${n}/card/versions/${version.id}/consent-requests`, kim, { actorId: f.actorIds[1] });
  await ok(t, 'POST', `${n}/actions`, lotte, {
    title: 'Zaal regelen voor het dementiecafé',
    description: 'Vraag het buurthuis.',
    ownerMemberId: f.lotteMemberId,
    actorId: f.actorIds[0],
    goalId: goal.id,
    dueOn: '2027-02-01',
    status: 'bezig',
    planYear: 2027,
  });
  await ok(t, 'PUT', `${n}/progress/marks/relatiecheck`, kim, { reason: 'We kennen elkaar al jaren.' });
  // A meeting with who came, a decision (it becomes an agreement too) and an action made in it.
  const meeting = await ok<{ id: string; version: number }>(t, 'POST', `${n}/meetings`, kim, {
    title: 'Overleg over het dementiecafé',
    date: '2026-11-20',
    startTime: '19:30',
    endTime: '21:00',
    place: 'Buurthuis',
    agenda: [{ text: 'Hoe gaat het café?', goalId: goal.id }],
  });
  await ok(t, 'PATCH', `${n}/meetings/${meeting.id}`, kim, {
    presentMemberIds: [f.kimMemberId, f.lotteMemberId],
    presentActorIds: [f.actorIds[0]],
    notes: 'Het café loopt goed.',
    version: meeting.version,
  });
  await ok(t, 'POST', `${n}/meetings/${meeting.id}/decisions`, kim, {
    text: 'Het café komt elke maand.',
    decidedBy: [f.actorIds[0]],
  });
  await ok(t, 'POST', `${n}/meetings/${meeting.id}/actions`, lotte, { title: 'Koffie regelen' });
  // Reminders: the action to Lotte, the agreement's review to Kim.
  expect((await sendDueReminders(t.deps, '2027-01-30')).sent).toBeGreaterThan(0);
  expect((await sendDueReminders(t.deps, '2027-05-30')).sent).toBeGreaterThan(0);
  // Werksessies: a vote (ended, with a guest's vote) and an ideas session (open, with answers).
  const vote = await ok<{ id: string; code: string }>(t, 'POST', `${n}/sessions`, kim, {
    kind: 'vote',
    title: 'Waar richten we ons op?',
    questions: ['Waar kiezen we voor?'],
    options: ['Eenzaamheid', 'Bewegen'],
    moderated: true,
    allowAnonymous: true,
  });
  const voter = await ok<{ token: string }>(t, 'POST', '/api/sessie/join', null, { code: vote.code, name: 'Fatima' });
  await ok(t, 'PUT', '/api/sessie/vote', null, { option: 1 }, { 'x-guest-token': voter.token });
  await ok(t, 'POST', `${n}/sessions/${vote.id}/end`, kim);
  const ideas = await ok<{ id: string; code: string }>(t, 'POST', `${n}/sessions`, kim, {
    kind: 'ideas',
    title: 'Ideeën',
    questions: ['Wat kunnen we samen doen?'],
    moderated: false,
    allowAnonymous: false,
  });
  const guest = await ok<{ token: string }>(t, 'POST', '/api/sessie/join', null, { code: ideas.code, name: 'Henk' });
  await ok(
    t,
    'POST',
    '/api/sessie/answers',
    null,
    { questionIndex: 0, text: 'Een repair café' },
    { 'x-guest-token': guest.token },
  );
  await ok(t, 'POST', `${n}/sessions/${ideas.id}/answers`, kim, { questionIndex: 0, text: 'Samen koken', name: 'Ans' });
  // Wijkprofiel
  await ok(t, 'POST', `${n}/profile/cbs`, lotte, { ...CBS_FILE, regionCodes: ['WK190001', 'GM1900'], year: 2024 });
  await ok(t, 'POST', `${n}/profile/indicators`, lotte, {
    name: 'Eenzaamheid 65+',
    value: 48.5,
    unit: '%',
    source: 'GGD Gezondheidsmonitor',
    measuredOn: '2024-10-01',
    regionCode: 'WK190001',
  });
  await ok(t, 'POST', `${n}/profile/entries`, lotte, {
    kind: 'need',
    text: 'Ouderen missen een plek om koffie te drinken',
    source: 'bewonersavond',
    notedOn: '2026-11-01',
  });
  // Focus
  const candidate = await ok<{ id: string }>(t, 'POST', `${n}/focus/candidates`, lotte, {
    theme: 'mantelzorg',
    description: 'Steun voor mantelzorgers',
  });
  await ok(t, 'PUT', `${n}/focus/candidates/${candidate.id}/votes`, kim, {
    scores: { bewoners: 4, professionals: 3, gemeente: 2, financiers: null },
  });
  await ok(t, 'POST', `${n}/focus/decisions`, kim, {
    candidateIds: [candidate.id],
    reasons: 'Bewoners en professionals zien er veel draagvlak voor.',
  });
  // Verankeren: the price list (copied on first view), a model linked to the goal, a saved version.
  const prices = await ok<{ items: { id: string; version: number }[] }>(t, 'GET', `${n}/prices`, kim);
  await ok(t, 'PATCH', `${n}/prices/${prices.items[0].id}`, lotte, {
    price: 42.5,
    priceYear: 2024,
    version: prices.items[0].version,
  });
  const model = await ok<{ id: string }>(t, 'POST', `${n}/effect-models`, lotte, {
    name: 'Dementiecafé',
    model: {
      discountRate: 0.0225,
      inputs: [
        { stakeholder: 'Gemeente', year: 1, amount: 5000 },
        { stakeholder: 'Zorgcentrum', year: 1, hours: 100, rate: 55, sources: { rate: 'Cao' } },
      ],
      outcomes: [
        {
          name: 'Minder eenzaamheid',
          quantity: 30,
          proxy: 400,
          deadweight: 0.2,
          displacement: 0,
          attribution: 0.3,
          dropoff: 0.2,
          duration: 3,
          beneficiaries: { Gemeente: 0.4, Zorgverzekeraar: 0.6 },
          goalId: goal.id,
          indicator: 'Aantal deelnemers per maand',
          priceItemId: prices.items[0].id,
          low: { proxy: 300 },
          high: { proxy: 500 },
        },
      ],
    },
  });
  await ok(t, 'POST', `${n}/effect-models/${model.id}/versions`, kim);
  // Casusmethode (a line priced from the list, one with an own amount) and borging (a partner owns a point).
  await ok(t, 'POST', `${n}/cases`, lotte, {
    name: 'Mevrouw A',
    resident: 'Een vrouw van 82 die alleen woont.',
    residents: 20,
    lines: [
      {
        timeline: 'reference',
        label: 'Huisarts',
        kind: 'event',
        year: 1,
        priceItemId: prices.items[0].id,
        quantity: 4,
      },
      {
        timeline: 'approach',
        label: 'Buurtcoach',
        kind: 'activity',
        year: 1,
        month: 2,
        ownPrice: 55.5,
        note: 'Tarief 2025',
        quantity: 10,
        payer: 'gemeente',
      },
    ],
  });
  const continuity = await ok<{ items: { id: string; version: number }[] }>(t, 'GET', `${n}/continuity`, kim);
  await ok(t, 'PATCH', `${n}/continuity/${continuity.items[0].id}`, kim, {
    status: 'bezig',
    ownerActorId: f.actorIds[0],
    dueOn: '2027-01-31',
    version: continuity.items[0].version,
  });
  // Resultaten: the public page on with the model's headline, one partner named with consent.
  await ok(t, 'PUT', `${n}/results`, kim, {
    enabled: true,
    fields: { ambition: true, goals: true, done: true, effects: true },
    modelId: model.id,
    versionNumber: 1,
    indexable: false,
    version: 1,
  });
  await ok(t, 'PUT', `${n}/results/partners/${f.actorIds[0]}`, kim, { named: true });
  // Samenwerkingsscan: a closed round with two anonymous answers.
  const round = await ok<{ id: string }>(t, 'POST', `${n}/scan/rounds`, kim, {
    instrumentId: 'wijknet-samenwerkingsscan',
    closesOn: '2099-12-31',
  });
  for (const who of [kim, lotte]) {
    const { link } = await ok<{ link: string }>(t, 'POST', `${n}/scan/rounds/${round.id}/link`, who);
    await ok(t, 'POST', `/api/scan/${link.split('/').pop()}`, null, { answers: { 'trust-1': 4, 'trust-2': 3 } });
  }
  await ok(t, 'POST', `${n}/scan/rounds/${round.id}/close`, kim);
  await ok(t, 'POST', `${n}/relation-check/rounds`, kim, { closesOn: '2099-12-31' });
  return { openCode: ideas.code, guestToken: guest.token };
}

const comparable = (e: NetworkExport) => ({ ...e, exportedAt: undefined });

function writeFile(dirs: string[], body: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-export-'));
  dirs.push(dir);
  const file = path.join(dir, 'netwerk.json');
  fs.writeFileSync(file, body);
  return file;
}

async function importFails(t: TestApp, data: unknown): Promise<AppError> {
  const err = await t.services.export.importNetwork(data).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).status).toBe(422);
  return err as AppError;
}

/** Tables, columns and foreign keys as the database itself has them. */
async function catalogue(t: TestApp, dialect: Dialect) {
  const db = t.deps.db;
  if (dialect === 'sqlite') {
    const tables = (
      await sql<{
        name: string;
      }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
    ).rows.map((r) => r.name);
    const columns = async (table: string) =>
      (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)).rows.map((r) => r.name);
    const foreignKeys = async (table: string) =>
      (
        await sql<{
          from: string;
          table: string;
        }>`select "from", "table" from pragma_foreign_key_list(${table})`.execute(db)
      ).rows.map((r) => ({ column: r.from, references: r.table }));
    return { tables, columns, foreignKeys };
  }
  const tables = (
    await sql<{
      table_name: string;
    }>`select table_name from information_schema.tables where table_schema = current_schema()`.execute(db)
  ).rows.map((r) => r.table_name);
  const columns = async (table: string) =>
    (
      await sql<{
        column_name: string;
      }>`select column_name from information_schema.columns where table_schema = current_schema() and table_name = ${table}`.execute(
        db,
      )
    ).rows.map((r) => r.column_name);
  const foreignKeys = async (table: string) =>
    (
      await sql<{ column_name: string; references: string }>`
        select kcu.column_name, ccu.table_name as references
        from information_schema.table_constraints tc
        join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
        join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
        where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema() and tc.table_name = ${table}`.execute(
        db,
      )
    ).rows.map((r) => ({ column: r.column_name, references: r.references }));
  return { tables, columns, foreignKeys };
}

/** Columns named like a person reference that hold free text (who supports or pays the kartrekker). */
const FREE_TEXT = ['lead_appointments.supported_by', 'lead_appointments.paid_by'];

describe.each(dialects)('network export and import (%s)', (dialect) => {
  const apps: TestApp[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.close();
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const app = async () => {
    const a = await createTestApp(dialect);
    apps.push(a);
    return a;
  };

  it('round trip: export, import into a fresh installation, export again gives the same network', async () => {
    const a = await app();
    const filled = await filledNetwork(a);
    const { kim, networkId } = filled;
    const live = await fillEverything(a, filled);
    const res = await a.request({ method: 'GET', url: `/api/networks/${networkId}/export`, cookie: kim.cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="wijknet-netwerk-/);
    const exported = json<NetworkExport>(res);
    expect(exported).toMatchObject({ format: 'wijknet-netwerk', formatVersion: 2 });
    expect(exported.members.map((m) => m.email).sort()).toEqual(['kim@voorbeeld.nl', 'lotte@voorbeeld.nl']);
    expect(exported.actors).toHaveLength(3);
    expect(exported.relations).toHaveLength(1);
    expect(exported.invitations).toHaveLength(2);
    expect(exported.audit.length).toBeGreaterThan(5);
    expect(exported).not.toHaveProperty('workSessions');
    // Every network table has rows, so the round trip below covers them all.
    for (const spec of NETWORK_TABLES)
      expect(exported.tables?.[spec.table]?.length ?? 0, spec.table).toBeGreaterThan(0);
    // Values are the same on both databases: flags as booleans, numbers as numbers.
    const ideas = exported.tables!.work_sessions!.find((s) => s.kind === 'ideas')!;
    expect(ideas).toMatchObject({ moderated: false, allow_anonymous: false, status: 'open' });
    expect(exported.tables!.lead_appointments![0].hours_per_week).toBe(8.5);
    // Secrets never leave: no hashes, no join code.
    expect(res.body).not.toMatch(/token_hash|tokenHash|code_hash|secret_hash/);
    expect(ideas).not.toHaveProperty('code');
    expect(res.body).not.toContain(live.openCode);
    const oldGuestHashes = (await a.deps.db.selectFrom('session_guests').select('token_hash').execute()).map(
      (g) => g.token_hash,
    );
    for (const h of oldGuestHashes) expect(res.body).not.toContain(h);

    const file = writeFile(dirs, res.body);
    // One installation at a time: Kysely's migrator looks for its tables in every PostgreSQL schema.
    await apps.shift()!.close();
    const b = await app();
    const { out, io } = capture();
    expect(await importCommand(b.deps, file, io)).toBe(0);
    expect(out.stdout).toContain('Wijknetwerk Zuid');
    expect(out.stdout).toMatch(/Verder ingelezen: .*waaromladders 1.*werksessies 2/);
    expect(out.stdout).toMatch(
      /agenda-adressen en de codes en telefoons van werksessies uit de oude installatie werken hier niet/,
    );
    const again = await b.services.export.exportById(networkId);
    expect(comparable(again)).toEqual(comparable(exported));

    // Fresh secrets: the old guest phone and the old join code do not work here; the open session has a new code.
    const guests = await b.deps.db.selectFrom('session_guests').select('token_hash').execute();
    expect(guests).toHaveLength(oldGuestHashes.length);
    for (const g of guests) expect(oldGuestHashes).not.toContain(g.token_hash);
    expect(
      (await b.request({ method: 'GET', url: '/api/sessie/state', headers: { 'x-guest-token': live.guestToken } }))
        .statusCode,
    ).toBe(401);
    const sessions = await b.deps.db.selectFrom('work_sessions').select(['kind', 'status', 'code']).execute();
    const open = sessions.find((s) => s.kind === 'ideas')!;
    expect(open.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(open.code).not.toBe(live.openCode);
    expect(sessions.find((s) => s.kind === 'vote')!.code).toBeNull();
    const newGuest = await b.request({
      method: 'POST',
      url: '/api/sessie/join',
      payload: { code: open.code, name: 'Nieuw' },
    });
    expect(newGuest.statusCode).toBe(200);

    // The people can sign in on the new installation and work in their network.
    const kimThere = await b.signIn('kim@voorbeeld.nl');
    const lotteThere = await b.signIn('lotte@voorbeeld.nl');
    const n = `/api/networks/${networkId}`;
    const overview = await ok<{ network: { name: string } }>(b, 'GET', n, kimThere);
    expect(overview.network.name).toBe('Wijknetwerk Zuid');
    // Imported partners can be found by the network's own search (stem of "huisartsen").
    const found = await ok<{ name: string }[]>(b, 'GET', `${n}/directory?q=huisarts`, kimThere);
    expect(found.map((d) => d.name)).toContain('Huisartsenpraktijk');
    const card = await ok<{
      mode: string;
      joint: { text: string }[];
      latestVersion: { number: number } | null;
      changedSincePublished: boolean;
    }>(b, 'GET', `${n}/card`, lotteThere);
    // Version 1 was published before the focus decision, so the plan it holds has no focus yet:
    // the imported network, like the original, says the card changed since it was published.
    expect(card).toMatchObject({ mode: 'short', latestVersion: { number: 1 }, changedSincePublished: true });
    expect(card.joint.map((i) => i.text)).toEqual(['Iedereen doet mee, ook wie weinig praat.']);
    const goals = await ok<{ vision: string; goals: { title: string; ladderIds: string[] }[] }>(
      b,
      'GET',
      `${n}/goals`,
      lotteThere,
    );
    expect(goals.vision).toBe('Niemand staat er alleen voor.');
    expect(goals.goals.map((g) => g.title)).toEqual(['Mensen met dementie en mantelzorgers ontmoeten elkaar']);
    expect(goals.goals[0].ladderIds).toEqual(exported.tables!.why_ladders!.map((l) => l.id));
    const actions = JSON.stringify(await ok(b, 'GET', `${n}/actions`, lotteThere));
    expect(actions).toContain('Zaal regelen voor het dementiecafé');
    const focus = await ok<{ focusThemes: string[]; decision: { themes: string[] } | null }>(
      b,
      'GET',
      `${n}/focus`,
      lotteThere,
    );
    expect(focus.decision?.themes).toEqual(['mantelzorg']);
    const profile = await ok<{ indicators: { name: string }[]; needs: unknown[]; regions: unknown[] }>(
      b,
      'GET',
      `${n}/profile`,
      lotteThere,
    );
    expect(profile.indicators.map((i) => i.name)).toEqual(['Eenzaamheid 65+']);
    expect(profile.needs).toHaveLength(1);
    expect(profile.regions).toHaveLength(2);
    const ladders = JSON.stringify(await ok(b, 'GET', `${n}/ladders`, lotteThere));
    expect(ladders).toContain('Een dementiecafé');
    expect(JSON.stringify(await ok(b, 'GET', `${n}/agreements`, lotteThere))).toContain(
      'Bijdragen en gezamenlijk budget',
    );
    expect(JSON.stringify(await ok(b, 'GET', `${n}/leads`, lotteThere))).toContain('Teamleider welzijn');
    expect(await ok<unknown[]>(b, 'GET', `${n}/snapshots`, lotteThere)).toHaveLength(1);
    const functions = await ok<{ functions: { name: string }[] }>(b, 'GET', `${n}/functions`, lotteThere);
    expect(functions.functions.map((x) => x.name)).toContain('Wijkteam Centrum');
    expect(JSON.stringify(await ok(b, 'GET', `${n}/sessions`, kimThere))).toContain('Ideeën');
    // The scan's answers came along without who gave them: the round reports two respondents.
    expect(Object.keys(exported.tables!.scan_responses![0]).sort()).toEqual([
      'answers',
      'id',
      'network_id',
      'round_id',
    ]);
    expect(exported.tables).not.toHaveProperty('scan_invitations');
    const [scanRound] = await ok<{ id: string; invited: number }[]>(b, 'GET', `${n}/scan/rounds`, kimThere);
    expect(scanRound.invited).toBe(0);
    expect(await ok(b, 'GET', `${n}/scan/rounds/${scanRound.id}/results`, kimThere)).toEqual({
      available: false,
      reason: 'too_few',
      respondents: 2,
      needed: 1,
    });
    // Reminders already sent are not sent again after the move.
    expect((await sendDueReminders(b.deps, '2027-01-30')).sent).toBe(0);
    // And the work goes on: a new action, a new vote.
    await ok(b, 'POST', `${n}/actions`, lotteThere, { title: 'Flyers maken', ownerMemberId: filled.lotteMemberId });

    // Twice is refused, and nothing is half-imported.
    const second = capture();
    expect(await importCommand(b.deps, file, second.io)).toBe(1);
    expect(second.out.stderr).toMatch(/bestaat hier al/);
    // As it says: delete it first, and the same file reads in again (sent reminders outlive a
    // deleted network and are kept; the audit trail goes with it and comes back from the file).
    await ok(b, 'DELETE', n, kimThere);
    const third = capture();
    expect(await importCommand(b.deps, file, third.io), third.out.stderr).toBe(0);
    expect((await b.services.export.exportById(networkId)).tables).toEqual(exported.tables);
  });

  it('the completeness guard: every table is exported or named as not network data, with every column and foreign key declared', async () => {
    const t = await app();
    const db = await catalogue(t, dialect);
    const exported = NETWORK_TABLES.map((s) => s.table as string);
    const decided = [...SECTION_TABLES, ...exported, ...Object.keys(NOT_NETWORK_DATA)];
    // A new table must be added to NETWORK_TABLES or NOT_NETWORK_DATA (src/modules/export/tables.ts).
    expect(
      db.tables.filter((name) => !decided.includes(name)),
      'tables nobody decided about',
    ).toEqual([]);
    expect(new Set(decided).size, 'a table is in two lists').toBe(decided.length);
    expect(
      decided.filter((name) => !db.tables.includes(name) && !name.startsWith('kysely_')),
      'listed tables that do not exist',
    ).toEqual([]);

    const earlier = new Set<string>(['members', 'actors']);
    for (const spec of NETWORK_TABLES) {
      const label = spec.table;
      expect((await db.columns(spec.table)).sort(), `${label}: columns`).toEqual(Object.keys(spec.columns).sort());
      for (const k of spec.key) expect(spec.columns, `${label}: key`).toHaveProperty(k);
      const owner = spec.owner;
      if ('parent' in owner) expect(earlier.has(owner.parent), `${label}: parent before child`).toBe(true);
      if ('keyPrefixes' in owner) {
        for (const parent of Object.values(owner.keyPrefixes)) {
          expect(earlier.has(parent), `${label}: key parent before child`).toBe(true);
          // The export query assumes these parents carry a network_id.
          expect(NETWORK_TABLES.find((s) => s.table === parent)!.owner).toEqual({ network: 'network_id' });
        }
      }
      for (const [name, c] of Object.entries(spec.columns)) {
        if (c.ref) expect(earlier.has(c.ref), `${label}.${name}: points at a table before it`).toBe(true);
        // Secrets and people are declared as such (by name, also without a foreign key).
        if (/_hash$|^code$|secret/.test(name)) expect(c.secret, `${label}.${name}: a secret`).toBeDefined();
        if (/_by$|^user_id$/.test(name) && !FREE_TEXT.includes(`${label}.${name}`))
          expect(c.user, `${label}.${name}: a person`).toBe(true);
      }
      for (const fk of await db.foreignKeys(spec.table)) {
        const c = spec.columns[fk.column];
        const where = `${label}.${fk.column} → ${fk.references}`;
        if (fk.references === 'networks') expect(owner, where).toEqual({ network: fk.column });
        else if (fk.references === 'users') expect(c.user, where).toBe(true);
        else if ('parent' in owner && owner.column === fk.column) expect(owner.parent, where).toBe(fk.references);
        else expect(c.ref, where).toBe(fk.references);
      }
      earlier.add(spec.table);
    }
  });

  it('someone who left or deleted their account is no longer named, and does not stop the import', async () => {
    const a = await app();
    const filled = await filledNetwork(a);
    const { kim, networkId } = filled;
    const n = `/api/networks/${networkId}`;
    const piet = await filled.join('piet@voorbeeld.nl', 'partner');
    const candidate = await ok<{ id: string }>(a, 'POST', `${n}/focus/candidates`, piet, { theme: 'armoede' });
    await ok(a, 'POST', `${n}/profile/entries`, piet, { kind: 'note', text: 'Veel schulden in de flats.' });
    const pietMember = (await ok<{ id: string; userId: string }[]>(a, 'GET', `${n}/members`, kim)).find(
      (m) => m.userId === piet.user.id,
    )!;
    await ok(a, 'POST', `${n}/actions`, kim, {
      title: 'Schuldhulp uitnodigen',
      ownerMemberId: pietMember.id,
      dueOn: '2027-02-01',
    });
    await ok(a, 'POST', `${n}/actions`, kim, {
      title: 'Zaal huren',
      ownerMemberId: filled.lotteMemberId,
      dueOn: '2027-02-01',
    });
    expect((await sendDueReminders(a.deps, '2027-01-30')).sent).toBe(2);
    await ok(a, 'DELETE', '/api/me', piet);

    const exported = await a.services.export.exportById(networkId);
    expect(exported.tables!.focus_candidates![0].proposed_by).toBe(piet.user.id);
    expect(exported.tables!.reminders_sent).toHaveLength(2);
    await apps.shift()!.close();
    const b = await app();
    // Lotte already has an account here, with another id: everything of hers follows her e-mail address.
    const lotteHere = await b.signIn('lotte@voorbeeld.nl');
    expect(lotteHere.user.id).not.toBe(filled.lotte.user.id);
    const result = await b.services.export.importNetwork(exported);
    expect(result).toMatchObject({ members: 2, newUsers: 1 });
    expect(result.content.find((c) => c.table === 'reminders_sent')?.count).toBe(1);
    const again = await b.services.export.exportById(networkId);
    expect(again.tables!.focus_candidates).toEqual([{ ...exported.tables!.focus_candidates![0], proposed_by: null }]);
    expect(again.tables!.profile_notes![0].created_by).toBeNull();
    expect(again.members.find((m) => m.email === 'lotte@voorbeeld.nl')!.userId).toBe(lotteHere.user.id);
    // Piet's reminder went with him; Lotte's is hers here, so it is not sent a second time.
    expect(again.tables!.reminders_sent).toEqual([
      {
        key: expect.stringMatching(new RegExp(`^action:.*:2027-02-01:${lotteHere.user.id}$`)),
        user_id: lotteHere.user.id,
        sent_at: expect.any(String),
      },
    ]);
    expect((await sendDueReminders(b.deps, '2027-01-30')).sent).toBe(0);
    expect(await b.deps.db.selectFrom('users').select('email').orderBy('email').execute()).toEqual([
      { email: 'kim@voorbeeld.nl' },
      { email: 'lotte@voorbeeld.nl' },
    ]);
    const kimThere = await b.signIn('kim@voorbeeld.nl');
    const focus = await ok<{ candidates: { id: string }[] }>(b, 'GET', `${n}/focus`, kimThere);
    expect(focus.candidates.map((c) => c.id)).toEqual([candidate.id]);
  });

  it('refuses bad tables with a Dutch 422 and imports nothing', async () => {
    const a = await app();
    const filled = await filledNetwork(a);
    await fillEverything(a, filled);
    const good = await a.services.export.exportById(filled.networkId);
    await apps.shift()!.close();
    const b = await app();
    const tables = (e: NetworkExport) => e.tables as Record<string, Record<string, unknown>[]>;
    const corrupt = (change: (e: NetworkExport) => void) => {
      const copy = clone(good);
      change(copy);
      return copy;
    };
    const cases: [string, NetworkExport, RegExp][] = [
      ['unknown table', corrupt((e) => void (tables(e).login_challenges = [])), /Onbekend veld: login_challenges/],
      [
        'unknown column',
        corrupt((e) => void (tables(e).network_terms[0].extra = 'x')),
        /tables\.network_terms\.0.*Onbekend veld: extra/,
      ],
      [
        'a secret in the file',
        corrupt((e) => void (tables(e).session_guests[0].token_hash = 'abc')),
        /Onbekend veld: token_hash/,
      ],
      [
        'a join code in the file',
        corrupt((e) => void (tables(e).work_sessions[0].code = 'ABCDEF')),
        /Onbekend veld: code/,
      ],
      [
        'text for a number',
        corrupt((e) => void (tables(e).network_goals[0].position = '1')),
        /tables\.network_goals\.0\.position/,
      ],
      [
        'an object as value',
        corrupt((e) => void (tables(e).network_terms[0].label = { a: 1 })),
        /tables\.network_terms\.0\.label/,
      ],
      [
        'a row that is not an object',
        corrupt((e) => void (tables(e).network_terms = ['x' as never])),
        /tables\.network_terms\.0/,
      ],
      [
        'a missing column',
        corrupt((e) => void delete tables(e).actions[0].title),
        /tables\.actions\.0\.title.*verplicht/,
      ],
      [
        'broken JSON text',
        corrupt((e) => void (tables(e).network_goals[0].ladder_ids = '{kapot')),
        /geen geldige JSON/,
      ],
      [
        'a number out of range',
        corrupt((e) => void (tables(e).focus_votes[0].score = 2 ** 40)),
        /tables\.focus_votes\.0\.score/,
      ],
      [
        'another network',
        corrupt((e) => void (tables(e).agreements[0].network_id = newId())),
        /tabel agreements, rij 1: hoort bij een ander netwerk/,
      ],
      [
        'a guest of a session not in the file',
        corrupt((e) => void (tables(e).session_guests[0].session_id = newId())),
        /tabel session_guests, rij 1: session_id/,
      ],
      [
        'a member not in the file',
        corrupt((e) => void (tables(e).why_ladders[0].member_id = newId())),
        /tabel why_ladders, rij 1: member_id verwijst naar/,
      ],
      [
        'an action of another network reminded',
        corrupt(
          (e) =>
            void (tables(e).reminders_sent[0].key =
              `action:${newId()}:2027-02-01:${String(tables(e).reminders_sent[0].user_id)}`),
        ),
        /tabel reminders_sent, rij 1: de sleutel/,
      ],
      [
        'a row twice',
        corrupt((e) => void tables(e).network_terms.push(clone(tables(e).network_terms[0]))),
        /tabel network_terms, rij 2: staat twee keer/,
      ],
      [
        'an unknown format version',
        corrupt((e) => void ((e as { formatVersion: number }).formatVersion = 3)),
        /versie 1 of 2/,
      ],
    ];
    for (const [what, data, message] of cases) {
      const err = await importFails(b, data);
      expect(err.message, what).toMatch(message);
    }
    expect(await b.deps.db.selectFrom('networks').select('id').execute()).toEqual([]);
    expect(await b.deps.db.selectFrom('users').select('id').execute()).toEqual([]);

    // What only the database can tell: rows that already exist here. All or nothing.
    expect((await b.services.export.importNetwork(good)).networkName).toBe('Wijknetwerk Zuid');
    const other = newId();
    const copy = corrupt((e) => {
      e.network.id = other;
      e.members = [];
      e.actors = [];
      e.networkActors = [];
      e.relations = [];
      e.invitations = [];
      e.audit = [];
      for (const spec of NETWORK_TABLES) {
        tables(e)[spec.table] = (tables(e)[spec.table] ?? [])
          .filter(
            (r) =>
              !Object.entries(spec.columns).some(
                ([name, c]) => (c.ref === 'members' || c.ref === 'actors') && r[name] !== null,
              ) && spec.table !== 'reminders_sent',
          )
          .map((r) => ('network_id' in r ? { ...r, network_id: other } : r));
      }
      // Consents point at a version; keep the card versions (same ids as the first import).
    });
    const conflict = await importFails(b, copy);
    expect(conflict.code).toBe('import_conflict');
    expect(conflict.message).toMatch(/Er is niets ingelezen/);
    expect(await b.deps.db.selectFrom('networks').select('id').where('id', '=', other).execute()).toEqual([]);
  });

  it('reads a version 1 file (no tables, werksessies ignored)', async () => {
    const a = await app();
    const filled = await filledNetwork(a);
    const v2 = await a.services.export.exportById(filled.networkId);
    await apps.shift()!.close();
    const b = await app();
    const v1 = { ...clone(v2), formatVersion: 1, workSessions: [{ id: 'x', guests: [], answers: [] }] } as Record<
      string,
      unknown
    >;
    delete v1.tables;
    const r = await b.services.export.importNetwork(v1);
    expect(r).toMatchObject({ members: 2, actors: 3, relations: 1, content: [] });
    const again = await b.services.export.exportById(filled.networkId);
    expect(comparable({ ...again, tables: undefined })).toEqual(comparable({ ...v2, tables: undefined }));
  });

  it('refuses a file that is not a Wijknet export, with a Dutch message', async () => {
    const b = await app();
    const file = writeFile(dirs, JSON.stringify({ format: 'iets-anders' }));
    const { out, io } = capture();
    expect(await importCommand(b.deps, file, io)).toBe(1);
    expect(out.stderr).toMatch(/geen geldig Wijknet-exportbestand/);
    fs.writeFileSync(file, '{kapot');
    expect(await importCommand(b.deps, file, io)).toBe(1);
    expect(await b.deps.db.selectFrom('networks').select('id').execute()).toEqual([]);
  });

  it('only a kartrekker may export the network', async () => {
    const a = await app();
    const { lotte, networkId } = await filledNetwork(a);
    expect(
      (await a.request({ method: 'GET', url: `/api/networks/${networkId}/export`, cookie: lotte.cookie })).statusCode,
    ).toBe(403);
  });
});

// From one database to the other: what SQLite exports PostgreSQL reads, and back.
describe.runIf(dialects.includes('postgres'))('network export across databases', () => {
  for (const [from, to] of [
    ['sqlite', 'postgres'],
    ['postgres', 'sqlite'],
  ] as const) {
    it(`${from} → ${to}`, async () => {
      const a = await createTestApp(from);
      let exported: NetworkExport;
      let networkId: string;
      try {
        const filled = await filledNetwork(a);
        networkId = filled.networkId;
        await fillEverything(a, filled);
        exported = json<NetworkExport>(
          await a.request({ method: 'GET', url: `/api/networks/${networkId}/export`, cookie: filled.kim.cookie }),
        );
      } finally {
        await a.close();
      }
      const b = await createTestApp(to);
      try {
        await b.services.export.importNetwork(exported);
        expect(comparable(await b.services.export.exportById(networkId))).toEqual(comparable(exported));
        const kim = await b.signIn('kim@voorbeeld.nl');
        expect(
          (await b.request({ method: 'GET', url: `/api/networks/${networkId}/card`, cookie: kim.cookie })).statusCode,
        ).toBe(200);
      } finally {
        await b.close();
      }
    });
  }
});
