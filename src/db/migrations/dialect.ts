/**
 * The databases a migration may branch on. Declared here rather than imported from src/db, so
 * that migrations import nothing outside this folder (and src/db/index.ts, which imports the
 * migrations, is not imported back).
 */
export type Dialect = 'sqlite' | 'postgres';
