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
  message: string;
}

export function leadWarnings(leads: LeadFacts[]): LeadWarning[] {
  if (leads.length === 0) {
    return [{ code: 'no_lead', memberId: null, message: 'Dit netwerk heeft geen kartrekker. Een kartrekker houdt de samenwerking op gang: wijs er een aan.' }];
  }
  const out: LeadWarning[] = [];
  for (const l of leads) {
    if (!l.hoursPerWeek) {
      out.push({
        code: 'no_hours',
        memberId: l.memberId,
        message: `Voor ${l.name} zijn nog geen uren per week afgesproken. Een kartrekker heeft tijd nodig om de samenwerking te trekken: spreek af hoeveel uur, en wie die betaalt.`,
      });
    }
    if (!l.deputyMemberId) {
      out.push({
        code: 'no_deputy',
        memberId: l.memberId,
        message: `${l.name} heeft geen vervanger. Wijs iemand aan die het overneemt bij ziekte, vakantie of vertrek.`,
      });
    }
  }
  if (leads.length === 1) {
    out.push({
      code: 'single_lead',
      memberId: leads[0].memberId,
      message: `Het netwerk leunt op één kartrekker (${leads[0].name}). Als die wegvalt, staat de samenwerking stil. Zorg voor een vervanger of een tweede kartrekker.`,
    });
  }
  return out;
}
