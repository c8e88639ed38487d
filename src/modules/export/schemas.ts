import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import '../common/zod-nl.js';
import { NETWORK_TABLES, type ColumnSpec, type NetworkTableName } from './tables.js';

export const EXPORT_FORMAT = 'wijknet-netwerk';
/** 2 added `tables`. Import reads 1 and 2; a version 1 file simply has no `tables`. */
export const EXPORT_VERSION = 2;
export const IMPORT_VERSIONS = [1, 2] as const;

const text = z.string().max(100_000);
const maybe = text.nullable();
const list = z.array(text).max(1000);

/** A stored value as it travels in `tables`: see ColumnKind in tables.ts. */
export type CellValue = string | number | boolean | null;
export type TableRow = Record<string, CellValue>;

const isJson = (v: string) => {
  try {
    JSON.parse(v);
    return true;
  } catch {
    return false;
  }
};

function cell(c: ColumnSpec): z.ZodType<CellValue> {
  const base: z.ZodType<CellValue> =
    c.kind === 'text'
      ? text
      : c.kind === 'json'
        ? // Network snapshots and published cards are whole networks in JSON: room for large ones.
          z
            .string()
            .max(20_000_000)
            .refine(isJson, { message: schemaText('schema.json') })
        : c.kind === 'int'
          ? z.number().int().min(-2_147_483_648).max(2_147_483_647)
          : c.kind === 'real'
            ? z.number().finite()
            : z.boolean();
  return c.nullable ? base.nullable() : base;
}

/** One row of a table: exactly its exportable columns (secrets are never part of a file). */
const rowSchema = (columns: Record<string, ColumnSpec>) =>
  z.strictObject(
    Object.fromEntries(
      Object.entries(columns)
        .filter(([, c]) => !c.secret)
        .map(([name, c]) => [name, cell(c)]),
    ),
  );

/** Every network table by its database name; a table left out has no rows. Unknown names are refused. */
export const tablesSchema = z.strictObject(
  Object.fromEntries(
    NETWORK_TABLES.map((t) => [t.table, z.array(rowSchema(t.columns)).optional()]),
  ) as unknown as Record<NetworkTableName, z.ZodOptional<z.ZodArray<z.ZodType<TableRow>>>>,
);

/**
 * The network export, also what `wijknet import` reads. Ids are kept, so an import into an empty
 * installation gives back the same network. Secrets (token hashes) are never part of it.
 */
export const networkExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.union(IMPORT_VERSIONS.map((v) => z.literal(v))),
  exportedAt: text,
  network: z.object({
    id: text,
    name: text,
    areaLevel: text,
    areaName: text,
    regionCode: maybe,
    population: z.number().nullable(),
    ambition: text,
    vision: text,
    focusThemes: list,
    createdBy: maybe,
    createdAt: text,
    updatedAt: text,
    version: z.number().int(),
  }),
  members: z.array(
    z.object({
      id: text,
      userId: text,
      name: text,
      email: text,
      role: text,
      actorId: maybe,
      createdAt: text,
      updatedAt: text,
      version: z.number().int(),
    }),
  ),
  actors: z.array(
    z.object({
      id: text,
      homeNetworkId: text,
      kind: text,
      name: text,
      domain: text,
      themes: list,
      targetGroups: list,
      healthDimensions: list,
      area: text,
      description: text,
      contactEmail: maybe,
      contactPhone: maybe,
      website: maybe,
      kvk: maybe,
      agb: maybe,
      findable: z.boolean(),
      createdBy: maybe,
      createdAt: text,
      updatedAt: text,
      version: z.number().int(),
    }),
  ),
  networkActors: z.array(z.object({ actorId: text, status: text, addedAt: text })),
  relations: z.array(
    z.object({
      id: text,
      actorAId: text,
      actorBId: text,
      kind: text,
      frequency: text,
      quality: z.number().nullable(),
      createdAt: text,
      updatedAt: text,
      version: z.number().int(),
    }),
  ),
  invitations: z.array(
    z.object({
      id: text,
      email: maybe,
      role: text,
      createdBy: maybe,
      createdAt: text,
      expiresAt: text,
      acceptedAt: maybe,
      revokedAt: maybe,
    }),
  ),
  audit: z.array(
    z.object({
      id: text,
      userId: maybe,
      at: text,
      entity: text,
      entityId: text,
      action: text,
      changes: z.record(z.string(), z.unknown()),
    }),
  ),
  /**
   * Version 2: the stored rows (database column names) of every other table of the network, see
   * NETWORK_TABLES in tables.ts — ladders, goals, card, agreements, actions, werksessies, wijkprofiel,
   * focus, snapshots, who-is-who.
   */
  tables: tablesSchema.optional(),
  /** Version 1 only: werksessies in another shape, now in `tables`. Accepted and ignored. */
  workSessions: z.array(z.unknown()).optional(),
});

export type NetworkExport = z.infer<typeof networkExport>;
