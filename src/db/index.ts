import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Compilable, type Migration } from 'kysely';
import type { DB } from './schema.js';
import { withStatementCache } from './statement-cache.js';
import { pgReadMany } from './pg-read-many.js';
import { startCheckpointer } from './sqlite-checkpointer.js';
import { createSqliteReader, ReaderGone } from './sqlite-reader.js';
import type { Dialect } from './migrations/dialect.js';
import * as foundation from './migrations/0001_foundation.js';
import * as verkennen from './migrations/0002_verkennen.js';
import * as vormgeven from './migrations/0003_vormgeven.js';
import * as sessions from './migrations/0004_sessions.js';
import * as profileFocus from './migrations/0005_profile_focus.js';
import * as searchFilters from './migrations/0006_search_filters.js';
import * as scan from './migrations/0007_scan.js';
import * as effects from './migrations/0008_effects.js';
import * as representation from './migrations/0009_representation.js';
import * as mailOutbox from './migrations/0010_mail_outbox.js';
import * as phaseMarks from './migrations/0011_phase_marks.js';
import * as sessionEntry from './migrations/0012_session_entry.js';
import * as feedback from './migrations/0019_feedback.js';
import * as research from './migrations/0022_research.js';
import * as cockpit from './migrations/0015_cockpit.js';
import * as casesContinuity from './migrations/0016_cases_continuity.js';
import * as meetings from './migrations/0014_meetings.js';
import * as resultsPage from './migrations/0017_results_page.js';
import * as names from './migrations/0018_names.js';
import * as consent from './migrations/0020_consent.js';
import * as scanLive from './migrations/0024_scan_live.js';

export type { Dialect };

export interface Database_ {
  db: Kysely<DB>;
  dialect: Dialect;
  /** PostgreSQL pool, for LISTEN/NOTIFY; undefined on SQLite. */
  pool?: pg.Pool;
  /** The better-sqlite3 handle, for online backup; undefined on PostgreSQL. */
  sqlite?: Database.Database;
  /** PostgreSQL schema the database runs in, when not the default. */
  schema?: string;
  /**
   * Called with every error of a PostgreSQL connection that no query is waiting for (the server
   * restarted, the network broke). Such errors never end the process: the pool drops the broken
   * connection and opens a new one for the next query. The server sets this to log a warning.
   */
  onConnectionError: (err: Error) => void;
  /**
   * A read that may return many rows (a whole network's partners or relations), kept off the
   * event loop: on a SQLite file by a reader thread of its own (sqlite-reader.ts), on PostgreSQL
   * in batches through a cursor (pg-read-many.ts). Never inside a transaction.
   */
  readMany<R>(query: Compilable<R>): Promise<R[]>;
  close(): Promise<void>;
}

export type ReadMany = Database_['readMany'];

/** `readMany` on this connection or transaction, for repositories used without one. */
export const readHere =
  (db: Kysely<DB>): ReadMany =>
  async <R>(query: Compilable<R>) =>
    (await db.executeQuery(query.compile())).rows;

/** SQLite's page cache per connection, in KiB (negative: a size, not a page count). */
export const SQLITE_CACHE_KIB = -65536;

export interface DatabaseOptions {
  /** postgres://… selects PostgreSQL; anything else is an SQLite file path or ':memory:'. */
  url: string;
  /** PostgreSQL only: run in this schema (tests use one per run). */
  schema?: string;
}

// bigint (int8) columns hold event ids and rate-limit windows, well within Number's range.
pg.types.setTypeParser(20, (v) => Number(v));

export function sqliteFileFor(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  return path.join(dataDir, 'wijknet.sqlite');
}

export async function openDatabase(options: DatabaseOptions): Promise<Database_> {
  if (/^postgres(ql)?:\/\//.test(options.url)) {
    const schema = options.schema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
    if (schema) {
      const admin = new pg.Client({ connectionString: options.url });
      admin.on('error', () => undefined);
      await admin.connect();
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await admin.end();
    }
    const pool = new pg.Pool({
      connectionString: options.url,
      max: 10,
      // Two connections stay open when idle: opening one costs tens of milliseconds (and its
      // first queries are planned cold), which a search that needs two at once would feel.
      min: 2,
      // While PostgreSQL is unreachable a request fails within seconds (and answers 503) instead of
      // waiting for a connection for as long as the operating system tries.
      connectionTimeoutMillis: 5000,
      keepAlive: true,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    const database: Database_ = {
      db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }),
      dialect: 'postgres',
      pool,
      schema,
      onConnectionError: () => undefined,
      readMany: pgReadMany(pool),
      close: () => database.db.destroy(),
    };
    // An 'error' event without a listener ends the process. The pool emits one for an idle
    // connection that breaks; a client in use emits its own (pg-pool listens only while idle).
    pool.on('error', (err) => database.onConnectionError(err));
    pool.on('connect', (client) => client.on('error', (err) => database.onConnectionError(err)));
    return database;
  }
  const sqlite = new Database(options.url);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MB of page cache instead of 2 MB: the directory search reads index pages all over the file.
  sqlite.pragma(`cache_size = ${SQLITE_CACHE_KIB}`);
  // Statement journals (and temporary tables) in memory, not in temporary files: a statement in a
  // large transaction (an import) otherwise wrote each page it changed to a file first.
  sqlite.pragma('temp_store = MEMORY');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: rollbackTolerant(withStatementCache(sqlite)) }) });
  // An in-memory database (tests) has no file another connection could open.
  const reader = sqlite.memory ? null : createSqliteReader(sqlite.name, SQLITE_CACHE_KIB);
  const checkpointer = sqlite.memory ? null : checkpointElsewhere(sqlite);
  return {
    db,
    dialect: 'sqlite',
    sqlite,
    onConnectionError: () => undefined,
    readMany: async (query) => {
      if (reader) {
        const { sql, parameters } = query.compile();
        try {
          return await reader.read(sql, parameters);
        } catch (err) {
          // The thread is gone: read here. A query's own error (it would fail here too) goes up.
          if (!(err instanceof ReaderGone)) throw err;
        }
      }
      return readHere(db)(query);
    },
    close: async () => {
      await Promise.all([reader?.close(), checkpointer?.close()]);
      await db.destroy();
    },
  };
}

/** The write-ahead log is checkpointed on a thread of its own, and here again if that thread stops. */
function checkpointElsewhere(sqlite: Database.Database) {
  sqlite.pragma('wal_autocheckpoint = 0');
  return startCheckpointer(sqlite.name, () => {
    if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
  });
}

/**
 * SQLite ends a transaction by itself when a write fails for lack of space or on an I/O error
 * (SQLITE_FULL, SQLITE_IOERR). Kysely then sends ROLLBACK, which fails with "no transaction is
 * active" and hides the real error, so the caller could not tell a full disk from a bug. A
 * ROLLBACK outside a transaction is therefore a no-op here.
 */
function rollbackTolerant(db: Database.Database): Database.Database {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'prepare') {
        return (sql: string) =>
          sql === 'rollback' && !target.inTransaction ? target.prepare('select 1') : target.prepare(sql);
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The one migration set, in order. Each gets the dialect for the few types that differ. */
function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001_foundation': { up: (db) => foundation.up(db, dialect) },
    '0002_verkennen': { up: (db) => verkennen.up(db, dialect) },
    '0003_vormgeven': { up: (db) => vormgeven.up(db, dialect) },
    '0004_sessions': { up: (db) => sessions.up(db, dialect) },
    '0005_profile_focus': { up: (db) => profileFocus.up(db, dialect) },
    '0006_search_filters': { up: (db) => searchFilters.up(db, dialect) },
    '0007_scan': { up: (db) => scan.up(db, dialect) },
    '0008_effects': { up: (db) => effects.up(db, dialect) },
    '0009_representation': { up: (db) => representation.up(db, dialect) },
    '0010_mail_outbox': { up: (db) => mailOutbox.up(db, dialect) },
    '0011_phase_marks': { up: (db) => phaseMarks.up(db, dialect) },
    '0012_session_entry': { up: (db) => sessionEntry.up(db, dialect) },
    '0019_feedback': { up: (db) => feedback.up(db, dialect) },
    '0022_research': { up: (db) => research.up(db, dialect) },
    '0015_cockpit': { up: (db) => cockpit.up(db, dialect) },
    '0016_cases_continuity': { up: (db) => casesContinuity.up(db, dialect) },
    '0014_meetings': { up: (db) => meetings.up(db, dialect) },
    '0017_results_page': { up: (db) => resultsPage.up(db, dialect) },
    '0018_names': { up: (db) => names.up(db, dialect) },
    '0020_consent': { up: (db) => consent.up(db, dialect) },
    '0024_scan_live': { up: (db) => scanLive.up(db, dialect) },
  };
}

export async function migrate(database: Database_): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations(database.dialect) },
    // Kysely looks for its own tables in every schema unless told which: name ours.
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
