import { forgetSessionAuthors } from '../../domain/session-credits.js';
import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { msg } from '../../core/messages/index.js';
import { displayName } from '../common/names.js';
import { CARD_GUIDE, personalColumnAllowed, type CardColumn, type CardMode } from '../../domain/card.js';
import { cardRepository, type ItemRow, type VersionRow } from './repository.js';
import type {
  CardItemView,
  CardSnapshot,
  CardView,
  ConsentView,
  Party,
  Source,
  VersionSummary,
  VersionView,
} from './schemas.js';
import { compareDutch } from '../../domain/collate.js';
import { documentFacts } from './facts.js';
import { createConsentActions } from './consent.js';

type MemberRow = Awaited<ReturnType<ReturnType<typeof cardRepository>['members']>>[number];

export const partyOf = (ctx: { actorId: string | null; memberId: string }) =>
  ctx.actorId ? `actor:${ctx.actorId}` : `member:${ctx.memberId}`;

const missingItem = () => errors.notFound('card.itemNotFound');
const missingVersion = () => errors.notFound('card.versionNotFound');

function parseSources(text: string): Source[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as Source[]) : [];
  } catch {
    return [];
  }
}

/**
 * The parts of a snapshot that consent is about; actions are a living plan and left out, and so
 * are the wijkprofiel figures. The focus decision counts once a version holds it (older versions
 * do not), so a new focus can be put in a new version.
 */
const consentedContent = (
  s: Pick<CardSnapshot, 'mode' | 'columns' | 'network' | 'goals' | 'leads' | 'agreements' | 'focus'>,
  withFocus: boolean,
) => ({
  card: {
    mode: s.mode,
    columns: s.columns.map((c) => ({
      key: c.key,
      items: c.items.map((i) => ({ text: i.text, sources: i.sources.map((x) => x.itemId) })),
    })),
  },
  goals: { vision: s.network.vision, goals: s.goals },
  leads: s.leads,
  agreements: s.agreements,
  ...(withFocus ? { focus: s.focus ? { themes: s.focus.themes, reasons: s.focus.reasons } : null } : {}),
});

export function createCardService(deps: Deps) {
  const repo = cardRepository(deps.db);
  const consentActions = createConsentActions(deps);

  async function mode(networkId: string): Promise<{ mode: CardMode; version: number }> {
    const s = await repo.settings(networkId);
    return s ? { mode: s.mode as CardMode, version: Number(s.version) } : { mode: 'full', version: 1 };
  }

  const toItem = (ctx: MemberContext, r: ItemRow): CardItemView => ({
    id: r.id,
    column: r.card_column,
    text: r.text,
    position: Number(r.position),
    sources: parseSources(r.sources),
    editable: r.member_id === null ? ctx.role === 'kartrekker' : r.member_id === ctx.memberId,
    version: Number(r.version),
    updatedAt: r.updated_at,
  });

  async function parties(networkId: string, members?: MemberRow[]): Promise<Party[]> {
    const all = members ?? (await repo.members(networkId));
    const out = new Map<string, string>();
    for (const a of await repo.partnerActors(networkId)) out.set(`actor:${a.id}`, a.name);
    for (const m of all) {
      if (m.role === 'meekijker') continue;
      if (m.actor_id) out.set(`actor:${m.actor_id}`, m.actor_name ?? 'Partner');
      else out.set(`member:${m.id}`, displayName(m));
    }
    return [...out].map(([party, name]) => ({ party, name })).sort((a, b) => compareDutch(a.name, b.name));
  }

  async function sourcesFor(ctx: MemberContext, ids: string[] | undefined): Promise<Source[]> {
    if (!ids?.length) return [];
    const unique = [...new Set(ids)];
    const rows = await repo.personalItems(ctx.networkId, unique);
    if (rows.length !== unique.length) throw errors.invalid({ sourceItemIds: 'card.sourceMissing' });
    const members = new Map((await repo.members(ctx.networkId)).map((m) => [m.id, m]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return unique.map((itemId) => {
      const r = byId.get(itemId)!;
      const m = r.member_id ? members.get(r.member_id) : undefined;
      return {
        itemId,
        memberId: r.member_id,
        memberName: m ? displayName(m) : 'Oud-lid',
        actorId: m?.actor_id ?? null,
        actorName: m?.actor_name ?? null,
        text: r.text,
      };
    });
  }

  /** Everything a published version holds, read in one go. */
  async function gather(ctx: MemberContext, number: number, publishedAt: string): Promise<CardSnapshot> {
    const [network, items, members, goals, leads, agreements, actions, current, facts] = await Promise.all([
      repo.network(ctx.networkId),
      repo.items(ctx.networkId),
      repo.members(ctx.networkId),
      repo.goals(ctx.networkId),
      repo.leads(ctx.networkId),
      repo.agreements(ctx.networkId),
      repo.actions(ctx.networkId),
      mode(ctx.networkId),
      documentFacts(deps.db, ctx.networkId),
    ]);
    const memberById = new Map(members.map((m) => [m.id, m]));
    const nameOf = (id: string | null) => {
      const m = id ? memberById.get(id) : undefined;
      return m ? displayName(m) : null;
    };
    const joint = items.filter((i) => i.member_id === null);
    const publisher = memberById.get(ctx.memberId);
    const leadMembers = new Set(members.filter((m) => m.role === 'kartrekker').map((m) => m.id));
    return {
      number,
      publishedAt,
      publishedBy: publisher ? displayName(publisher) : '',
      network: { name: network.name, areaName: network.area_name, ambition: network.ambition, vision: network.vision },
      mode: current.mode,
      columns: CARD_GUIDE.map((g) => ({
        key: g.key,
        title: g.title,
        prompt: g.prompt,
        items: joint
          .filter((i) => i.card_column === g.key)
          .map((i) => ({ text: i.text, sources: parseSources(i.sources) })),
      })),
      parties: await parties(ctx.networkId, members),
      goals: goals.map((g) => ({
        title: g.title,
        description: g.description,
        indicator: g.indicator,
        targetValue: g.target_value,
      })),
      leads: leads
        .filter((l) => leadMembers.has(l.member_id))
        .map((l) => ({
          name: nameOf(l.member_id) ?? '',
          partnerName: memberById.get(l.member_id)?.actor_name ?? null,
          hoursPerWeek: l.hours_per_week === null ? null : Number(l.hours_per_week),
          mandate: l.mandate,
          supportedBy: l.supported_by,
          paidBy: l.paid_by,
          deputyName: nameOf(l.deputy_member_id),
        }))
        .sort((a, b) => compareDutch(a.name, b.name)),
      agreements: agreements.map((a) => ({
        kind: a.kind,
        title: a.title,
        body: a.body,
        decisionRule: a.decision_rule,
        reviewOn: a.review_on,
        details: JSON.parse(a.details || '{}') as unknown,
      })),
      actions: actions.map((a) => ({
        title: a.title,
        ownerName: nameOf(a.owner_member_id),
        partnerName: a.actor_name,
        goalTitle: a.goal_title,
        dueOn: a.due_on,
        status: a.status,
        planYear: Number(a.plan_year),
      })),
      kartrekkers: members
        .filter((m) => m.role === 'kartrekker')
        .map((m) => ({ name: displayName(m), partnerName: m.actor_name ?? null }))
        .sort((a, b) => compareDutch(a.name, b.name)),
      focus: facts.focus,
      profile: facts.profile,
    };
  }

  const summary = (v: VersionRow, consents: { version_id: string }[]): VersionSummary => {
    const snapshot = JSON.parse(v.snapshot) as CardSnapshot;
    return {
      id: v.id,
      number: Number(v.number),
      publishedAt: v.published_at,
      consented: consents.filter((c) => c.version_id === v.id).length,
      parties: snapshot.parties.length,
    };
  };

  async function versionView(ctx: MemberContext, v: VersionRow): Promise<VersionView> {
    const snapshot = JSON.parse(v.snapshot) as CardSnapshot;
    const latest = await repo.latestVersion(ctx.networkId);
    const list: ConsentView[] = await consentActions.consentList(ctx.networkId, v.id, snapshot.parties);
    return {
      id: v.id,
      number: Number(v.number),
      publishedAt: v.published_at,
      snapshot,
      consents: list,
      complete: list.every((c) => c.consented),
      isLatest: latest?.id === v.id,
    };
  }

  async function changedSince(ctx: MemberContext, latest: VersionRow | undefined): Promise<boolean> {
    if (!latest) return (await repo.items(ctx.networkId)).some((i) => i.member_id === null);
    const now = await gather(ctx, 0, '');
    const published = JSON.parse(latest.snapshot) as CardSnapshot;
    const withFocus = published.focus !== undefined;
    return JSON.stringify(consentedContent(now, withFocus)) !== JSON.stringify(consentedContent(published, withFocus));
  }

  async function itemOf(ctx: MemberContext, itemId: string) {
    const row = await repo.item(ctx.networkId, itemId);
    if (!row) throw missingItem();
    const mayEdit = row.member_id === null ? ctx.role === 'kartrekker' : row.member_id === ctx.memberId;
    if (!mayEdit) {
      throw errors.forbidden(row.member_id === null ? 'card.onlyLeadJoint' : 'card.ownItemsOnly');
    }
    return row;
  }

  return {
    /** The whole card: guide, personal cards (each with the partner the member acts for), joint card, versions. */
    async view(ctx: MemberContext): Promise<CardView> {
      const [current, items, members, versions, consents] = await Promise.all([
        mode(ctx.networkId),
        repo.items(ctx.networkId),
        repo.members(ctx.networkId),
        repo.versions(ctx.networkId),
        repo.consents(ctx.networkId),
      ]);
      const personal = members.map((m) => ({
        memberId: m.id,
        memberName: displayName(m),
        actorId: m.actor_id,
        actorName: m.actor_name,
        items: items.filter((i) => i.member_id === m.id).map((i) => toItem(ctx, i)),
      }));
      const summaries = versions.map((v) => summary(v, consents));
      const self = members.find((m) => m.id === ctx.memberId);
      return {
        mode: current.mode,
        modeVersion: current.version,
        columns: CARD_GUIDE,
        personal,
        joint: items.filter((i) => i.member_id === null).map((i) => toItem(ctx, i)),
        latestVersion: summaries[0] ?? null,
        changedSincePublished: await changedSince(ctx, versions[0]),
        versions: summaries,
        yourParty: { party: partyOf(ctx), name: self?.actor_name ?? (self ? displayName(self) : '') },
      };
    },

    async setMode(ctx: MemberContext, input: { mode: CardMode; version: number }) {
      const now = nowIso();
      const existing = await repo.settings(ctx.networkId);
      if (!existing) {
        if (input.version !== 1) throw errors.stale({ mode: 'full', version: 1 });
        const row = { network_id: ctx.networkId, mode: input.mode, created_at: now, updated_at: now, version: 2 };
        try {
          await repo.insertSettings(row);
        } catch {
          const won = await mode(ctx.networkId);
          throw errors.stale(won);
        }
        await recordChange(deps, {
          networkId: ctx.networkId,
          userId: ctx.userId,
          entity: 'card_settings',
          entityId: ctx.networkId,
          action: 'update',
          before: { mode: 'full' },
          after: row,
        });
        return { mode: input.mode, version: 2 };
      }
      const after = await repo.updateSettings(ctx.networkId, input.version, { mode: input.mode, updated_at: now });
      if (!after) throw errors.stale({ mode: existing.mode, version: Number(existing.version) });
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'card_settings',
        entityId: ctx.networkId,
        action: 'update',
        before: existing,
        after,
      });
      return { mode: after.mode as CardMode, version: Number(after.version) };
    },

    async addPersonal(
      ctx: MemberContext,
      input: { column: CardColumn; text: string; position?: number },
    ): Promise<CardItemView> {
      const current = await mode(ctx.networkId);
      if (!personalColumnAllowed(current.mode, input.column)) {
        throw errors.invalid({ column: 'card.shortFormColumn' });
      }
      const now = nowIso();
      const row: ItemRow = {
        id: newId(),
        network_id: ctx.networkId,
        member_id: ctx.memberId,
        card_column: input.column,
        text: input.text,
        sources: '[]',
        position: input.position ?? (await repo.nextPosition(ctx.networkId, ctx.memberId, input.column)),
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insertItem(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'card_item',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return toItem(ctx, row);
    },

    async addJoint(
      ctx: MemberContext,
      input: {
        column: CardColumn;
        text: string;
        sourceItemIds?: string[];
        position?: number;
        /** An answer from a werksessie (sessions.accept): kept as the item's source. */
        fromSession?: {
          answerId: string;
          sessionId: string;
          title: string;
          date: string;
          authors: string[];
          text: string;
        };
      },
    ): Promise<CardItemView> {
      const sources = await sourcesFor(ctx, input.sourceItemIds);
      const s = input.fromSession;
      if (s) {
        sources.push({
          itemId: s.answerId,
          memberId: null,
          memberName: s.authors.join(', '),
          actorId: null,
          actorName: null,
          text: s.text,
          session: { id: s.sessionId, title: s.title, date: s.date, authors: s.authors },
        });
      }
      const now = nowIso();
      const row: ItemRow = {
        id: newId(),
        network_id: ctx.networkId,
        member_id: null,
        card_column: input.column,
        text: input.text,
        sources: JSON.stringify(sources),
        position: input.position ?? (await repo.nextPosition(ctx.networkId, null, input.column)),
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insertItem(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'card_item',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return toItem(ctx, row);
    },

    async updateItem(
      ctx: MemberContext,
      itemId: string,
      input: { column?: CardColumn; text?: string; sourceItemIds?: string[]; position?: number; version: number },
    ): Promise<CardItemView> {
      const before = await itemOf(ctx, itemId);
      const patch: Partial<ItemRow> = { updated_at: nowIso() };
      if (input.column !== undefined) {
        if (before.member_id !== null && !personalColumnAllowed((await mode(ctx.networkId)).mode, input.column)) {
          throw errors.invalid({ column: 'card.shortFormColumnShort' });
        }
        patch.card_column = input.column;
      }
      if (input.text !== undefined) patch.text = input.text;
      if (input.position !== undefined) patch.position = input.position;
      if (input.sourceItemIds !== undefined) {
        if (before.member_id !== null) throw errors.invalid({ sourceItemIds: 'card.sourcesJointOnly' });
        // A werksessie answer stays a source: it is no personal item that could be chosen again.
        const fromSessions = parseSources(before.sources).filter((x) => x.session);
        patch.sources = JSON.stringify([...(await sourcesFor(ctx, input.sourceItemIds)), ...fromSessions]);
      }
      const after = await repo.updateItem(ctx.networkId, itemId, input.version, patch);
      if (!after) throw errors.stale(toItem(ctx, before));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'card_item',
        entityId: itemId,
        action: 'update',
        before,
        after,
      });
      return toItem(ctx, after);
    },

    /**
     * A werksessie guest was removed: their name goes from the joint items taken from that session
     * (the item and that it came from the session stay). No names in the audit line.
     */
    async forgetSessionAuthor(ctx: MemberContext, sessionId: string, name: string): Promise<void> {
      if (!name) return;
      for (const row of await repo.items(ctx.networkId)) {
        if (row.member_id !== null) continue;
        const forgotten = forgetSessionAuthors(parseSources(row.sources), new Set([sessionId]), name);
        if (!forgotten) continue;
        const after = await repo.updateItem(ctx.networkId, row.id, Number(row.version), {
          sources: JSON.stringify(forgotten),
          updated_at: nowIso(),
        });
        if (!after) continue; // changed meanwhile; the session's own data is gone either way
        await recordChange(deps, {
          networkId: ctx.networkId,
          userId: ctx.userId,
          entity: 'card_item',
          entityId: row.id,
          action: 'update',
        });
      }
    },

    async removeItem(ctx: MemberContext, itemId: string): Promise<void> {
      const before = await itemOf(ctx, itemId);
      await repo.removeItem(ctx.networkId, itemId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'card_item',
        entityId: itemId,
        action: 'delete',
        before,
      });
    },

    /** Publishes the joint card as the next numbered, immutable version (with goals, agreements, lead and actions). */
    async publish(ctx: MemberContext): Promise<VersionView> {
      const latest = await repo.latestVersion(ctx.networkId);
      const joint = (await repo.items(ctx.networkId)).filter((i) => i.member_id === null);
      if (joint.length === 0) throw errors.invalid({ joint: 'card.jointEmpty' }, 'card.nothingToRecord');
      if (latest && !(await changedSince(ctx, latest))) {
        throw errors.conflict(msg('card.unchangedSince', { number: Number(latest.number) }), {
          current: { id: latest.id, number: Number(latest.number) },
        });
      }
      const number = (latest ? Number(latest.number) : 0) + 1;
      const publishedAt = nowIso();
      const snapshot = await gather(ctx, number, publishedAt);
      const row: VersionRow = {
        id: newId(),
        network_id: ctx.networkId,
        number,
        snapshot: JSON.stringify(snapshot),
        published_by: ctx.userId,
        published_at: publishedAt,
      };
      try {
        await repo.insertVersion(row);
      } catch (err) {
        const winner = await repo.latestVersion(ctx.networkId);
        if (winner && Number(winner.number) >= number)
          throw errors.conflict(msg('card.versionTaken', { number: Number(winner.number) }), {
            current: { id: winner.id, number: Number(winner.number) },
          });
        throw err;
      }
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'card_version',
        entityId: row.id,
        action: 'create',
        after: { number },
      });
      return versionView(ctx, row);
    },

    /** The current data in snapshot form, for draft documents (not stored). */
    async draft(ctx: MemberContext): Promise<CardSnapshot> {
      return gather(ctx, 0, nowIso());
    },

    async version(ctx: MemberContext, versionId: string): Promise<VersionView> {
      const v = await repo.version(ctx.networkId, versionId);
      if (!v) throw missingVersion();
      return versionView(ctx, v);
    },

    /** Gives consent ("akkoord") to the latest version, for the caller's partner (or for themselves). */
    async consent(ctx: MemberContext, versionId: string): Promise<VersionView> {
      const v = await repo.version(ctx.networkId, versionId);
      if (!v) throw missingVersion();
      const latest = await repo.latestVersion(ctx.networkId);
      if (latest && latest.id !== v.id) {
        throw errors.conflict(msg('card.newerVersion', { number: Number(latest.number) }), {
          current: { id: latest.id, number: Number(latest.number) },
        });
      }
      const party = partyOf(ctx);
      const snapshot = JSON.parse(v.snapshot) as CardSnapshot;
      if (!snapshot.parties.some((p) => p.party === party)) {
        throw errors.forbidden('card.notAParty');
      }
      const existing = (await repo.consentsFor(ctx.networkId, v.id)).find((c) => c.party === party);
      if (existing)
        throw errors.conflict(msg('card.alreadyConsented', { name: existing.user_name }), {
          current: await versionView(ctx, v),
        });
      const me = (await repo.members(ctx.networkId)).find((m) => m.id === ctx.memberId);
      const row = {
        id: newId(),
        network_id: ctx.networkId,
        version_id: v.id,
        party,
        member_id: ctx.memberId,
        user_name: me ? displayName(me) : '',
        consented_at: nowIso(),
        method: 'account',
        given_by_role: '',
        given_on: null,
        recorded_by: null,
      };
      try {
        await repo.insertConsent(row);
      } catch {
        throw errors.conflict('card.consentTaken', { current: await versionView(ctx, v) });
      }
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'card_consent',
        entityId: row.id,
        action: 'create',
        after: { versionId: v.id, party },
      });
      return versionView(ctx, v);
    },

    ...consentActions,
  };
}

export type CardService = ReturnType<typeof createCardService>;
