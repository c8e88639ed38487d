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
    /**
     * Names for the ids in a page of entries, so the log names people, partners and goals instead
     * of showing ids. Only this network's partners, members, goals and focus themes.
     */
    async names(networkId: string, ids: string[]): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      if (ids.length === 0) return out;
      const [actors, members, goals, candidates, ladders] = await Promise.all([
        db
          .selectFrom('actors')
          .select(['actors.id', 'actors.name'])
          .where('actors.id', 'in', ids)
          .where((eb) =>
            eb.or([
              eb('actors.home_network_id', '=', networkId),
              eb.exists(
                eb
                  .selectFrom('network_actors')
                  .select('network_actors.actor_id')
                  .whereRef('network_actors.actor_id', '=', 'actors.id')
                  .where('network_actors.network_id', '=', networkId),
              ),
            ]),
          )
          .execute(),
        db
          .selectFrom('members')
          .innerJoin('users', 'users.id', 'members.user_id')
          .select(['members.id', 'members.user_id', 'users.name'])
          .where('members.network_id', '=', networkId)
          .where((eb) => eb.or([eb('members.id', 'in', ids), eb('members.user_id', 'in', ids)]))
          .execute(),
        db
          .selectFrom('network_goals')
          .select(['id', 'title'])
          .where('network_id', '=', networkId)
          .where('id', 'in', ids)
          .execute(),
        db
          .selectFrom('focus_candidates')
          .select(['id', 'theme'])
          .where('network_id', '=', networkId)
          .where('id', 'in', ids)
          .execute(),
        db
          .selectFrom('why_ladders')
          .select(['id', 'activity'])
          .where('network_id', '=', networkId)
          .where('id', 'in', ids)
          .execute(),
      ]);
      for (const a of actors) out.set(a.id, a.name);
      for (const m of members) {
        if (!m.name.trim()) continue;
        out.set(m.id, m.name);
        out.set(m.user_id, m.name);
      }
      for (const g of goals) out.set(g.id, g.title);
      for (const c of candidates) out.set(c.id, c.theme);
      for (const l of ladders) if (l.activity.trim()) out.set(l.id, l.activity);
      return out;
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
