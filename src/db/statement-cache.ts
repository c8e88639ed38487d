import type Database from 'better-sqlite3';

/**
 * Kysely's SQLite driver prepares every query anew; preparing costs as much as running a small
 * query. This hands it a database whose prepare() reuses statements by their SQL text (Kysely
 * runs one query at a time per connection, so a statement is never in use twice). Bounded: the
 * oldest statement goes when the cache is full.
 */
export function withStatementCache(db: Database.Database, max = 500): Database.Database {
  const cache = new Map<string, Database.Statement>();
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'prepare') {
        return (sql: string) => {
          let stmt = cache.get(sql);
          if (stmt) {
            cache.delete(sql);
          } else {
            stmt = target.prepare(sql);
            if (cache.size >= max) cache.delete(cache.keys().next().value!);
          }
          cache.set(sql, stmt);
          return stmt;
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
