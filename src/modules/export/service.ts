import type { Deps } from '../common/deps.js';
import type { Services } from '../../core/registry.js';
import type { MemberContext } from '../../core/access.js';
import { AppError, errors } from '../../core/errors.js';
import { hashSecret, newId, newSecret, nowIso } from '../../core/crypto.js';
import { parseList, parseJsonObject } from '../common/json.js';
import { msg, type MessageRef } from '../../core/messages/index.js';
import { validationText, type IssueLike } from '../../core/messages/zod.js';
import { exportRepository } from './repository.js';
import { newSessionCode } from '../common/session-code.js';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  IMPORT_VERSIONS,
  networkExport,
  type CellValue,
  type NetworkExport,
  type TableRow,
} from './schemas.js';
import { NETWORK_TABLES, type ColumnSpec, type TableSpec } from './tables.js';

export interface ImportResult {
  networkId: string;
  networkName: string;
  members: number;
  actors: number;
  relations: number;
  newUsers: number;
  /** Rows read into the other tables, by their Dutch label, in list order; only tables with rows. */
  content: { table: string; label: string; count: number }[];
}

/** One value as the export writes it, the same from SQLite and PostgreSQL (see ColumnKind). */
function exportedValue(c: ColumnSpec, v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (c.kind) {
    case 'int':
    case 'real':
      return Number(v);
    case 'flag':
      return Number(v) === 1 || v === true;
    default:
      return String(v);
  }
}

const byKey = (key: string[]) => (a: TableRow, b: TableRow) => {
  for (const k of key) {
    const x = String(a[k]);
    const y = String(b[k]);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/** Plain code-unit order, the same on both databases (collations differ). */
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** reminders_sent keys: `<kind>:<id>:<date>:<user id>` (see jobs/reminders.ts). */
const REMINDER_KEY = /^([a-z]+):([^:]+):([^:]*):([^:]+)$/;

function keyParent(spec: TableSpec, row: TableRow): { parent: string; id: string } | null {
  if (!('keyPrefixes' in spec.owner)) return null;
  const m = REMINDER_KEY.exec(String(row.key));
  const parent = m ? spec.owner.keyPrefixes[m[1]] : undefined;
  return m && parent && m[4] === row.user_id ? { parent, id: m[2] } : null;
}

const badFile = (message: MessageRef) => new AppError(422, 'invalid_export', message);

/**
 * Checks what the schema cannot: every row belongs to the exported network, points only at rows of
 * the same file, and appears once.
 */
function checkTables(data: NetworkExport): void {
  const known = new Map<string, Set<string>>([
    ['members', new Set(data.members.map((m) => m.id))],
    ['actors', new Set(data.actors.map((a) => a.id))],
  ]);
  for (const spec of NETWORK_TABLES) {
    const rows = data.tables?.[spec.table] ?? [];
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const where = { table: spec.table, row: i + 1 };
      const owner = spec.owner;
      if ('network' in owner && row[owner.network] !== data.network.id) {
        throw badFile(
          msg('export.otherNetwork', { ...where, other: String(row[owner.network]), network: data.network.id }),
        );
      }
      if ('parent' in owner && !known.get(owner.parent)?.has(String(row[owner.column]))) {
        throw badFile(
          msg('export.parentMissing', {
            ...where,
            column: owner.column,
            value: String(row[owner.column]),
            parent: owner.parent,
          }),
        );
      }
      if ('keyPrefixes' in owner) {
        const p = keyParent(spec, row);
        if (!p || !known.get(p.parent)?.has(p.id))
          throw badFile(msg('export.keyNotOurs', { ...where, key: String(row.key) }));
      }
      for (const [name, c] of Object.entries(spec.columns)) {
        if (c.ref && row[name] !== null && !known.get(c.ref)?.has(String(row[name]))) {
          throw badFile(msg('export.refMissing', { ...where, column: name, value: String(row[name]), ref: c.ref }));
        }
      }
      const key = spec.key.map((k) => String(row[k])).join('\u0000');
      if (seen.has(key)) throw badFile(msg('export.duplicate', { ...where, key: spec.key.join(' en ') }));
      seen.add(key);
    });
    if ('id' in spec.columns) known.set(spec.table, new Set(rows.map((r) => String(r.id))));
  }
}

/**
 * The database's own refusals (a duplicate id, a reference to something missing, a value out of
 * range) while importing: the file does not fit this installation. SQLite codes are SQLITE_…;
 * PostgreSQL's class 22 is a data exception, 23 an integrity constraint violation.
 */
function refusedByDatabase(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (/^SQLITE_(CONSTRAINT|MISMATCH|TOOBIG|RANGE)/.test(code) || /^2[23][0-9A-Z]{3}$/.test(code))
    return (err as Error).message;
  return null;
}

/** An import re-indexes its actors through the search service. */
export function createExportService(deps: Deps, { search }: Pick<Services, 'search'>) {
  /**
   * One consistent moment: the tables are read in one transaction (a snapshot on PostgreSQL too),
   * so a guest who answers during the export cannot leave an answer without its guest in the file.
   */
  const exportById = (networkId: string): Promise<NetworkExport> =>
    deps.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute((trx) => readNetwork(exportRepository(trx), networkId));

  async function readNetwork(repo: ReturnType<typeof exportRepository>, networkId: string): Promise<NetworkExport> {
    const n = await repo.network(networkId);
    if (!n) throw errors.notFound('network.notFound');
    const [members, actors, relations, invitations, audit] = await Promise.all([
      repo.members(networkId).then((rows) => rows.sort(byId)),
      repo.actors(networkId).then((rows) => rows.sort(byId)),
      repo.relations(networkId).then((rows) => rows.sort(byId)),
      repo.invitations(networkId).then((rows) => rows.sort(byId)),
      repo.audit(networkId).then((rows) => rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : byId(a, b)))),
    ]);
    const tables: Record<string, TableRow[]> = {};
    for (const spec of NETWORK_TABLES) {
      const columns = Object.entries(spec.columns).filter(([, c]) => !c.secret);
      let rows = (await repo.tableRows(spec, networkId)).map((r): TableRow =>
        Object.fromEntries(columns.map(([name, c]) => [name, exportedValue(c, r[name])])),
      );
      if ('keyPrefixes' in spec.owner) {
        const ids = new Map<string, Set<unknown>>();
        const idsOf = (table: string) =>
          ids.get(table) ?? ids.set(table, new Set(tables[table]!.map((x) => x.id))).get(table)!;
        rows = rows.filter((r) => {
          const p = keyParent(spec, r);
          return p !== null && idsOf(p.parent).has(p.id);
        });
      }
      tables[spec.table] = rows.sort(byKey(spec.key));
    }
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
        // A shared profile from another network: who made it there is that network's business.
        createdBy: a.home_network_id === networkId ? a.created_by : null,
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
      tables,
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
          msg('export.invalidFile', {
            format: EXPORT_FORMAT,
            versions: IMPORT_VERSIONS.join(' of '),
            path: first?.path.join('.') || 'bestand',
            problem: first ? validationText('nl', first as IssueLike) : '',
          }),
        );
      }
      const data = parsed.data;
      checkTables(data);
      // The search index is filled after the import: it cannot nest in the import's transaction.
      const toIndex: string[] = [];
      const run = () =>
        deps.db.transaction().execute(async (trx) => {
          const r = exportRepository(trx);
          if (await r.networkExists(data.network.id)) {
            throw errors.conflict(msg('export.exists', { name: data.network.name }));
          }
          const n = data.network;

          // People first: every column that names a person is mapped through this.
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
            await r.insertUser({
              id,
              email,
              name: m.name,
              is_admin: 0,
              locale: 'nl',
              reminders: 1,
              created_at: nowIso(),
              deleted_at: null,
            });
            userIds.set(m.userId, id);
            newUsers++;
          }
          // Someone who is not a member of the export (left, or deleted their account) is not known here.
          const person = (id: string | null) => (id === null ? null : (userIds.get(id) ?? null));

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
            created_by: person(n.createdBy),
            created_at: n.createdAt,
            updated_at: n.updatedAt,
            version: n.version,
          });

          const linked = new Set<string>();
          for (const a of data.actors) {
            if (await r.actorExists(a.id)) continue; // a shared actor this installation already holds
            const home = a.homeNetworkId === n.id || (await r.networkExists(a.homeNetworkId)) ? a.homeNetworkId : n.id;
            toIndex.push(a.id);
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
              created_by: person(a.createdBy),
              created_at: a.createdAt,
              updated_at: a.updatedAt,
              version: a.version,
            });
          }
          for (const na of data.networkActors) {
            if (linked.has(na.actorId)) continue;
            linked.add(na.actorId);
            await r.insertNetworkActor({
              network_id: n.id,
              actor_id: na.actorId,
              status: na.status,
              added_at: na.addedAt,
            });
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
              created_by: person(i.createdBy),
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

          // Everything else, table by table in foreign-key order (tables.ts).
          const drawnCodes = new Set<string>();
          const freshJoinCode = async () => {
            for (;;) {
              const code = newSessionCode();
              if (!drawnCodes.has(code) && !(await r.sessionCodeTaken(code))) {
                drawnCodes.add(code);
                return code;
              }
            }
          };
          const content: ImportResult['content'] = [];
          for (const spec of NETWORK_TABLES) {
            let count = 0;
            for (const row of data.tables?.[spec.table] ?? []) {
              const stored: Record<string, unknown> = {};
              let keep = true;
              for (const [name, c] of Object.entries(spec.columns)) {
                const v = row[name];
                if (c.secret === 'hash') stored[name] = hashSecret(newSecret());
                else if (c.secret === 'joinCode') stored[name] = row.status === 'open' ? await freshJoinCode() : null;
                else if (c.kind === 'flag') stored[name] = v ? 1 : 0;
                else if (c.user) {
                  stored[name] = person(v as string | null);
                  if (stored[name] === null && !c.nullable) keep = false;
                } else stored[name] = v;
              }
              if (!keep) continue; // e.g. a reminder sent to someone who is no longer a member
              const parent = keyParent(spec, row);
              if (parent) stored.key = String(row.key).replace(/[^:]+$/, String(stored.user_id));
              if (await r.insertTableRow(spec, stored)) count++;
            }
            if (count) content.push({ table: spec.table, label: spec.label, count });
          }
          return {
            networkId: n.id,
            networkName: n.name,
            members: data.members.length,
            actors: linked.size,
            relations: data.relations.length,
            newUsers,
            content,
          };
        });
      let result: ImportResult;
      try {
        result = await run();
      } catch (err) {
        const refused = err instanceof AppError ? null : refusedByDatabase(err);
        if (!refused) throw err;
        throw new AppError(422, 'import_conflict', msg('export.refused', { reason: refused }));
      }
      for (const id of toIndex) await search.indexActor({ id });
      return result;
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
