import type { Deps } from '../common/deps.js';
import type { SessionUser } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { hashSecret, nowIso } from '../../core/crypto.js';
import { parseJsonObject } from '../common/json.js';
import { privacyRepository } from './repository.js';
import type { PersonalDataExport } from './schemas.js';

export function createPrivacyService(deps: Deps) {
  const repo = privacyRepository(deps.db);
  return {
    async exportMe(user: SessionUser): Promise<PersonalDataExport> {
      const now = nowIso();
      const profile = await repo.user(user.id);
      if (!profile) throw errors.notFound();
      const [memberships, tokens, sessions, signIns, invitations, changes, digestOff] = await Promise.all([
        repo.memberships(user.id),
        repo.tokens(user.id),
        repo.sessionCount(user.id, now),
        repo.signInRequests(profile.email),
        repo.invitationsTo(profile.email),
        repo.auditOf(user.id),
        repo.digestOptedOut(user.id),
      ]);
      return {
        format: 'wijknet-persoonsgegevens',
        formatVersion: 1,
        exportedAt: now,
        profile: {
          id: profile.id,
          email: profile.email,
          name: profile.name,
          isAdmin: profile.is_admin === 1,
          locale: profile.locale,
          reminders: profile.reminders === 1,
          weeklyDigest: !digestOff,
          createdAt: profile.created_at,
        },
        memberships: memberships.map((m) => ({
          networkId: m.network_id,
          networkName: m.network_name,
          role: m.role,
          actorId: m.actor_id,
          actorName: m.actor_name ?? null,
          since: m.created_at,
        })),
        apiTokens: tokens.map((t) => ({
          id: t.id,
          name: t.name,
          createdAt: t.created_at,
          lastUsedAt: t.last_used_at,
          revokedAt: t.revoked_at,
        })),
        sessions: { active: sessions },
        signInRequests: signIns,
        invitationsToYou: invitations.map((i) => ({
          id: i.id,
          networkName: i.network_name,
          role: i.role,
          createdAt: i.created_at,
          expiresAt: i.expires_at,
          acceptedAt: i.accepted_at,
          revokedAt: i.revoked_at,
        })),
        changesYouMade: changes.map((c) => ({
          id: c.id,
          at: c.at,
          networkId: c.network_id,
          networkName: c.network_name ?? null,
          entity: c.entity,
          entityId: c.entity_id,
          action: c.action,
          changes: parseJsonObject(c.changes),
        })),
      };
    },

    /** "Ik wil geen mail meer via Wijknet": the link's address gets no more mail (sign-in mails excepted). */
    async optOut(token: string): Promise<{ suppressed: true }> {
      if (!(await repo.suppressByLink(hashSecret(token), nowIso()))) throw errors.notFound('mail.optoutInvalid');
      return { suppressed: true };
    },

    /** Called when an account is deleted, after the user row itself is anonymised. */
    async forgetEmail(email: string): Promise<void> {
      await repo.forgetEmail(email, nowIso());
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
