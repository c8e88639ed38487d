/** Warnings about the kartrekker role: the toolbox's "a kartrekker needs time, and a back-up". */
export interface LeadFacts {
  memberId: string;
  name: string;
  hoursPerWeek: number | null;
  deputyMemberId: string | null;
}

export interface LeadWarning {
  code: 'no_lead' | 'no_hours' | 'no_deputy' | 'single_lead';
  memberId: string | null;
  /** Fills in the text `lead.warning.<code>` of `domain/messages.ts`. */
  params: { name?: string };
}

export function leadWarnings(leads: LeadFacts[]): LeadWarning[] {
  if (leads.length === 0) return [{ code: 'no_lead', memberId: null, params: {} }];
  const out: LeadWarning[] = [];
  for (const l of leads) {
    if (!l.hoursPerWeek) out.push({ code: 'no_hours', memberId: l.memberId, params: { name: l.name } });
    if (!l.deputyMemberId) out.push({ code: 'no_deputy', memberId: l.memberId, params: { name: l.name } });
  }
  if (leads.length === 1)
    out.push({ code: 'single_lead', memberId: leads[0].memberId, params: { name: leads[0].name } });
  return out;
}
