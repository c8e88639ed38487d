import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../core/config.js';
import { openDatabase, sqliteFileFor } from '../db/index.js';
import { buildApp, type Built } from '../server/app.js';
import { hashSecret, newSecret, nowIso, isoIn } from '../core/crypto.js';
import { backupCommand, restoreCommand } from './backup.js';
import { onSqlite } from '../test/dialects.js';

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } };
}

describe.runIf(onSqlite)('backup and restore (SQLite)', () => {
  const dirs: string[] = [];
  let running: Built | null = null;
  afterEach(async () => {
    await running?.app.close();
    running = null;
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  const tempDir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-backup-'));
    dirs.push(d);
    return d;
  };

  async function start(config: Config) {
    const database = await openDatabase({ url: sqliteFileFor(config.dataDir) });
    running = await buildApp(config, { database, mailer: { send: async () => undefined }, logger: false });
    const user = await running.services.auth.ensureUser('kim@voorbeeld.nl');
    const session = newSecret();
    await running.deps.db
      .insertInto('auth_sessions')
      .values({ id: hashSecret(session), user_id: user.id, created_at: nowIso(), expires_at: isoIn(3_600_000) })
      .execute();
    return { app: running.app, headers: { cookie: `wijknet_session=${session}`, origin: config.publicUrl } };
  }

  async function networkNames(app: Built['app'], headers: Record<string, string>) {
    const res = await app.inject({ method: 'GET', url: '/api/networks', headers });
    return (JSON.parse(res.body) as { name: string }[]).map((n) => n.name).sort();
  }

  it('a backup taken while the server writes is consistent; restore brings exactly that state back', async () => {
    const dataDir = tempDir();
    const config: Config = {
      ...loadConfig({}),
      dataDir,
      publicUrl: 'http://localhost:3000',
      serveWeb: false,
      logLevel: 'silent',
    };
    const backupFile = path.join(tempDir(), 'wijknet-backup.sqlite');

    let { app, headers } = await start(config);
    const create = (name: string) =>
      app.inject({
        method: 'POST',
        url: '/api/networks',
        headers,
        payload: { name, areaLevel: 'wijk', areaName: name },
      });
    for (const name of ['Noord', 'Oost']) expect((await create(name)).statusCode).toBe(201);

    // Writes keep coming while the backup runs.
    const { out, io } = capture();
    const during = Promise.all(['Zuid', 'West'].map((n) => create(n)));
    expect(await backupCommand(config, backupFile, io)).toBe(0);
    await during;
    expect(out.stdout).toContain('Back-up gemaakt');
    const inBackup = new Database(backupFile, { readonly: true });
    const names = (inBackup.prepare('select name from networks').all() as { name: string }[]).map((r) => r.name);
    expect(inBackup.pragma('integrity_check', { simple: true })).toBe('ok');
    inBackup.close();
    expect(names).toEqual(expect.arrayContaining(['Noord', 'Oost']));

    expect((await create('Centrum')).statusCode).toBe(201);

    // Never over a running server, and never over an existing backup.
    const refused = capture();
    expect(await restoreCommand(config, backupFile, refused.io)).toBe(1);
    expect(refused.out.stderr).toMatch(/Wijknet draait nog/);
    expect(await backupCommand(config, backupFile, refused.io)).toBe(1);
    expect(await networkNames(app, headers)).toContain('Centrum');

    await running!.app.close();
    running = null;
    const restored = capture();
    expect(await restoreCommand(config, backupFile, restored.io)).toBe(0);
    expect(restored.out.stdout).toMatch(/Back-up teruggezet/);
    const keptCopy = fs.readdirSync(dataDir).find((f) => f.includes('voor-herstel'));
    expect(keptCopy).toBeDefined();

    ({ app, headers } = await start(config));
    expect(await networkNames(app, headers)).toEqual([...names].sort());
    expect(await networkNames(app, headers)).not.toContain('Centrum');
  });

  it('refuses a damaged or foreign file and changes nothing', async () => {
    const dataDir = tempDir();
    const config: Config = { ...loadConfig({}), dataDir, serveWeb: false, logLevel: 'silent' };
    const dir = tempDir();
    const junk = path.join(dir, 'junk.sqlite');
    fs.writeFileSync(junk, 'dit is geen database'.repeat(100));
    const foreign = path.join(dir, 'foreign.sqlite');
    const f = new Database(foreign);
    f.exec('create table iets (x)');
    f.close();
    for (const file of [junk, foreign, path.join(dir, 'bestaat-niet.sqlite')]) {
      const { out, io } = capture();
      expect(await restoreCommand(config, file, io)).toBe(1);
      expect(out.stderr).toMatch(/Er is niets veranderd/);
    }
    expect(fs.existsSync(sqliteFileFor(dataDir))).toBe(false);
  });

  it('on PostgreSQL it points to pg_dump and exits 2', async () => {
    const config: Config = {
      ...loadConfig({}),
      dataDir: tempDir(),
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
    };
    const { out, io } = capture();
    expect(await backupCommand(config, 'x.sqlite', io)).toBe(2);
    expect(out.stderr).toMatch(/pg_dump/);
    expect(await restoreCommand(config, 'x.sqlite', io)).toBe(2);
  });
});
