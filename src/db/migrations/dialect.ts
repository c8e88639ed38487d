/** The databases Wijknet runs on; a migration gets it for the few column types that differ. */
export type Dialect = 'sqlite' | 'postgres';
