import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Config } from '../core/config.js';
import { sqliteFileFor } from '../db/index.js';
import type { Io } from './import.js';

const PG_BACKUP = `Wijknet gebruikt hier PostgreSQL (DATABASE_URL). Maak dan een back-up met de gereedschappen van PostgreSQL zelf:
  pg_dump --format=custom --file=wijknet.dump "$DATABASE_URL"
en zet hem terug met:
  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" wijknet.dump
Zie docs/OPERATIONS.md.
`;

/** A file is a usable Wijknet backup when SQLite finds it intact and it has Wijknet's tables. */
export function checkBackupFile(file: string): string | null {
  if (!fs.existsSync(file)) return `Het bestand ${file} bestaat niet.`;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') return `Het bestand ${file} is beschadigd (integriteitscontrole: ${String(result)}).`;
    const tables = new Set(
      (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    for (const needed of ['kysely_migration', 'users', 'networks', 'audit_log']) {
      if (!tables.has(needed)) return `Het bestand ${file} is geen back-up van Wijknet (de tabel ${needed} ontbreekt).`;
    }
    return null;
  } catch (err) {
    return `Het bestand ${file} is geen leesbare SQLite-database: ${(err as Error).message}`;
  } finally {
    db?.close();
  }
}

/**
 * `wijknet backup <bestand>`: a consistent copy of the SQLite database, also while Wijknet runs
 * (SQLite's online backup: it copies a snapshot and never blocks the server for long).
 */
export async function backupCommand(config: Config, file: string | undefined, io: Io): Promise<number> {
  if (config.databaseUrl) {
    io.stderr(PG_BACKUP);
    return 2;
  }
  if (!file) {
    io.stderr('Gebruik: wijknet backup <bestand>\n');
    return 2;
  }
  const source = sqliteFileFor(config.dataDir);
  if (!fs.existsSync(source)) {
    io.stderr(`Er is nog geen database in ${config.dataDir}; er is niets om te bewaren.\n`);
    return 1;
  }
  const target = path.resolve(file);
  if (fs.existsSync(target)) {
    io.stderr(`${target} bestaat al. Kies een nieuwe bestandsnaam, dan overschrijven we niets.\n`);
    return 1;
  }
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  fs.chmodSync(target, 0o600);
  const problem = checkBackupFile(target);
  if (problem) {
    io.stderr(`De back-up is mislukt: ${problem}\n`);
    return 1;
  }
  io.stdout(
    `Back-up gemaakt: ${target} (${Math.round(fs.statSync(target).size / 1024)} kB). Bewaar hem op een andere plek dan deze computer.\n`,
  );
  return 0;
}

/** True when no other process has the database open: we can take an exclusive lock. */
function databaseIsFree(file: string): boolean {
  const db = new Database(file, { fileMustExist: true, timeout: 200 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/**
 * `wijknet restore <bestand>`: puts a backup back. Only when Wijknet is stopped (the database is
 * not in use) and the backup is intact; the database it replaces is kept next to it.
 */
export async function restoreCommand(config: Config, file: string | undefined, io: Io): Promise<number> {
  if (config.databaseUrl) {
    io.stderr(PG_BACKUP);
    return 2;
  }
  if (!file) {
    io.stderr('Gebruik: wijknet restore <bestand>\n');
    return 2;
  }
  const backup = path.resolve(file);
  const problem = checkBackupFile(backup);
  if (problem) {
    io.stderr(`${problem}\nEr is niets veranderd.\n`);
    return 1;
  }
  const target = sqliteFileFor(config.dataDir);
  let kept: string | null = null;
  if (fs.existsSync(target)) {
    if (!databaseIsFree(target)) {
      io.stderr(
        'Wijknet draait nog: de database is in gebruik. Stop Wijknet eerst en probeer het dan opnieuw. Er is niets veranderd.\n',
      );
      return 1;
    }
    // Closing the last connection folded the write-ahead log into the file, so this copy is whole.
    kept = `${target}.voor-herstel-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.copyFileSync(target, kept);
  }
  const temp = `${target}.herstel-${process.pid}`;
  fs.copyFileSync(backup, temp);
  const fd = fs.openSync(temp, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(temp, target);
  io.stdout(
    `Back-up teruggezet in ${target}.${kept ? ` De vorige database staat in ${kept}.` : ''} Start Wijknet weer met: wijknet start\n`,
  );
  return 0;
}
