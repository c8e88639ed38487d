import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Deps } from './deps.js';
import type { Dialect } from '../../db/index.js';
import { insertRows } from '../../db/insert-rows.js';
import { newId, nowIso } from '../../core/crypto.js';
import { diff, type Change } from '../../core/changes.js';
import { countUsage, toolOfEntity } from './usage.js';

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

const AUDIT_COLUMNS = [
  'id',
  'network_id',
  'user_id',
  'at',
  'entity',
  'entity_id',
  'action',
  'changes',
] as const satisfies readonly (keyof DB['audit_log'])[];

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
  const tool = change.networkId ? toolOfEntity(change.entity) : undefined;
  if (tool && change.networkId) await countUsage(db, change.networkId, tool, 'changed');
}

/**
 * The audit rows of many changes at once, inside a caller's transaction (an import of thousands
 * of rows); `insertRows` keeps each statement under the databases' parameter limits.
 */
export async function writeAudits(
  db: Kysely<DB>,
  dialect: Dialect,
  changes: Omit<Change, 'notifyUserId'>[],
): Promise<void> {
  const at = nowIso();
  const rows = changes.map((change) => [
    newId(),
    change.networkId,
    change.userId,
    at,
    change.entity,
    change.entityId,
    change.action,
    JSON.stringify(diff(change.before ?? null, change.after ?? null)),
  ]);
  await insertRows(db, dialect, 'audit_log', AUDIT_COLUMNS, rows);
}
