import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { msg } from '../../core/messages/index.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { today } from '../common/dates.js';
import { aggregateRelationCheck, CRITERIA, type Criterion } from '../../domain/scan/relation-check.js';
import { relationCheckRepository, type RelationRoundRow } from './repository.js';
import type { RatingForm, RelationResults, RelationRoundView } from './schemas.js';

/**
 * The partner a member rates for. Read from the membership as it is today; when representation
 * becomes a confirmed fact, this is the one place to change.
 */
export function raterActorOf(ctx: MemberContext): string | null {
  return ctx.actorId;
}

const isClosed = (round: Pick<RelationRoundRow, 'closed_at' | 'closes_on'>, day = today()) =>
  round.closed_at !== null || round.closes_on < day;

export function createRelationCheckService(deps: Deps) {
  const repo = relationCheckRepository(deps.db);

  async function toViews(networkId: string, rows: RelationRoundRow[]): Promise<RelationRoundView[]> {
    const counts = await repo.raterCounts(networkId);
    return rows.map((r) => ({
      id: r.id,
      label: r.label,
      closesOn: r.closes_on,
      closedAt: r.closed_at,
      status: isClosed(r) ? 'closed' : 'open',
      raters: counts.get(r.id) ?? 0,
      version: Number(r.version),
    }));
  }

  async function roundOf(ctx: MemberContext, roundId: string) {
    const round = await repo.round(ctx.networkId, roundId);
    if (!round) throw errors.notFound('relation.roundMissing');
    return round;
  }

  return {
    async rounds(ctx: MemberContext): Promise<RelationRoundView[]> {
      return toViews(ctx.networkId, await repo.rounds(ctx.networkId));
    },

    async open(ctx: MemberContext, input: { label?: string; closesOn: string }): Promise<RelationRoundView> {
      if (input.closesOn < today()) throw errors.invalid({ closesOn: 'scan.closesInPast' });
      const existing = await repo.rounds(ctx.networkId);
      let label = input.label;
      if (label) {
        if (existing.some((r) => r.label.toLowerCase() === label!.toLowerCase()))
          throw errors.conflict(msg('scan.labelTaken', { label }));
      } else {
        const taken = new Set(existing.map((r) => r.label.toLowerCase()));
        let n = existing.length;
        while (taken.has(`r${n}`)) n++;
        label = `R${n}`;
      }
      const now = nowIso();
      const row: RelationRoundRow = {
        id: newId(),
        network_id: ctx.networkId,
        label,
        closes_on: input.closesOn,
        closed_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insertRound(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'relation_check_round',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return (await toViews(ctx.networkId, [row]))[0];
    },

    async close(ctx: MemberContext, roundId: string): Promise<RelationRoundView> {
      const before = await roundOf(ctx, roundId);
      if (before.closed_at) throw errors.conflict('scan.alreadyClosed');
      const after = await repo.close(ctx.networkId, roundId, Number(before.version), nowIso());
      if (!after) throw errors.conflict('scan.alreadyClosed');
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'relation_check_round',
        entityId: roundId,
        action: 'update',
        before,
        after,
      });
      return (await toViews(ctx.networkId, [after]))[0];
    },

    async form(ctx: MemberContext, roundId: string): Promise<RatingForm> {
      const round = await roundOf(ctx, roundId);
      const rater = raterActorOf(ctx);
      const [view] = await toViews(ctx.networkId, [round]);
      const rated = rater ? await repo.ratedBy(ctx.networkId, roundId, rater) : new Set<string>();
      // A partner rates only the partners it works with: those it has a relation with in the map.
      const related = rater ? await repo.worksWith(ctx.networkId, rater) : new Set<string>();
      const partners = (await repo.partners(ctx.networkId))
        .filter((p) => p.id !== rater && related.has(p.id))
        .map((p) => ({ id: p.id, name: p.name, rated: rated.has(p.id) }));
      return { round: view, raterActorId: rater, partners };
    },

    /**
     * Stores the caller's partner's rating of another partner. Deliberately no audit row and no
     * live event with the values: a pair's rating is never shown anywhere.
     */
    async rate(
      ctx: MemberContext,
      roundId: string,
      ratedActorId: string,
      scores: Record<Criterion, number>,
    ): Promise<{ stored: true }> {
      const round = await roundOf(ctx, roundId);
      if (isClosed(round)) throw errors.conflict('relation.roundClosed');
      const rater = raterActorOf(ctx);
      if (!rater) throw errors.conflict('relation.noPartner');
      const partners = new Set((await repo.partners(ctx.networkId)).map((p) => p.id));
      if (!partners.has(rater)) throw errors.conflict('relation.noPartner');
      if (ratedActorId === rater) throw errors.invalid({ actorId: 'relation.notYourself' });
      if (!partners.has(ratedActorId)) throw errors.notFound('relation.notAPartner');
      if (!(await repo.worksWith(ctx.networkId, rater)).has(ratedActorId))
        throw errors.invalid({ actorId: 'relation.notWorkingWith' });
      const values = Object.fromEntries(CRITERIA.map((c) => [c, scores[c]])) as Record<Criterion, number>;
      await repo.upsert({
        id: newId(),
        network_id: ctx.networkId,
        round_id: roundId,
        rater_actor_id: rater,
        rated_actor_id: ratedActorId,
        ...values,
      });
      return { stored: true };
    },

    /** After closing: network scores and per partner what it received, each only with 3 or more raters. */
    async results(ctx: MemberContext, roundId: string): Promise<RelationResults> {
      const round = await roundOf(ctx, roundId);
      if (!isClosed(round)) return { available: false, reason: 'open', closesOn: round.closes_on };
      const partners = await repo.partners(ctx.networkId);
      const ids = new Set(partners.map((p) => p.id));
      // A partner that left the network since rating drops out of the aggregate.
      const ratings = (await repo.ratings(ctx.networkId, roundId))
        .filter((r) => ids.has(r.rater_actor_id) && ids.has(r.rated_actor_id))
        .map(
          (r) =>
            ({
              rater: r.rater_actor_id,
              ratee: r.rated_actor_id,
              ...Object.fromEntries(CRITERIA.map((c) => [c, Number(r[c])])),
            }) as Parameters<typeof aggregateRelationCheck>[1][number],
        );
      const result = aggregateRelationCheck(
        partners.map((p) => p.id),
        ratings,
      );
      const names = new Map(partners.map((p) => [p.id, p.name]));
      return {
        available: true,
        network: result.network,
        partners: result.partners.map((p) => ({
          id: p.partner,
          name: names.get(p.partner) ?? '',
          raters: p.raters,
          withheld: p.withheld,
          trust: p.trust,
          value: p.value,
          criteria: p.criteria,
        })),
      };
    },
  };
}

export type RelationCheckService = ReturnType<typeof createRelationCheckService>;
