import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { hashSecret, nowIso } from '../../core/crypto.js';
import type { Lang } from '../../core/messages/index.js';
import { dayInAmsterdam } from '../../domain/calendar/dates.js';
import { cockpitItems } from '../../domain/cockpit/rules.js';
import { renderItem } from '../../domain/cockpit/render.js';
import { coverageText, healthCoverage, healthDimensionName } from '../../domain/scan/health-coverage.js';
import { cockpitRepository } from './repository.js';
import { cockpitPath, type CockpitView, type DigestSettingView, type HealthCoverageView } from './schemas.js';

/**
 * The kartrekker cockpit (what needs attention, each item with the one action that deals with
 * it), positive-health coverage, and the personal setting of the weekly digest mail. The rules
 * are pure (domain/cockpit); this gathers the facts and puts the items into words.
 */
export function createCockpitService(deps: Deps) {
  const repo = cockpitRepository(deps.db);

  return {
    /** `now` is the moment the rules read (tests pass a fixed one). */
    async cockpit(ctx: MemberContext, lang: Lang = 'nl', now: Date = new Date()): Promise<CockpitView> {
      const items = cockpitItems(await repo.facts(ctx.networkId, now), now);
      const counts = { high: 0, medium: 0, low: 0 };
      for (const item of items) counts[item.severity]++;
      return {
        today: dayInAmsterdam(now),
        counts,
        items: items.map((item) => {
          const words = renderItem(item, lang);
          return {
            code: item.code,
            severity: item.severity,
            date: item.date,
            text: words.text,
            actionLabel: words.actionLabel,
            tool: item.action.tool,
            recordId: item.action.recordId,
            path: cockpitPath(item.action),
          };
        }),
      };
    },

    /** Which of the six dimensions the goals, ladders and actions address: counts of tags, never a score. */
    async health(ctx: MemberContext, lang: Lang = 'nl'): Promise<HealthCoverageView> {
      const tagged = await repo.healthTags(ctx.networkId);
      const coverage = healthCoverage(tagged);
      return {
        dimensions: coverage.dimensions.map((d) => ({ ...d, name: healthDimensionName(d.dimension, lang) })),
        unaddressed: coverage.unaddressed,
        question: coverageText(coverage, lang),
        totals: {
          goals: tagged.filter((t) => t.kind === 'goal').length,
          ladders: tagged.filter((t) => t.kind === 'ladder').length,
          actions: tagged.filter((t) => t.kind === 'action').length,
        },
      };
    },

    async digestSetting(userId: string): Promise<DigestSettingView> {
      return { weeklyDigest: !(await repo.optedOut(userId)) };
    },

    async setDigest(userId: string, weeklyDigest: boolean): Promise<DigestSettingView> {
      await repo.setOptOut(userId, !weeklyDigest, nowIso());
      return { weeklyDigest };
    },

    /** The link in the mail: turns the weekly mail off for its person, no sign-in needed. Again is fine. */
    async unsubscribe(token: string): Promise<DigestSettingView> {
      const userId = await repo.userOfLink(hashSecret(token));
      if (!userId) throw errors.notFound('digest.linkUnknown');
      await repo.setOptOut(userId, true, nowIso());
      return { weeklyDigest: false };
    },
  };
}

export type CockpitService = ReturnType<typeof createCockpitService>;
