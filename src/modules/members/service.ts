import type { Deps } from '../common/deps.js';
import type { MemberContext, SessionUser } from '../../core/access.js';
import type { Role } from '../../domain/vocabulary.js';
import { AppError, errors } from '../../core/errors.js';
import { hashSecret, isoIn, newId, newSecret, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { limit, limitMail } from '../common/rate-limit.js';
import { senderMailText } from '../common/mail-template.js';
import { oneLine } from '../common/text.js';
import { personAbout } from '../common/names.js';
import { msg } from '../../core/messages/index.js';
import { memberRepository } from './repository.js';
import type { Services } from '../../core/registry.js';
import type { MemberView } from '../networks/schemas.js';
import type { InvitationAccepted, InvitationPreview, InvitationView } from './schemas.js';

const INVITATION_TTL = 14 * 24 * 60 * 60_000;
const INVITES_PER_ADDRESS = 5;

const roleNames: Record<Role, string> = { kartrekker: 'kartrekker', partner: 'partner', meekijker: 'meekijker' };

const lastLead = () => new AppError(409, 'last_lead', 'member.lastLead');

export function toMemberView(m: Awaited<ReturnType<ReturnType<typeof memberRepository>['list']>>[number]): MemberView {
  return {
    id: m.id,
    userId: m.user_id,
    name: m.name,
    jobTitle: m.job_title,
    organisation: m.organisation,
    email: m.email,
    role: m.role as Role,
    actorId: m.actor_id,
    actorName: m.actor_name ?? null,
    version: Number(m.version),
  };
}

/** Deleting an account has privacy forget the address. */
export function createMemberService(deps: Deps, { privacy }: Pick<Services, 'privacy'>) {
  const repo = memberRepository(deps.db);

  async function view(networkId: string): Promise<MemberView[]> {
    return (await repo.list(networkId)).map(toMemberView);
  }

  return {
    list: (ctx: MemberContext) => view(ctx.networkId),

    /** Only the role: who acts for which partner is a confirmed fact of the representation module. */
    async update(ctx: MemberContext, memberId: string, input: { role?: Role; version: number }): Promise<MemberView> {
      const before = await repo.get(ctx.networkId, memberId);
      if (!before) throw errors.notFound('member.notFound');
      const after = await repo.updateKeepingLead(
        ctx.networkId,
        memberId,
        input.version,
        {
          ...(input.role !== undefined ? { role: input.role } : {}),
          updated_at: nowIso(),
        },
        deps.dialect,
      );
      if (after === 'last_lead') throw lastLead();
      if (!after) throw errors.stale((await view(ctx.networkId)).find((m) => m.id === memberId));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'member',
        entityId: memberId,
        action: 'update',
        before,
        after,
        notifyUserId: before.user_id,
      });
      return (await view(ctx.networkId)).find((m) => m.id === memberId)!;
    },

    /** Removing someone else needs a kartrekker; anyone may remove themselves (leave). */
    async remove(ctx: MemberContext, memberId: string): Promise<void> {
      const member = await repo.get(ctx.networkId, memberId);
      if (!member) throw errors.notFound('member.notFound');
      if (member.user_id !== ctx.userId && ctx.role !== 'kartrekker') throw errors.forbidden('member.onlyLeadRemoves');
      const outcome = await repo.deleteKeepingLead(ctx.networkId, memberId, deps.dialect);
      if (outcome === 'last_lead') throw lastLead();
      if (outcome === 'gone') throw errors.notFound('member.notFound');
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'member',
        entityId: memberId,
        action: 'delete',
        before: member,
        notifyUserId: member.user_id,
      });
    },

    async listInvitations(ctx: MemberContext): Promise<InvitationView[]> {
      return (await repo.openInvitations(ctx.networkId, nowIso())).map((i) => ({
        id: i.id,
        email: i.email,
        role: i.role,
        createdAt: i.created_at,
        expiresAt: i.expires_at,
      }));
    },

    async invite(
      ctx: MemberContext,
      inviter: SessionUser,
      input: { role: Role; email?: string; message?: string },
    ): Promise<InvitationView> {
      const token = newSecret();
      const now = nowIso();
      if (input.email) {
        await limit(deps.db, `invite:${hashSecret(input.email)}`, INVITES_PER_ADDRESS, 60 * 60_000);
        await limitMail(deps, { userId: ctx.userId, networkId: ctx.networkId });
      }
      const row = {
        id: newId(),
        network_id: ctx.networkId,
        email: input.email ?? null,
        role: input.role,
        token_hash: hashSecret(token),
        created_by: ctx.userId,
        created_at: now,
        expires_at: isoIn(INVITATION_TTL),
        accepted_at: null,
        revoked_at: null,
      };
      await repo.insertInvitation(row);
      const link = `${deps.config.publicUrl}/uitnodiging/${token}`;
      const network = await repo.network(ctx.networkId);
      if (input.email) {
        // The inviter by name (and function), never by address; without a name only the network speaks.
        const profile = await repo.userProfile(inviter.id);
        const name = (profile?.name ?? inviter.name).trim();
        const about = profile ? personAbout(profile) : '';
        await deps.mailer.send({
          to: input.email,
          kind: 'invitation',
          subject: oneLine(
            name ? `Uitnodiging van ${name} voor ${network.name}` : `Uitnodiging voor wijknetwerk ${network.name}`,
          ),
          text: senderMailText({
            senderName: name ? `${name}${about ? ` (${about})` : ''}` : 'een lid',
            senderEmail: null,
            networkName: network.name,
            what: name
              ? `${name}${about ? ` (${about})` : ''} nodigt je uit voor het wijknetwerk "${network.name}", als ${roleNames[input.role]}.`
              : `Je bent uitgenodigd voor het wijknetwerk "${network.name}", als ${roleNames[input.role]}.`,
            message: input.message ?? null,
            next: `Bekijk de uitnodiging en neem hem aan via deze link:\n${link}\n\nDe link werkt 14 dagen. Wil je niet meedoen? Dan hoef je niets te doen.`,
            why: 'Je krijgt deze mail omdat iemand uit dit netwerk je e-mailadres opgaf. Wijknet controleert de tekst van de afzender niet.',
          }),
        });
      }
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'invitation',
        entityId: row.id,
        action: 'create',
        after: { email: row.email, role: row.role },
      });
      return {
        id: row.id,
        email: row.email,
        role: row.role,
        createdAt: now,
        expiresAt: row.expires_at,
        ...(input.email ? {} : { link }),
      };
    },

    async revokeInvitation(ctx: MemberContext, invitationId: string): Promise<void> {
      if (!(await repo.revokeInvitation(ctx.networkId, invitationId, nowIso())))
        throw errors.notFound('invitation.notFound');
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'invitation',
        entityId: invitationId,
        action: 'delete',
      });
    },

    async preview(token: string, user: SessionUser | null): Promise<InvitationPreview> {
      const inv = await repo.invitationByToken(hashSecret(token), nowIso());
      if (!inv) throw errors.notFound('invitation.expired');
      return {
        networkName: inv.network_name,
        areaName: inv.area_name,
        ambition: inv.ambition,
        role: inv.role,
        invitedBy: inv.inviter_name?.trim() || null,
        invitedByAbout: inv.inviter_name?.trim()
          ? personAbout({ job_title: inv.inviter_job_title, organisation: inv.inviter_organisation })
          : '',
        expiresAt: inv.expires_at,
        email: inv.email,
        alreadyMember: user ? Boolean(await repo.byUser(inv.network_id, user.id)) : false,
        nameNeeded: user ? !(await repo.userProfile(user.id))?.name.trim() : false,
      };
    },

    async accept(
      token: string,
      user: SessionUser,
      who: { name?: string; jobTitle?: string; organisation?: string } = {},
    ): Promise<InvitationAccepted> {
      const now = nowIso();
      const inv = await repo.invitationByToken(hashSecret(token), now);
      if (!inv) throw errors.notFound('invitation.expired');
      if (inv.email && inv.email !== user.email) {
        throw errors.forbidden('invitation.otherAddress');
      }
      // The others meet you by name: a name is needed to join when the account has none.
      const profile = await repo.userProfile(user.id);
      if (!who.name && !profile?.name.trim()) throw errors.invalid({ name: 'invitation.nameNeeded' });
      await repo.updateUserProfile(user.id, {
        ...(who.name ? { name: who.name } : {}),
        ...(who.jobTitle !== undefined ? { job_title: who.jobTitle } : {}),
        ...(who.organisation !== undefined ? { organisation: who.organisation } : {}),
      });
      const existing = await repo.byUser(inv.network_id, user.id);
      if (!existing) {
        const memberId = newId();
        await repo.insert({
          id: memberId,
          network_id: inv.network_id,
          user_id: user.id,
          role: inv.role,
          actor_id: null,
          created_at: now,
          updated_at: now,
          version: 1,
        });
        await recordChange(deps, {
          networkId: inv.network_id,
          userId: user.id,
          entity: 'member',
          entityId: memberId,
          action: 'create',
          after: { role: inv.role },
          notifyUserId: user.id,
        });
      }
      // A link for one address works once; a shared link keeps working until it expires.
      if (inv.email) await repo.markInvitationAccepted(inv.id, now);
      return { networkId: inv.network_id };
    },

    async deleteAccount(user: SessionUser): Promise<void> {
      const blocking = await repo.networksWhereOnlyLead(user.id);
      if (blocking.length) {
        throw new AppError(
          409,
          'last_lead',
          msg('member.onlyLeadOf', { networks: blocking.map((n) => `"${n.name}"`).join(', ') }),
          undefined,
          { networks: blocking },
        );
      }
      const networkIds = await repo.networksOf(user.id);
      await repo.anonymiseUser(user.id, nowIso());
      await privacy.forgetEmail(user.email);
      for (const networkId of networkIds)
        await deps.live.publish({ networkId, type: 'member.delete', entityId: user.id });
      await deps.live.publish({ userId: user.id, type: 'user.delete', entityId: user.id });
    },
  };
}

export type MemberService = ReturnType<typeof createMemberService>;
