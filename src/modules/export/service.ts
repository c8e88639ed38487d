import type { Deps } from '../../server/deps.js';
import { searchRepository } from '../search/repository.js';
import type { MemberContext } from '../../server/access.js';
import { AppError, errors } from '../../server/errors.js';
import { hashSecret, newId, newSecret, nowIso } from '../../server/crypto.js';
import { parseList } from '../common/json.js';
import { parseJsonObject } from '../audit/json.js';
import { exportRepository } from './repository.js';
import { sessionsForExport } from '../sessions/service.js';
import { EXPORT_FORMAT, EXPORT_VERSION, networkExport, type NetworkExport } from './schemas.js';

export interface ImportResult {
  networkId: string;
  networkName: string;
  members: number;
  actors: number;
  relations: number;
  newUsers: number;
}

export function exportService(deps: Deps) {
  const repo = exportRepository(deps.db);

  async function exportById(networkId: string): Promise<NetworkExport> {
    const n = await repo.network(networkId);
    if (!n) throw errors.notFound('Dit netwerk bestaat niet.');
    const [members, actors, relations, invitations, audit] = await Promise.all([
      repo.members(networkId),
      repo.actors(networkId),
      repo.relations(networkId),
      repo.invitations(networkId),
      repo.audit(networkId),
    ]);
    return {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_VERSION,
      exportedAt: nowIso(),
      network: {
        id: n.id,
        name: n.name,
        areaLevel: n.area_level,
        areaName: n.area_name,
        regionCode: n.region_code,
        population: n.population === null ? null : Number(n.population),
        ambition: n.ambition,
        vision: n.vision,
        focusThemes: parseList(n.focus_themes),
        createdBy: n.created_by,
        createdAt: n.created_at,
        updatedAt: n.updated_at,
        version: Number(n.version),
      },
      members: members.map((m) => ({
        id: m.id,
        userId: m.user_id,
        name: m.name,
        email: m.email,
        role: m.role,
        actorId: m.actor_id,
        createdAt: m.created_at,
        updatedAt: m.updated_at,
        version: Number(m.version),
      })),
      actors: actors.map((a) => ({
        id: a.id,
        homeNetworkId: a.home_network_id,
        kind: a.kind,
        name: a.name,
        domain: a.domain,
        themes: parseList(a.themes),
        targetGroups: parseList(a.target_groups),
        healthDimensions: parseList(a.health_dimensions),
        area: a.area,
        description: a.description,
        contactEmail: a.contact_email,
        contactPhone: a.contact_phone,
        website: a.website,
        kvk: a.kvk,
        agb: a.agb,
        findable: Number(a.findable) === 1,
        createdBy: a.created_by,
        createdAt: a.created_at,
        updatedAt: a.updated_at,
        version: Number(a.version),
      })),
      networkActors: actors.map((a) => ({ actorId: a.id, status: a.status, addedAt: a.added_at })),
      relations: relations.map((r) => ({
        id: r.id,
        actorAId: r.actor_a_id,
        actorBId: r.actor_b_id,
        kind: r.kind,
        frequency: r.frequency,
        quality: r.quality === null ? null : Number(r.quality),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        version: Number(r.version),
      })),
      invitations: invitations.map((i) => ({
        id: i.id,
        email: i.email,
        role: i.role,
        createdBy: i.created_by,
        createdAt: i.created_at,
        expiresAt: i.expires_at,
        acceptedAt: i.accepted_at,
        revokedAt: i.revoked_at,
      })),
      audit: audit.map((e) => ({
        id: e.id,
        userId: e.user_id,
        at: e.at,
        entity: e.entity,
        entityId: e.entity_id,
        action: e.action,
        changes: parseJsonObject(e.changes),
      })),
      workSessions: (await sessionsForExport(deps, networkId)) as unknown as Record<string, unknown>[],
    };
  }

  return {
    exportNetwork: (ctx: MemberContext) => exportById(ctx.networkId),
    /** For the command line, which runs with the rights of whoever can read the database. */
    exportById,

    /**
     * Reads an export back, keeping its ids. People are matched by e-mail address; someone this
     * installation does not know yet gets an account (they sign in with that address as usual).
     * All or nothing: one transaction.
     */
    async importNetwork(input: unknown): Promise<ImportResult> {
      const parsed = networkExport.safeParse(input);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new AppError(
          422,
          'invalid_export',
          `Dit is geen geldig Wijknet-exportbestand (formaat ${EXPORT_FORMAT}, versie ${EXPORT_VERSION}). Eerste probleem bij "${first?.path.join('.') || 'bestand'}": ${first?.message ?? ''}`,
        );
      }
      const data = parsed.data;
      // The search index is filled after the import: it cannot nest in the import's transaction.
      const toIndex: { id: string; name: string; themes: string; target_groups: string; description: string }[] = [];
      const result = await deps.db.transaction().execute(async (trx) => {
        const r = exportRepository(trx);
        if (await r.networkExists(data.network.id)) {
          throw errors.conflict(`Het netwerk "${data.network.name}" bestaat hier al (zelfde id). Verwijder het eerst als je het wilt vervangen.`);
        }
        const n = data.network;
        await r.insertNetwork({
          id: n.id,
          name: n.name,
          area_level: n.areaLevel,
          area_name: n.areaName,
          region_code: n.regionCode,
          population: n.population,
          ambition: n.ambition,
          vision: n.vision,
          focus_themes: JSON.stringify(n.focusThemes),
          created_by: n.createdBy,
          created_at: n.createdAt,
          updated_at: n.updatedAt,
          version: n.version,
        });

        const userIds = new Map<string, string>();
        let newUsers = 0;
        for (const m of data.members) {
          const email = m.email.trim().toLowerCase();
          const existing = await r.userByEmail(email);
          if (existing) {
            userIds.set(m.userId, existing.id);
            continue;
          }
          const id = (await r.userIdTaken(m.userId)) ? newId() : m.userId;
          await r.insertUser({ id, email, name: m.name, is_admin: 0, locale: 'nl', reminders: 1, created_at: nowIso(), deleted_at: null });
          userIds.set(m.userId, id);
          newUsers++;
        }

        const linked = new Set<string>();
        for (const a of data.actors) {
          if (await r.actorExists(a.id)) continue; // a shared actor this installation already holds
          const home = a.homeNetworkId === n.id || (await r.networkExists(a.homeNetworkId)) ? a.homeNetworkId : n.id;
          toIndex.push({ id: a.id, name: a.name, themes: JSON.stringify(a.themes), target_groups: JSON.stringify(a.targetGroups), description: a.description });
          await r.insertActor({
            id: a.id,
            home_network_id: home,
            kind: a.kind,
            name: a.name,
            domain: a.domain,
            themes: JSON.stringify(a.themes),
            target_groups: JSON.stringify(a.targetGroups),
            health_dimensions: JSON.stringify(a.healthDimensions),
            area: a.area,
            description: a.description,
            contact_email: a.contactEmail,
            contact_phone: a.contactPhone,
            website: a.website,
            kvk: a.kvk,
            agb: a.agb,
            findable: a.findable ? 1 : 0,
            created_by: a.createdBy,
            created_at: a.createdAt,
            updated_at: a.updatedAt,
            version: a.version,
          });
        }
        for (const na of data.networkActors) {
          if (linked.has(na.actorId)) continue;
          linked.add(na.actorId);
          await r.insertNetworkActor({ network_id: n.id, actor_id: na.actorId, status: na.status, added_at: na.addedAt });
        }
        for (const m of data.members) {
          await r.insertMember({
            id: m.id,
            network_id: n.id,
            user_id: userIds.get(m.userId)!,
            role: m.role,
            actor_id: m.actorId,
            created_at: m.createdAt,
            updated_at: m.updatedAt,
            version: m.version,
          });
        }
        for (const rel of data.relations) {
          await r.insertRelation({
            id: rel.id,
            network_id: n.id,
            actor_a_id: rel.actorAId,
            actor_b_id: rel.actorBId,
            kind: rel.kind,
            frequency: rel.frequency,
            quality: rel.quality,
            created_at: rel.createdAt,
            updated_at: rel.updatedAt,
            version: rel.version,
          });
        }
        for (const i of data.invitations) {
          // The secret behind an old link is not in the export, so an imported link never works.
          await r.insertInvitation({
            id: i.id,
            network_id: n.id,
            email: i.email,
            role: i.role,
            token_hash: hashSecret(newSecret()),
            created_by: i.createdBy,
            created_at: i.createdAt,
            expires_at: i.expiresAt,
            accepted_at: i.acceptedAt,
            revoked_at: i.revokedAt,
          });
        }
        for (const e of data.audit) {
          await r.insertAudit({
            id: e.id,
            network_id: n.id,
            user_id: e.userId === null ? null : (userIds.get(e.userId) ?? e.userId),
            at: e.at,
            entity: e.entity,
            entity_id: e.entityId,
            action: e.action,
            changes: JSON.stringify(e.changes),
          });
        }
        return { networkId: n.id, networkName: n.name, members: data.members.length, actors: linked.size, relations: data.relations.length, newUsers };
      });
      const search = searchRepository(deps.db);
      for (const actor of toIndex) await search.indexActor(actor);
      return result;
    },
  };
}
