import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { parseList } from '../common/json.js';
import {
  askContactConfirmation,
  confirmContact,
  mailAddressOf,
  unconfirmedContacts,
} from '../common/contact-address.js';
import { actorRepository, type ActorRow } from './repository.js';
import { actorColumns, newActorRow, type ActorInput } from '../common/actor-rows.js';
import type { Services } from '../../core/registry.js';
import type { ActorView, ContactConfirmed } from './schemas.js';
import { displayName } from '../common/names.js';

export type { ActorInput } from '../common/actor-rows.js';

const personConsent = () =>
  errors.invalid({
    findable: 'actor.personFindable',
  });

/** Every create and update re-indexes the actor through the search service. */
export function createActorService(deps: Deps, { search }: Pick<Services, 'search'>) {
  const repo = actorRepository(deps.db, deps.database.readMany);

  function toView(
    row: ActorRow & { status: string },
    networkId: string,
    acting: { id: string; actor_id: string | null; name: string; email: string }[],
    unconfirmed: Set<string>,
  ): ActorView {
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      domain: row.domain,
      themes: parseList(row.themes),
      targetGroups: parseList(row.target_groups),
      healthDimensions: parseList(row.health_dimensions),
      area: row.area,
      description: row.description,
      contactEmail: row.contact_email,
      contactUnconfirmed: unconfirmed.has(row.id),
      contactPhone: row.contact_phone,
      website: row.website,
      kvk: row.kvk,
      agb: row.agb,
      findable: row.findable === 1,
      editable: row.home_network_id === networkId,
      status: row.status,
      members: acting.filter((m) => m.actor_id === row.id).map((m) => ({ memberId: m.id, name: displayName(m) })),
      version: Number(row.version),
      updatedAt: row.updated_at,
    };
  }

  async function getView(ctx: MemberContext, actorId: string): Promise<ActorView> {
    const [row, acting] = await Promise.all([
      repo.getInNetwork(ctx.networkId, actorId),
      repo.membersActingFor(ctx.networkId),
    ]);
    if (!row) throw errors.notFound('actor.notFound');
    return toView(row, ctx.networkId, acting, await unconfirmedContacts(deps.db, [row]));
  }

  /**
   * Un-sharing: each other network that linked the actor gets a copy under a new id with the
   * public fields as they were (a person's contact details dropped, and an address still waiting
   * for confirmation); its relations, representation, consents and actions move to the copy, and
   * later changes of the original no longer reach it.
   */
  async function unshare(shared: ActorRow & { status: string }) {
    const { status: _status, ...record } = shared;
    const confirmed = await mailAddressOf(deps.db, record);
    const person = record.kind === 'person';
    for (const networkId of await repo.otherNetworksWith(record.id, record.home_network_id)) {
      const now = nowIso();
      const copy: ActorRow = {
        ...record,
        id: newId(),
        home_network_id: networkId,
        contact_email: person ? null : confirmed,
        contact_phone: person ? null : record.contact_phone,
        website: person ? null : record.website,
        findable: 0,
        created_by: null,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.unshare(networkId, record.id, copy);
      await search.indexActor(copy);
      await recordChange(deps, {
        networkId,
        userId: null,
        entity: 'actor',
        entityId: copy.id,
        action: 'create',
        after: { name: copy.name, kept: 'no longer shared by its home network; this copy is your own' },
      });
      // Members acting for it: their cached membership names the old id.
      await deps.live.publish({ networkId, type: 'member.update', entityId: copy.id });
    }
  }

  return {
    /** Whether the actor takes part in (or was approached by) the caller's network. */
    inNetwork: (ctx: MemberContext, actorId: string) => repo.networkHasActor(ctx.networkId, actorId),

    async list(ctx: MemberContext): Promise<ActorView[]> {
      const [rows, acting] = await Promise.all([
        repo.listInNetwork(ctx.networkId),
        repo.membersActingFor(ctx.networkId),
      ]);
      const unconfirmed = await unconfirmedContacts(deps.db, rows);
      return rows.map((r) => toView(r, ctx.networkId, acting, unconfirmed));
    },

    get: getView,

    async create(
      ctx: MemberContext,
      input: ActorInput & { kind: string; name: string; domain: string },
    ): Promise<ActorView> {
      if (input.kind === 'person' && input.findable) throw personConsent();
      const now = nowIso();
      const row = newActorRow(input, { networkId: ctx.networkId, userId: ctx.userId, now });
      await repo.insert(row, ctx.networkId, input.status ?? 'partner');
      await search.indexActor(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'actor',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return getView(ctx, row.id);
    },

    async update(ctx: MemberContext, actorId: string, input: ActorInput & { version: number }): Promise<ActorView> {
      const before = await repo.getInNetwork(ctx.networkId, actorId);
      if (!before) throw errors.notFound('actor.notFound');
      const { status, ...fields } = input;
      const columns = actorColumns(fields);
      const changesRecord = Object.keys(columns).length > 0;
      if (changesRecord && before.home_network_id !== ctx.networkId) {
        throw errors.forbidden('actor.otherNetworkKeeps');
      }
      const kind = input.kind ?? before.kind;
      const findable = input.findable ?? before.findable === 1;
      const wasFindablePerson = before.kind === 'person' && before.findable === 1;
      if (kind === 'person' && findable && !wasFindablePerson && ctx.actorId !== actorId) throw personConsent();
      let after: ActorRow | undefined = before;
      if (changesRecord) {
        after = await repo.update(ctx.networkId, actorId, input.version, { ...columns, updated_at: nowIso() });
        if (!after) throw errors.stale(await getView(ctx, actorId));
        await search.indexActor(after);
      } else if (Number(before.version) !== input.version) {
        throw errors.stale(await getView(ctx, actorId));
      }
      if (status !== undefined && status !== before.status) await repo.setStatus(ctx.networkId, actorId, status);
      // A new contact address gets no mail until its owner confirms it (issue 10).
      if (
        after.contact_email &&
        after.contact_email.trim().toLowerCase() !== (before.contact_email ?? '').trim().toLowerCase()
      ) {
        await askContactConfirmation(
          deps,
          { id: actorId, name: after.name, contact_email: after.contact_email },
          await repo.networkName(ctx.networkId),
        );
      }
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'actor',
        entityId: actorId,
        action: 'update',
        before: { ...before },
        after: { ...after, status: status ?? before.status },
      });
      // Made private: every other network that took it in keeps a partner of its own (issue 10).
      if (before.findable === 1 && after.findable === 0) await unshare(before);
      // A shared profile shows in every network that took it in: they must hear of the change too.
      if (changesRecord) {
        for (const networkId of await repo.otherNetworksWith(actorId, ctx.networkId)) {
          await deps.live.publish({ networkId, type: 'actor.update', entityId: actorId });
        }
      }
      return getView(ctx, actorId);
    },

    async remove(ctx: MemberContext, actorId: string): Promise<void> {
      const before = await repo.getInNetwork(ctx.networkId, actorId);
      if (!before) throw errors.notFound('actor.notFound');
      await repo.remove(ctx.networkId, actorId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'actor',
        entityId: actorId,
        action: 'delete',
        before,
      });
    },

    /** The owner of a changed contact address confirms it through the mailed link. */
    async confirmContact(token: string): Promise<ContactConfirmed> {
      const done = await confirmContact(deps.db, token);
      if (!done) throw errors.notFound('actor.contactLinkInvalid');
      return { confirmed: true, actorName: done.actorName };
    },

    /** Brings a findable actor from the shared directory into this network. */
    async link(ctx: MemberContext, actorId: string, status: string): Promise<ActorView> {
      if (!(await repo.networkHasActor(ctx.networkId, actorId))) {
        const actor = await repo.findableById(actorId);
        if (!actor) throw errors.notFound('actor.notShared');
        await repo.link(ctx.networkId, actorId, status, nowIso());
        await recordChange(deps, {
          networkId: ctx.networkId,
          userId: ctx.userId,
          entity: 'actor',
          entityId: actorId,
          action: 'create',
          after: { linked: actor.name },
        });
      }
      return getView(ctx, actorId);
    },
  };
}

export type ActorService = ReturnType<typeof createActorService>;
