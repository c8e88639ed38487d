import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export interface AuditFilter {
  entity?: string;
  userId?: string;
  fromIso?: string;
  toIso?: string;
}

/** The audit trail of one network. Rows are written by recordChange (modules/common/changes.ts). */
export const auditRepository = (db: Kysely<DB>) => {
  const filtered = (networkId: string, f: AuditFilter) => {
    let q = db.selectFrom('audit_log').where('audit_log.network_id', '=', networkId);
    if (f.entity) q = q.where('audit_log.entity', '=', f.entity);
    if (f.userId) q = q.where('audit_log.user_id', '=', f.userId);
    if (f.fromIso) q = q.where('audit_log.at', '>=', f.fromIso);
    if (f.toIso) q = q.where('audit_log.at', '<', f.toIso);
    return q;
  };
  return {
    async page(networkId: string, f: AuditFilter, limit: number, offset: number) {
      return filtered(networkId, f)
        .leftJoin('users', 'users.id', 'audit_log.user_id')
        .select([
          'audit_log.id',
          'audit_log.at',
          'audit_log.entity',
          'audit_log.entity_id',
          'audit_log.action',
          'audit_log.changes',
          'audit_log.user_id',
          'users.name as user_name',
          'users.email as user_email',
          'users.deleted_at as user_deleted_at',
        ])
        .orderBy('audit_log.at', 'desc')
        .orderBy('audit_log.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
    },
    async count(networkId: string, f: AuditFilter) {
      const r = await filtered(networkId, f)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    /** Everything, oldest first (network export). */
    async all(networkId: string) {
      return db
        .selectFrom('audit_log')
        .selectAll()
        .where('network_id', '=', networkId)
        .orderBy('at')
        .orderBy('id')
        .execute();
    },
  };
};
