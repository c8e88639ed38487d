import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { leadFacts, leadWarnings } from '../../domain/leads.js';
import { displayName } from '../common/names.js';
import { renderLoose, type Lang } from '../../core/messages/index.js';
import { leadRepository, type LeadRow } from './repository.js';
import type { LeadView, LeadsView } from './schemas.js';

export interface LeadInput {
  hoursPerWeek?: number | null;
  mandate?: string;
  supportedBy?: string;
  paidBy?: string;
  deputyMemberId?: string | null;
  version?: number;
}

export function createLeadService(deps: Deps) {
  const repo = leadRepository(deps.db);

  async function view(ctx: MemberContext, lang: Lang = 'nl'): Promise<LeadsView> {
    const [members, rows] = await Promise.all([repo.members(ctx.networkId), repo.list(ctx.networkId)]);
    const byId = new Map(members.map((m) => [m.id, m]));
    const byMember = new Map(rows.map((r) => [r.member_id, r]));
    const leads: LeadView[] = members
      .filter((m) => m.role === 'kartrekker')
      .map((m) => {
        const a = byMember.get(m.id);
        const deputy = a?.deputy_member_id ? byId.get(a.deputy_member_id) : undefined;
        return {
          memberId: m.id,
          name: displayName(m),
          actorId: m.actor_id,
          actorName: m.actor_name,
          appointment: a
            ? {
                id: a.id,
                hoursPerWeek: a.hours_per_week === null ? null : Number(a.hours_per_week),
                mandate: a.mandate,
                supportedBy: a.supported_by,
                paidBy: a.paid_by,
                deputyMemberId: deputy ? a.deputy_member_id : null,
                deputyName: deputy ? displayName(deputy) : null,
                version: Number(a.version),
                updatedAt: a.updated_at,
              }
            : null,
        };
      });
    // The same rule as the phase progress: every kartrekker, a deputy only while still a member.
    const warnings = leadWarnings(
      leadFacts(
        members.map((m) => ({ id: m.id, role: m.role, name: displayName(m) })),
        rows,
      ),
    ).map((w) => ({ ...w, message: renderLoose(lang, `lead.warning.${w.code}`, w.params) }));
    return { leads, warnings };
  }

  return {
    view,

    /** Records (no version) or changes (with version) the appointment of one kartrekker. */
    async upsert(ctx: MemberContext, memberId: string, input: LeadInput, lang: Lang = 'nl'): Promise<LeadsView> {
      const members = await repo.members(ctx.networkId);
      const member = members.find((m) => m.id === memberId);
      if (!member) throw errors.notFound('member.notInNetwork');
      if (member.role !== 'kartrekker') throw errors.invalid({ memberId: 'lead.notLead' });
      if (input.deputyMemberId) {
        if (input.deputyMemberId === memberId) throw errors.invalid({ deputyMemberId: 'lead.ownDeputy' });
        if (!members.some((m) => m.id === input.deputyMemberId))
          throw errors.invalid({ deputyMemberId: 'lead.deputyNotMember' });
      }
      const patch: Partial<LeadRow> = {};
      if (input.hoursPerWeek !== undefined) patch.hours_per_week = input.hoursPerWeek;
      if (input.mandate !== undefined) patch.mandate = input.mandate;
      if (input.supportedBy !== undefined) patch.supported_by = input.supportedBy;
      if (input.paidBy !== undefined) patch.paid_by = input.paidBy;
      if (input.deputyMemberId !== undefined) patch.deputy_member_id = input.deputyMemberId;
      const before = await repo.byMember(ctx.networkId, memberId);
      const now = nowIso();
      const current = async () => (await view(ctx)).leads.find((l) => l.memberId === memberId);
      if (input.version === undefined) {
        if (before) throw errors.stale(await current());
        const row: LeadRow = {
          id: newId(),
          network_id: ctx.networkId,
          member_id: memberId,
          hours_per_week: null,
          mandate: '',
          supported_by: '',
          paid_by: '',
          deputy_member_id: null,
          ...patch,
          created_at: now,
          updated_at: now,
          version: 1,
        };
        try {
          await repo.insert(row);
        } catch (err) {
          if (await repo.byMember(ctx.networkId, memberId)) throw errors.stale(await current());
          throw err;
        }
        await recordChange(deps, {
          networkId: ctx.networkId,
          userId: ctx.userId,
          entity: 'lead_appointment',
          entityId: row.id,
          action: 'create',
          after: row,
        });
        return view(ctx, lang);
      }
      if (!before) throw errors.stale(await current());
      const after = await repo.update(ctx.networkId, before.id, input.version, { ...patch, updated_at: now });
      if (!after) throw errors.stale(await current());
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'lead_appointment',
        entityId: before.id,
        action: 'update',
        before,
        after,
      });
      return view(ctx, lang);
    },
  };
}

export type LeadService = ReturnType<typeof createLeadService>;
