#!/usr/bin/env node
// Werksessie: 200 participants (BENCH_SESSION_GUESTS) joined and connected to one server process,
// plus the big screen. (1) An answer the kartrekker approves must reach the big screen and every
// participant with p95 < 200 ms (approve request sent → event read by each stream, 10 rounds).
// (2) 60 participants answering within 10 seconds (3 answers each, at random moments) lose
// nothing: every answer is stored and reached the kartrekker's stream. SQLite, and PostgreSQL
// (LISTEN/NOTIFY) when available. Not part of CI.
import http from 'node:http';
import { fmt, freshStore, postgresAvailable, seedNetwork, startWijknet } from './lib.mjs';

const GUESTS = Number(process.env.BENCH_SESSION_GUESTS ?? 200);
const ROUNDS = 10;
const BURST_GUESTS = 60;
const BURST_ANSWERS = 3;
const BURST_MS = 10_000;

function openStream(url, headers, onMessage) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`SSE ${res.statusCode}`));
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        buffer += chunk;
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (.+)$/m.exec(block)?.[1];
          if (event === 'ready') resolve(req);
          else if (event === 'change')
            onMessage(performance.now(), JSON.parse(/^data: (.+)$/m.exec(block)?.[1] ?? '{}'));
        }
      });
    });
    req.on('error', reject);
  });
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function json(res) {
  const body = await res.text();
  if (!res.ok) throw new Error(`${res.status}: ${body}`);
  return body ? JSON.parse(body) : null;
}

export async function benchSessions(dialects) {
  const rows = [];
  for (const dialect of dialects) {
    const store = await freshStore(dialect);
    let server;
    const streams = [];
    try {
      const { networkId, token } = await seedNetwork(store, { actors: 1, members: 1 });
      server = await startWijknet(store, { LOG_LEVEL: 'warn' });
      const base = server.baseUrl;
      const lead = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const session = await json(
        await fetch(`${base}/api/networks/${networkId}/sessions`, {
          method: 'POST',
          headers: lead,
          body: JSON.stringify({ kind: 'ideas', moderated: true, allowAnonymous: true }),
        }),
      );
      const sessionPath = `${base}/api/networks/${networkId}/sessions/${session.id}`;

      // Everyone joins from one address (a venue's connection), 50 at a time.
      const tokens = [];
      const joinStart = performance.now();
      for (let i = 0; i < GUESTS; i += 50) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(50, GUESTS - i) }, (_, k) =>
            fetch(`${base}/api/sessie/join`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ code: session.code, name: `Deelnemer ${i + k}` }),
            }).then(json),
          ),
        );
        tokens.push(...batch.map((b) => b.token));
      }
      const joinMs = performance.now() - joinStart;

      // Streams: every participant and the big screen (the kartrekker's session stream).
      let seen = [];
      const listeners = [];
      const screenSeen = [];
      for (let i = 0; i < GUESTS; i += 50) {
        streams.push(
          ...(await Promise.all(
            tokens.slice(i, i + 50).map((tk, k) => {
              const who = i + k;
              return openStream(`${base}/api/sessie/events`, { 'x-guest-token': tk }, (t, m) =>
                seen.push({ who, t, m }),
              );
            }),
          )),
        );
      }
      streams.push(
        await openStream(`${sessionPath}/events`, { authorization: `Bearer ${token}` }, (t, m) => {
          seen.push({ who: 'screen', t, m });
          screenSeen.push(m);
        }),
      );
      listeners.length = GUESTS + 1;

      // (1) Approve → arrival at all 201 streams.
      const latencies = [];
      let missed = 0;
      for (let r = 0; r < ROUNDS; r++) {
        const answer = await json(
          await fetch(`${base}/api/sessie/answers`, {
            method: 'POST',
            headers: { 'x-guest-token': tokens[r], 'content-type': 'application/json' },
            body: JSON.stringify({ text: `Idee nummer ${r}` }),
          }),
        );
        await sleep(100);
        seen = [];
        const sentAt = performance.now();
        await json(
          await fetch(`${sessionPath}/answers/${answer.id}`, {
            method: 'PATCH',
            headers: lead,
            body: JSON.stringify({ status: 'approved', version: 1 }),
          }),
        );
        const arrivals = () =>
          seen.filter(
            (e) =>
              e.m.type === 'session.answer' &&
              e.m.answer?.id === answer.id &&
              (e.m.visible === true || e.m.answer?.status === 'approved'),
          );
        const deadline = performance.now() + 5000;
        while (arrivals().length < listeners.length && performance.now() < deadline) await sleep(5);
        const got = arrivals();
        missed += listeners.length - new Set(got.map((e) => e.who)).size;
        for (const e of got) latencies.push(e.t - sentAt);
        await sleep(150);
      }
      latencies.sort((a, b) => a - b);

      // (2) 60 participants, 3 answers each, at random moments within 10 s.
      const before = screenSeen.length;
      const burstStart = performance.now();
      const results = await Promise.all(
        Array.from({ length: BURST_GUESTS * BURST_ANSWERS }, async (_, n) => {
          await sleep(Math.random() * BURST_MS);
          const tk = tokens[GUESTS - 1 - (n % BURST_GUESTS)];
          const res = await fetch(`${base}/api/sessie/answers`, {
            method: 'POST',
            headers: { 'x-guest-token': tk, 'content-type': 'application/json' },
            body: JSON.stringify({ text: `Burst ${n}` }),
          });
          return res.status;
        }),
      );
      const burstMs = performance.now() - burstStart;
      await sleep(500);
      const view = await json(await fetch(sessionPath, { headers: lead }));
      const stored = view.answers.filter((a) => a.text.startsWith('Burst ')).length;
      const onScreenStream = screenSeen
        .slice(before)
        .filter((m) => m.type === 'session.answer' && m.answer?.text?.startsWith('Burst ')).length;
      const sent = BURST_GUESTS * BURST_ANSWERS;

      const row = {
        dialect,
        guests: GUESTS,
        joinMs,
        p50: pct(latencies, 50),
        p95: pct(latencies, 95),
        max: latencies.at(-1),
        missed,
        burst: {
          sent,
          accepted: results.filter((s) => s === 201).length,
          stored,
          onConsole: onScreenStream,
          ms: burstMs,
        },
      };
      row.ok =
        row.p95 < 200 && missed === 0 && row.burst.accepted === sent && stored === sent && onScreenStream === sent;
      rows.push(row);
      process.stdout.write(
        `sessions ${dialect}: ${GUESTS} deelnemers + groot scherm (joined in ${fmt(joinMs)} ms) · approve → all streams, ${ROUNDS} rounds: ` +
          `p50 ${fmt(row.p50, 1)} ms, p95 ${fmt(row.p95, 1)} ms, max ${fmt(row.max, 1)} ms, ${missed} gemist · ` +
          `burst: ${sent} answers by ${BURST_GUESTS} people in ${fmt(burstMs)} ms → ${row.burst.accepted} accepted, ${stored} stored, ${onScreenStream} on the kartrekker's stream · ` +
          `${row.ok ? 'doel gehaald' : 'DOEL NIET GEHAALD'}\n`,
      );
    } finally {
      for (const s of streams) s.destroy();
      await server?.stop();
      await store.drop();
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dialects = ['sqlite', ...((await postgresAvailable()) ? ['postgres'] : [])];
  const rows = await benchSessions(dialects);
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}
