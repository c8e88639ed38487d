import type { Deps } from '../common/deps.js';
import type { MemberContext, SessionUser } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { oneLine } from '../common/text.js';
import { mailAddressOf } from '../common/contact-address.js';
import { representationRepository, type RequestRow } from './repository.js';
import type { RepresentationRequestView, RepresentationStatus, RepresentationView } from './schemas.js';
import { displayName } from '../common/names.js';

/** The notices mailed to a partner's contact (errors are keys in core/messages/errors.ts). */
const text = {
  mailAskedSubject: (actor: string) => `Iemand wil namens ${actor} meedoen in Wijknet`,
  mailAsked: (who: string, actor: string, network: string) =>
    `Hallo,\n\n${who} vraagt in het wijknetwerk "${network}" in Wijknet om namens ${actor} mee te doen.\n` +
    `Iemand die al namens ${actor} meedoet, of anders de kartrekker, bevestigt of weigert dat.\n\n` +
    `Klopt dit niet? Laat het de kartrekker van het netwerk weten.\n`,
  mailConfirmedSubject: (actor: string) => `Iemand doet nu namens ${actor} mee in Wijknet`,
  mailConfirmed: (who: string, actor: string, network: string, by: string) =>
    `Hallo,\n\n${who} doet vanaf nu namens ${actor} mee in het wijknetwerk "${network}" in Wijknet. ${by} heeft dat bevestigd.\n` +
    `Namens ${actor} kan ${who} nu onder meer akkoord geven op de samenwerkingskaart.\n\n` +
    `Klopt dit niet? Laat het de kartrekker van het netwerk weten.\n`,
};

const sameAddress = (a: string | null, b: string) => a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Who speaks for whom. `members.actor_id` is the confirmed fact that card consent, findable
 * persons and edit rights on relations and actions read; it is written only here: when someone
 * makes a new partner as their own organisation, when a request is confirmed, and when a
 * representation ends.
 */
export function createRepresentationService(deps: Deps) {
  const repo = representationRepository(deps.db);

  /** A representative of the partner decides; when it has none, a kartrekker. Never the asker. */
  async function mayDecide(
    ctx: MemberContext,
    request: Pick<RequestRow, 'member_id' | 'actor_id'>,
  ): Promise<'yes' | 'own' | 'no'> {
    if (request.member_id === ctx.memberId) return 'own';
    if (ctx.actorId === request.actor_id) return 'yes';
    if (ctx.role === 'kartrekker' && (await repo.countSpeakers(ctx.networkId, request.actor_id)) === 0) return 'yes';
    return 'no';
  }

  /** To the partner's contact, only at a confirmed address. */
  async function notice(actor: { id: string; contact_email: string | null }, subject: string, body: string) {
    const to = await mailAddressOf(deps.db, actor);
    if (!to) return;
    await deps.mailer.send({ to, kind: 'representation', subject: oneLine(subject), text: body });
  }

  return {
    async view(ctx: MemberContext): Promise<RepresentationView> {
      const [speakers, rows] = await Promise.all([
        repo.speakers(ctx.networkId),
        repo.requests(ctx.networkId, ctx.memberId),
      ]);
      const unrepresented = new Set<string>();
      const represented = new Set(speakers.map((s) => s.actor_id));
      for (const r of rows) if (!represented.has(r.actor_id)) unrepresented.add(r.actor_id);
      const requests: RepresentationRequestView[] = rows.map((r) => ({
        id: r.id,
        memberId: r.member_id,
        memberName: displayName({ name: r.member_name ?? '' }),
        actorId: r.actor_id,
        actorName: r.actor_name,
        status: r.status as RepresentationStatus,
        askedAt: r.asked_at,
        decidedAt: r.decided_at,
        reason: r.reason,
        canDecide:
          r.status === 'open' &&
          r.member_id !== ctx.memberId &&
          (ctx.actorId === r.actor_id || (ctx.role === 'kartrekker' && unrepresented.has(r.actor_id))),
      }));
      return {
        speakers: speakers.map((s) => ({
          memberId: s.id,
          name: displayName(s),
          actorId: s.actor_id!,
          actorName: s.actor_name,
        })),
        requests,
      };
    },

    async ask(
      ctx: MemberContext,
      user: SessionUser,
      input: { actorId: string; reason?: string },
    ): Promise<RepresentationRequestView> {
      const actor = await repo.actor(ctx.networkId, input.actorId);
      if (!actor) throw errors.invalid({ actorId: 'representation.actorNotFound' });
      if (ctx.actorId === actor.id) throw errors.invalid({ actorId: 'representation.already' });
      if (actor.kind === 'person' && !sameAddress(actor.contact_email, user.email))
        throw errors.invalid({ actorId: 'representation.person' });
      const row: RequestRow = {
        id: newId(),
        network_id: ctx.networkId,
        member_id: ctx.memberId,
        actor_id: actor.id,
        status: 'open',
        asked_at: nowIso(),
        decided_at: null,
        decided_by: null,
        reason: input.reason ?? '',
      };
      await repo.ask(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'representation',
        entityId: row.id,
        action: 'create',
        after: { member_id: row.member_id, actor_id: row.actor_id, status: row.status, reason: row.reason },
      });
      const who = oneLine(displayName(user));
      await notice(
        actor,
        text.mailAskedSubject(actor.name),
        text.mailAsked(who, oneLine(actor.name), oneLine(await repo.networkName(ctx.networkId))),
      );
      const mine = (await this.view(ctx)).requests.find((r) => r.id === row.id)!;
      return mine;
    },

    async decide(
      ctx: MemberContext,
      user: SessionUser,
      requestId: string,
      input: { confirm: boolean; reason?: string },
    ): Promise<RepresentationRequestView> {
      const request = await repo.request(ctx.networkId, requestId);
      if (!request) throw errors.notFound('representation.requestNotFound');
      const may = await mayDecide(ctx, request);
      if (may === 'own') throw errors.forbidden('representation.ownRequest');
      if (may === 'no') throw errors.forbidden('representation.notDecider');
      if (request.status !== 'open') throw errors.conflict('representation.decided');
      const [member, actor] = await Promise.all([
        repo.member(ctx.networkId, request.member_id),
        repo.actor(ctx.networkId, request.actor_id),
      ]);
      if (!member || !actor) throw errors.notFound('representation.requestNotFound');
      // The person's address may have changed since the request: check it again at the moment it counts.
      if (input.confirm && actor.kind === 'person' && !sameAddress(actor.contact_email, member.email))
        throw errors.conflict('representation.personChanged');
      const at = nowIso();
      const closed = await repo.decide(ctx.networkId, requestId, {
        status: input.confirm ? 'confirmed' : 'refused',
        decidedBy: ctx.userId,
        reason: input.reason ?? '',
        at,
      });
      if (!closed) throw errors.conflict('representation.decided');
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'representation',
        entityId: requestId,
        action: 'update',
        before: { status: 'open' },
        after: { status: closed.status, reason: closed.reason },
        notifyUserId: member.user_id,
      });
      if (input.confirm) {
        // A member event also drops the cached membership, so the new right holds at once.
        await recordChange(deps, {
          networkId: ctx.networkId,
          userId: ctx.userId,
          entity: 'member',
          entityId: member.id,
          action: 'update',
          before: { actor_id: member.actor_id },
          after: { actor_id: actor.id },
          notifyUserId: member.user_id,
        });
        await notice(
          actor,
          text.mailConfirmedSubject(actor.name),
          text.mailConfirmed(
            oneLine(displayName(member)),
            oneLine(actor.name),
            oneLine(await repo.networkName(ctx.networkId)),
            oneLine(displayName(user)),
          ),
        );
      }
      return (
        (await this.view(ctx)).requests.find((r) => r.id === requestId) ?? {
          id: closed.id,
          memberId: closed.member_id,
          memberName: displayName(member),
          actorId: actor.id,
          actorName: actor.name,
          status: closed.status as RepresentationStatus,
          askedAt: closed.asked_at,
          decidedAt: closed.decided_at,
          reason: closed.reason,
          canDecide: false,
        }
      );
    },

    /** Ending needs no confirmation: it only takes rights away. Your own, or anyone's by a kartrekker. */
    async end(ctx: MemberContext, memberId: string): Promise<void> {
      const member = await repo.member(ctx.networkId, memberId);
      if (!member) throw errors.notFound('member.notFound');
      if (member.id !== ctx.memberId && ctx.role !== 'kartrekker') throw errors.forbidden('representation.endOthers');
      if (!member.actor_id || !(await repo.end(ctx.networkId, memberId, member.actor_id, nowIso())))
        throw errors.conflict('representation.notActing');
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'member',
        entityId: memberId,
        action: 'update',
        before: { actor_id: member.actor_id },
        after: { actor_id: null },
        notifyUserId: member.user_id,
      });
    },

    /** Checked before a partner marked "my own organisation" is made, so a refusal leaves nothing behind. */
    checkOwnNew(ctx: MemberContext, user: SessionUser, input: { kind: string; contactEmail?: string | null }): void {
      if (ctx.actorId !== null) throw errors.invalid({ ownOrganisation: 'representation.ownAlready' });
      if (input.kind === 'person' && !sameAddress(input.contactEmail ?? null, user.email))
        throw errors.invalid({ ownOrganisation: 'representation.ownPerson' });
    },

    /** The maker of a new partner, marked as their own organisation, acts for it from the start. */
    async claimNew(ctx: MemberContext, actorId: string): Promise<void> {
      const actor = await repo.actor(ctx.networkId, actorId);
      if (!actor || actor.created_by !== ctx.userId || actor.home_network_id !== ctx.networkId)
        throw errors.notFound('representation.actorNotFound');
      if (!(await repo.claimNew(ctx.networkId, ctx.memberId, actorId, nowIso())))
        throw errors.invalid({ ownOrganisation: 'representation.ownAlready' });
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'member',
        entityId: ctx.memberId,
        action: 'update',
        before: { actor_id: null },
        after: { actor_id: actorId, own_new_partner: true },
        notifyUserId: ctx.userId,
      });
    },
  };
}

export type RepresentationService = ReturnType<typeof createRepresentationService>;
