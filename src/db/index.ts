import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration } from 'kysely';
import type { DB } from './schema.js';
import { withStatementCache } from './statement-cache.js';
import type { Dialect } from './migrations/dialect.js';
import * as foundation from './migrations/0001_foundation.js';
import * as verkennen from './migrations/0002_verkennen.js';
import * as vormgeven from './migrations/0003_vormgeven.js';
import * as sessions from './migrations/0004_sessions.js';
import * as profileFocus from './migrations/0005_profile_focus.js';
import * as searchFilters from './migrations/0006_search_filters.js';
import * as phaseMarks from './migrations/0011_phase_marks.js';

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
  close(): Promise<void>;
}

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
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', pool, schema, close: () => db.destroy() };
  }
  const sqlite = new Database(options.url);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MB of page cache instead of 2 MB: the directory search reads index pages all over the file.
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
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
    '0011_phase_marks': { up: (db) => phaseMarks.up(db, dialect) },
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
