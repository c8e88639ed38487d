import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Deps } from './deps.js';
import { newId, nowIso } from './crypto.js';

type Plain = object;

/** Field-level before/after of what changed; unchanged fields are left out. */
export function diff(before: Plain | null, after: Plain | null): Record<string, { before: unknown; after: unknown }> {
  const b0 = (before ?? {}) as Record<string, unknown>;
  const a0 = (after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(b0), ...Object.keys(a0)]);
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of keys) {
    if (key === 'version' || key === 'updated_at') continue;
    const b = b0[key] ?? null;
    const a = a0[key] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) out[key] = { before: b, after: a };
  }
  return out;
}

export interface Change {
  networkId: string | null;
  userId: string | null;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  before?: Plain | null;
  after?: Plain | null;
  /** Someone outside the network's stream who must hear of it too (an added or removed member). */
  notifyUserId?: string;
}

/**
 * Every change to network data goes through here: it is written to the audit trail and
 * announced to the network's members as a live event.
 */
export async function recordChange(deps: Deps, change: Change): Promise<void> {
  await writeAudit(deps.db, change);
  const type = `${change.entity}.${change.action}`;
  await deps.live.publish({ networkId: change.networkId, type, entityId: change.entityId });
  if (change.notifyUserId) {
    await deps.live.publish({ userId: change.notifyUserId, type, entityId: change.entityId });
  }
}

/** Only the audit row of a change, inside a caller's transaction; announce it afterwards. */
export async function writeAudit(db: Kysely<DB>, change: Omit<Change, 'notifyUserId'>): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      network_id: change.networkId,
      user_id: change.userId,
      at: nowIso(),
      entity: change.entity,
      entity_id: change.entityId,
      action: change.action,
      changes: JSON.stringify(diff(change.before ?? null, change.after ?? null)),
    })
    .execute();
}
