import { z } from 'zod';

export const EXPORT_FORMAT = 'wijknet-netwerk';
export const EXPORT_VERSION = 1;

const text = z.string().max(100_000);
const maybe = text.nullable();
const list = z.array(text).max(1000);

/**
 * The network export, also what `wijknet import` reads. Ids are kept, so an import into an empty
 * installation gives back the same network. Secrets (token hashes) are never part of it.
 */
export const networkExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_VERSION),
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
  /** Werksessies with guests' names and answers (personal data kept with the session); not read back on import. */
  workSessions: z.array(z.record(z.string(), z.unknown())).optional(),
});

export type NetworkExport = z.infer<typeof networkExport>;
