import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { parseJsonObject } from '../common/json.js';
import { auditRepository } from './repository.js';
import type { AuditEntry, AuditPage, AuditQuery } from './schemas.js';
import { displayName } from '../common/names.js';

export const DELETED_USER = 'verwijderde gebruiker';
const DAY = 24 * 60 * 60_000;

/** A bare day in `to` means "up to and including that day". */
export function boundsFor(query: Pick<AuditQuery, 'from' | 'to'>): { fromIso?: string; toIso?: string } {
  const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
  return {
    ...(query.from ? { fromIso: new Date(Date.parse(query.from)).toISOString() } : {}),
    ...(query.to ? { toIso: new Date(Date.parse(query.to) + (isDay(query.to) ? DAY : 1)).toISOString() } : {}),
  };
}

export function createAuditService(deps: Deps) {
  const repo = auditRepository(deps.db);
  return {
    async list(ctx: MemberContext, query: AuditQuery): Promise<AuditPage> {
      const limit = query.limit ?? 50;
      const offset = query.offset ?? 0;
      const filter = { entity: query.entity, userId: query.userId, ...boundsFor(query) };
      const [rows, total] = await Promise.all([
        repo.page(ctx.networkId, filter, limit, offset),
        repo.count(ctx.networkId, filter),
      ]);
      const entries: AuditEntry[] = rows.map((r) => {
        // A person who deleted their account, or one this installation never knew (an import), shows as removed.
        const deleted = r.user_id !== null && (r.user_deleted_at !== null || r.user_email === null);
        return {
          id: r.id,
          at: r.at,
          entity: r.entity,
          entityId: r.entity_id,
          action: r.action,
          user:
            r.user_id === null
              ? null
              : { id: r.user_id, name: deleted ? DELETED_USER : displayName({ name: r.user_name ?? '' }), deleted },
          changes: parseJsonObject(r.changes) as AuditEntry['changes'],
        };
      });
      return { entries, total, limit, offset };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
