/**
 * The one rule about the kartrekker role: the toolbox's "a kartrekker needs time, and a back-up".
 * The kartrekker page's warnings, the phase progress ("Kartrekker met uren en een vervanger") and
 * the cockpit all read it, so no screen says "arranged" while another asks for a deputy.
 */
export interface LeadFacts {
  memberId: string;
  name: string;
  hoursPerWeek: number | null;
  /** A deputy who is still a member of the network; null otherwise. */
  deputyMemberId: string | null;
}

export interface LeadWarning {
  code: 'no_lead' | 'no_hours' | 'no_deputy' | 'single_lead';
  memberId: string | null;
  /** Fills in the text `lead.warning.<code>` of `domain/messages.ts`. */
  params: { name?: string };
}

const hasHours = (l: LeadFacts) => Boolean(l.hoursPerWeek && l.hoursPerWeek > 0);
const hasDeputy = (l: LeadFacts) => Boolean(l.deputyMemberId && l.deputyMemberId !== l.memberId);

/**
 * The kartrekkers as the rule sees them: every member with the kartrekker role, with the hours and
 * deputy of their appointment; a deputy who is no longer a member counts as no deputy.
 */
export function leadFacts(
  members: { id: string; role: string; name: string }[],
  appointments: { member_id: string; hours_per_week: number | string | null; deputy_member_id: string | null }[],
): LeadFacts[] {
  const memberIds = new Set(members.map((m) => m.id));
  const byMember = new Map(appointments.map((a) => [a.member_id, a]));
  return members
    .filter((m) => m.role === 'kartrekker')
    .map((m) => {
      const a = byMember.get(m.id);
      const deputy = a?.deputy_member_id && memberIds.has(a.deputy_member_id) ? a.deputy_member_id : null;
      return {
        memberId: m.id,
        name: m.name,
        hoursPerWeek: a && a.hours_per_week !== null ? Number(a.hours_per_week) : null,
        deputyMemberId: deputy,
      };
    });
}

export function leadWarnings(leads: LeadFacts[]): LeadWarning[] {
  if (leads.length === 0) return [{ code: 'no_lead', memberId: null, params: {} }];
  const out: LeadWarning[] = [];
  for (const l of leads) {
    if (!hasHours(l)) out.push({ code: 'no_hours', memberId: l.memberId, params: { name: l.name } });
    // One kartrekker with a deputy has a back-up; without one, the "single" warning says it all.
    if (!hasDeputy(l) && leads.length > 1)
      out.push({ code: 'no_deputy', memberId: l.memberId, params: { name: l.name } });
  }
  if (leads.length === 1 && !hasDeputy(leads[0]))
    out.push({ code: 'single_lead', memberId: leads[0].memberId, params: { name: leads[0].name } });
  return out;
}

export interface LeadStatus {
  leads: number;
  withoutHours: number;
  withoutDeputy: number;
  /** Every kartrekker has hours and a deputy: nothing left to warn about. */
  arranged: boolean;
}

/** The counts the phase progress shows, from the same rule as the warnings. */
export function leadStatus(leads: LeadFacts[]): LeadStatus {
  return {
    leads: leads.length,
    withoutHours: leads.filter((l) => !hasHours(l)).length,
    withoutDeputy: leads.filter((l) => !hasDeputy(l)).length,
    arranged: leadWarnings(leads).length === 0,
  };
}
