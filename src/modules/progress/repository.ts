import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { emptyFacts, type NetworkFacts, type StepMark } from '../../domain/phases/index.js';
import { newId, nowIso } from '../../core/crypto.js';
import { parseList } from '../common/json.js';
import { leadFacts, leadStatus } from '../../domain/leads.js';

type CountQuery = { executeTakeFirstOrThrow(): Promise<{ n: number | string | bigint }> };
const count = (q: CountQuery) => q.executeTakeFirstOrThrow().then((r) => Number(r.n));

/**
 * Counts the facts the phase-progress registry reads (docs/GUIDANCE.md, "What the wiring needs")
 * and the "niet van toepassing" marks. Scoped by networkId. Facts of tables that do not exist yet
 * (results page) stay at emptyFacts().
 * `sharedGoalGroups` is not a count: the service fills it from the goal comparison.
 */
export const progressRepository = (db: Kysely<DB>) => {
  const rows = <T extends keyof DB & string>(table: T, networkId: string) =>
    db
      .selectFrom(table as 'relations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('network_id', '=', networkId);

  return {
    async network(networkId: string) {
      return db
        .selectFrom('networks')
        .select(['id', 'vision', 'focus_themes'])
        .where('id', '=', networkId)
        .executeTakeFirst();
    },

    async facts(
      networkId: string,
      today: string,
    ): Promise<Omit<NetworkFacts, 'sharedGoalGroups' | 'vision' | 'focusThemes'>> {
      const year = Number(today.slice(0, 4));
      const [partners, relations, snapshots, functions, figures, indicators, needs, focusCandidates, focusDecisions] =
        await Promise.all([
          count(
            db
              .selectFrom('network_actors')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('network_id', '=', networkId)
              .where('status', '=', 'partner'),
          ),
          count(rows('relations', networkId)),
          count(rows('network_snapshots', networkId)),
          db
            .selectFrom('network_functions')
            .select('actor_ids')
            .where('network_id', '=', networkId)
            .where('removed_at', 'is', null)
            .execute(),
          count(rows('profile_regions', networkId)),
          count(rows('profile_indicators', networkId)),
          count(
            db
              .selectFrom('profile_notes')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('network_id', '=', networkId)
              .where('kind', '=', 'need'),
          ),
          count(rows('focus_candidates', networkId)),
          count(rows('focus_decisions', networkId)),
        ]);
      const [ladders, goals, latest, leads, agreements, actionsThisYear] = await Promise.all([
        db
          .selectFrom('why_ladders')
          .innerJoin('members', 'members.id', 'why_ladders.member_id')
          .select(['why_ladders.member_id', 'members.actor_id', 'why_ladders.health_dimensions'])
          .where('why_ladders.network_id', '=', networkId)
          .execute(),
        db.selectFrom('network_goals').select('indicator').where('network_id', '=', networkId).execute(),
        db
          .selectFrom('card_versions')
          .select(['id', 'number', 'snapshot'])
          .where('network_id', '=', networkId)
          .orderBy('number', 'desc')
          .limit(1)
          .executeTakeFirst(),
        Promise.all([
          db.selectFrom('members').select(['id', 'role']).where('network_id', '=', networkId).execute(),
          db
            .selectFrom('lead_appointments')
            .select(['member_id', 'hours_per_week', 'deputy_member_id'])
            .where('network_id', '=', networkId)
            .execute(),
        ]).then(([members, appointments]) =>
          leadStatus(
            leadFacts(
              members.map((m) => ({ ...m, name: '' })),
              appointments,
            ),
          ),
        ),
        db.selectFrom('agreements').select(['kind', 'review_on']).where('network_id', '=', networkId).execute(),
        count(
          db
            .selectFrom('actions')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('network_id', '=', networkId)
            .where('plan_year', '=', year),
        ),
      ]);
      const [effectCases, continuity] = await Promise.all([
        count(rows('effect_cases', networkId)),
        db
          .selectFrom('continuity_items')
          .select('status')
          .where('network_id', '=', networkId)
          .where('removed_at', 'is', null)
          .execute(),
      ]);
      const [scanRounds, scanAnswers, relationChecks, prices, effectModels, effectModelVersions] = await Promise.all([
        db
          .selectFrom('scan_rounds')
          .select(['id', 'closes_on', 'closed_at'])
          .where('network_id', '=', networkId)
          .execute(),
        db
          .selectFrom('scan_responses')
          .select(['round_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('network_id', '=', networkId)
          .groupBy('round_id')
          .execute(),
        db
          .selectFrom('relation_check_rounds')
          .select(['closes_on', 'closed_at'])
          .where('network_id', '=', networkId)
          .execute(),
        db.selectFrom('price_items').select('price').where('network_id', '=', networkId).execute(),
        count(rows('effect_models', networkId)),
        count(rows('effect_model_versions', networkId)),
      ]);
      const [meetings, meetingsWithDecisions] = await Promise.all([
        count(
          db
            .selectFrom('meetings')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('network_id', '=', networkId)
            .where('cancelled_at', 'is', null),
        ),
        count(
          db
            .selectFrom('meeting_decisions')
            .select((eb) => eb.fn.count<number>('meeting_id').distinct().as('n'))
            .where('network_id', '=', networkId),
        ),
      ]);
      const resultsPage = await db
        .selectFrom('results_pages')
        .select('token')
        .where('network_id', '=', networkId)
        .executeTakeFirst();
      // A round is over when it was closed or its closing day has passed (the scan module's rule);
      // it counts as held when it has results, i.e. at least 3 answers.
      const over = (r: { closes_on: string; closed_at: string | null }) => r.closed_at !== null || r.closes_on < today;
      const answers = new Map(scanAnswers.map((a) => [a.round_id, Number(a.n)]));
      let latestCard: NetworkFacts['latestCard'] = null;
      if (latest) {
        const consented = await count(
          db
            .selectFrom('card_consents')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('network_id', '=', networkId)
            .where('version_id', '=', latest.id),
        );
        const snapshot = JSON.parse(latest.snapshot) as { parties?: unknown[] };
        latestCard = { number: Number(latest.number), parties: snapshot.parties?.length ?? 0, consented };
      }
      const withReview = agreements.filter((a) => a.review_on);
      return {
        ...emptyFacts(),
        partners,
        relations,
        snapshots,
        functionsLinked: functions.filter((f) => parseList(f.actor_ids).length > 0).length,
        figures,
        indicators,
        needs,
        focusCandidates,
        focusDecisions,
        partnersWithLadder: new Set(ladders.map((l) => l.actor_id ?? l.member_id)).size,
        goals: goals.length,
        goalsWithIndicator: goals.filter((g) => g.indicator.trim() !== '').length,
        latestCard,
        leads: leads.leads,
        leadsWithoutHours: leads.withoutHours,
        leadsWithoutDeputy: leads.withoutDeputy,
        agreements: agreements.length,
        agreementsWithReview: withReview.length,
        agreementsPastReview: withReview.filter((a) => (a.review_on as string) < today).length,
        moneyAgreements: agreements.filter((a) => a.kind === 'geld').length,
        actionsThisYear,
        scanRoundsHeld: scanRounds.filter((r) => over(r) && (answers.get(r.id) ?? 0) >= 3).length,
        scanRoundsOpen: scanRounds.filter((r) => !over(r)).length,
        relationChecksHeld: relationChecks.filter(over).length,
        priceItems: prices.length,
        pricesMissing: prices.filter((p) => p.price === null).length,
        effectModels,
        effectModelVersions,
        effectCases,
        // A continuity checklist filled: every point looked at (bezig, geregeld or nvt count).
        continuityItems: continuity.length,
        continuityOpen: continuity.filter((c) => c.status === 'open').length,
        meetings,
        meetingsWithDecisions,
        resultsPageOn: !!resultsPage?.token,
        // Goals and actions carry no health dimensions of their own yet; the ladders do.
        healthDimensionsCovered: new Set(ladders.flatMap((l) => parseList(l.health_dimensions))).size,
      };
    },

    async marks(networkId: string): Promise<StepMark[]> {
      const list = await db
        .selectFrom('phase_step_marks')
        .select(['step_id', 'reason'])
        .where('network_id', '=', networkId)
        .execute();
      return list.map((m) => ({ stepId: m.step_id, reason: m.reason }));
    },

    async mark(networkId: string, stepId: string) {
      return db
        .selectFrom('phase_step_marks')
        .selectAll()
        .where('network_id', '=', networkId)
        .where('step_id', '=', stepId)
        .executeTakeFirst();
    },

    async setMark(networkId: string, stepId: string, reason: string, memberId: string) {
      const existing = await this.mark(networkId, stepId);
      if (existing) {
        await db
          .updateTable('phase_step_marks')
          .set({ reason, member_id: memberId })
          .where('id', '=', existing.id)
          .execute();
        return { ...existing, reason, member_id: memberId };
      }
      const row = {
        id: newId(),
        network_id: networkId,
        step_id: stepId,
        reason,
        member_id: memberId,
        created_at: nowIso(),
      };
      await db.insertInto('phase_step_marks').values(row).execute();
      return row;
    },

    async removeMark(networkId: string, id: string) {
      await db.deleteFrom('phase_step_marks').where('network_id', '=', networkId).where('id', '=', id).execute();
    },
  };
};
