import type { Dialect } from '../db/index.js';

/**
 * The databases the integration tests run on: SQLite always, and PostgreSQL too when
 * TEST_DATABASE_URL is set. TEST_DIALECTS (a comma list) chooses exactly: `npm run test:pg` sets
 * it to `postgres`, so CI's PostgreSQL run does not repeat what its SQLite run already did. Tests
 * that only make sense on SQLite skip themselves when `sqlite` is not in the list.
 */
function chooseDialects(): Dialect[] {
  const chosen = process.env.TEST_DIALECTS?.split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  if (!chosen?.length) return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
  const unknown = chosen.filter((d) => d !== 'sqlite' && d !== 'postgres');
  if (unknown.length) throw new Error(`TEST_DIALECTS: unknown ${unknown.join(', ')}; use sqlite, postgres or both`);
  if (chosen.includes('postgres') && !process.env.TEST_DATABASE_URL)
    throw new Error('TEST_DIALECTS includes postgres: set TEST_DATABASE_URL too');
  return chosen as Dialect[];
}

export const dialects: Dialect[] = chooseDialects();
export const onSqlite = dialects.includes('sqlite');
