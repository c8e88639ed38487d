import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { parseJsonObject } from '../common/json.js';
import { auditRepository } from './repository.js';
import { readAuditEntry } from '../../domain/audit/sentences.js';
import type { Lang } from '../../core/messages/index.js';
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
    async list(ctx: MemberContext, query: AuditQuery, lang: Lang = 'nl'): Promise<AuditPage> {
      const limit = query.limit ?? 50;
      const offset = query.offset ?? 0;
      const filter = { entity: query.entity, userId: query.userId, ...boundsFor(query) };
      const [rows, total] = await Promise.all([
        repo.page(ctx.networkId, filter, limit, offset),
        repo.count(ctx.networkId, filter),
      ]);
      const parsed = rows.map((r) => ({ row: r, changes: parseJsonObject(r.changes) as AuditEntry['changes'] }));
      // Every id-like value in this page, and the entries' own ids: looked up once, in this network.
      const ids = new Set<string>();
      const collect = (v: unknown): void => {
        if (typeof v === 'string') {
          const id = v.replace(/^(actor|member|user):/, '');
          if (/^[0-9a-f-]{36}$/i.test(id)) ids.add(id);
          else if (/^\s*\[/.test(v)) {
            try {
              collect(JSON.parse(v));
            } catch {
              /* text, not a list */
            }
          }
        } else if (Array.isArray(v)) v.forEach(collect);
      };
      for (const { row, changes } of parsed) {
        ids.add(row.entity_id);
        for (const c of Object.values(changes)) {
          collect(c.before);
          collect(c.after);
        }
      }
      const names = await repo.names(ctx.networkId, [...ids]);
      const entries: AuditEntry[] = parsed.map(({ row: r, changes }) => {
        // A person who deleted their account, or one this installation never knew (an import), shows as removed.
        const deleted = r.user_id !== null && (r.user_deleted_at !== null || r.user_email === null);
        const user =
          r.user_id === null
            ? null
            : { id: r.user_id, name: deleted ? DELETED_USER : displayName({ name: r.user_name ?? '' }), deleted };
        const reading = readAuditEntry(
          {
            entity: r.entity,
            entityId: r.entity_id,
            action: r.action,
            who: user ? { name: deleted ? '' : (r.user_name ?? ''), deleted } : null,
            changes,
          },
          lang,
          names,
        );
        return {
          id: r.id,
          at: r.at,
          entity: r.entity,
          entityId: r.entity_id,
          action: r.action,
          user,
          changes,
          sentence: reading.sentence,
          details: reading.details,
        };
      });
      return { entries, total, limit, offset };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
