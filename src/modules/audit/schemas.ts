import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { id } from '../common/schemas.js';

/** A day (2025-03-01) or a moment (2025-03-01T12:00:00Z); a day in `to` counts in full. */
const dateOrMoment = z
  .string()
  .trim()
  .max(40)
  .refine((v) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)), {
    error: schemaText('schema.auditDate'),
  });

export const auditQuery = z.strictObject({
  entity: z
    .string()
    .trim()
    .regex(/^[a-z_]{1,40}$/, { error: schemaText('schema.auditEntity') })
    .optional(),
  userId: id.optional(),
  from: dateOrMoment.optional(),
  to: dateOrMoment.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
});

export type AuditQuery = z.infer<typeof auditQuery>;

export interface AuditEntry {
  id: string;
  at: string;
  entity: string;
  entityId: string;
  action: string;
  /** Who made the change; null for changes made by the system. */
  user: { id: string; name: string; deleted: boolean } | null;
  /** The stored field changes, as written (for programs; people read `sentence` and `details`). */
  changes: Record<string, { before: unknown; after: unknown }>;
  /** The entry as a plain sentence in the request's language, with names instead of ids. */
  sentence: string;
  /** The changed fields by their label, with readable values (null: empty). */
  details: { label: string; before: string | null; after: string | null }[];
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  limit: number;
  offset: number;
}
