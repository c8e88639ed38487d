import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { newSecret, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { parseJsonObject } from '../common/json.js';
import { calculate } from '../../domain/effects/calculate.js';
import { parseEffectModel } from '../../domain/effects/schema.js';
import { monteCarloOffLoop } from '../common/monte-carlo.js';
import { resultsRepository, type ResultsPageRow } from './repository.js';
import {
  RESULTS_FIELDS,
  type PublicResults,
  type ResultsField,
  type ResultsHeadline,
  type ResultsPartnerView,
  type ResultsSettingsView,
} from './schemas.js';

/** Runs and seed of the headline's Monte Carlo: fixed, so the page shows the same figures every time. */
export const HEADLINE_RUNS = 10_000;
export const HEADLINE_SEED = 1;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored model carries links and sources beside the file format; the calculation reads only the file format. */
function fileFormat(model: Json): Json {
  const strip = (item: unknown, keys: string[]) => {
    if (!isObject(item)) return item;
    const copy = { ...item };
    for (const k of keys) delete copy[k];
    return copy;
  };
  return {
    ...model,
    inputs: Array.isArray(model.inputs) ? model.inputs.map((i) => strip(i, ['sources'])) : model.inputs,
    outcomes: Array.isArray(model.outcomes)
      ? model.outcomes.map((o) => strip(o, ['goalId', 'indicator', 'priceItemId', 'sources']))
      : model.outcomes,
  };
}

function readFields(json: string): Record<ResultsField, boolean> {
  const stored = parseJsonObject(json);
  return Object.fromEntries(RESULTS_FIELDS.map((f) => [f, stored[f] === true])) as Record<ResultsField, boolean>;
}

export function createResultsService(deps: Deps) {
  const repo = resultsRepository(deps.db);

  async function ensurePage(networkId: string): Promise<ResultsPageRow> {
    const existing = await repo.page(networkId);
    if (existing) return existing;
    const now = nowIso();
    await repo.insertPage({
      network_id: networkId,
      token: null,
      fields: JSON.stringify({ ambition: true, goals: true, done: true, effects: false }),
      model_id: null,
      model_version: null,
      indexable: 0,
      published_at: null,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    return (await repo.page(networkId))!;
  }

  async function headline(networkId: string, modelId: string, number: number): Promise<ResultsHeadline | null> {
    const v = await repo.modelVersion(networkId, modelId, number);
    if (!v) return null;
    const snapshot = parseJsonObject(v.snapshot);
    const parsed = parseEffectModel(fileFormat(isObject(snapshot.model) ? snapshot.model : {}));
    if (!parsed.ok) return null;
    const result = calculate(parsed.model);
    // On the pool, like every Monte Carlo of the server: this public page must not hold up the rest.
    const mc = await monteCarloOffLoop(deps.pool, parsed.model, HEADLINE_RUNS, HEADLINE_SEED);
    return {
      modelName: String(snapshot.name ?? ''),
      versionNumber: number,
      pvInputs: result.pvInputs,
      pvOutcomes: result.pvOutcomes,
      ratio: result.ratio,
      npv: result.npv,
      paybackYear: result.paybackYear,
      uncertainty: {
        runs: mc.runs,
        seed: mc.seed,
        pRatioAbove1: mc.pRatioAbove1,
        p05: mc.p05,
        p50: mc.p50,
        p95: mc.p95,
      },
    };
  }

  /** The page as a stranger sees it: the chosen parts only, partners by name only with their consent. */
  async function publicView(networkId: string, page: ResultsPageRow): Promise<PublicResults> {
    const fields = readFields(page.fields);
    const [network, partners, names] = await Promise.all([
      repo.network(networkId),
      repo.partners(networkId),
      repo.names(networkId),
    ]);
    const named = new Set(names.map((n) => n.actor_id));
    return {
      networkName: network.name,
      areaName: network.area_name,
      indexable: page.indexable === 1,
      ambition: fields.ambition ? { ambition: network.ambition, vision: network.vision } : null,
      goals: fields.goals
        ? (await repo.goals(networkId)).map((g) => ({
            title: g.title,
            indicator: g.indicator,
            targetValue: g.target_value,
          }))
        : null,
      done: fields.done ? (await repo.doneActions(networkId)).map((a) => ({ title: a.title })) : null,
      effects:
        fields.effects && page.model_id && page.model_version
          ? await headline(networkId, page.model_id, Number(page.model_version))
          : null,
      // A person is never named; an organisation or initiative only when it agreed.
      partners: partners.map((p) => ({
        name: p.kind !== 'person' && named.has(p.id) ? p.name : null,
        kind: p.kind,
        domain: p.domain,
      })),
    };
  }

  async function settings(ctx: MemberContext): Promise<ResultsSettingsView> {
    const page = await ensurePage(ctx.networkId);
    const [partners, names, models, numbers] = await Promise.all([
      repo.partners(ctx.networkId),
      repo.names(ctx.networkId),
      repo.models(ctx.networkId),
      repo.versionNumbers(ctx.networkId),
    ]);
    const byActor = new Map(names.map((n) => [n.actor_id, n]));
    const partnerViews: ResultsPartnerView[] = partners.map((p) => {
      const n = byActor.get(p.id);
      return {
        actorId: p.id,
        name: p.name,
        kind: p.kind,
        domain: p.domain,
        named: !!n && p.kind !== 'person',
        namedBy: n ? (n.by_representative === 1 ? 'representative' : 'kartrekker') : null,
        canChange: p.kind !== 'person' && (ctx.role === 'kartrekker' || ctx.actorId === p.id),
      };
    });
    return {
      enabled: page.token !== null,
      token: page.token,
      fields: readFields(page.fields),
      modelId: page.model_id,
      versionNumber: page.model_version === null ? null : Number(page.model_version),
      indexable: page.indexable === 1,
      publishedAt: page.published_at,
      version: Number(page.version),
      partners: partnerViews,
      models: models.map((m) => ({
        id: m.id,
        name: m.name,
        versions: numbers.filter((v) => v.model_id === m.id).map((v) => Number(v.number)),
      })),
      preview: await publicView(ctx.networkId, page),
    };
  }

  return {
    settings,

    /**
     * Switch on (a new, unguessable link), switch off (the link is gone for good), or change the
     * chosen parts. A page that stays on keeps its link.
     */
    async update(
      ctx: MemberContext,
      input: {
        enabled: boolean;
        fields: Record<ResultsField, boolean>;
        modelId: string | null;
        versionNumber: number | null;
        indexable: boolean;
        version: number;
      },
    ): Promise<ResultsSettingsView> {
      const before = await ensurePage(ctx.networkId);
      if (input.fields.effects) {
        if (!input.modelId || !input.versionNumber) throw errors.invalid({ versionNumber: 'results.versionNeeded' });
        if (!(await repo.modelVersion(ctx.networkId, input.modelId, input.versionNumber)))
          throw errors.invalid({ versionNumber: 'results.versionUnknown' });
      }
      const wasOn = before.token !== null;
      const patch: Partial<ResultsPageRow> = {
        fields: JSON.stringify(input.fields),
        model_id: input.fields.effects ? input.modelId : null,
        model_version: input.fields.effects ? input.versionNumber : null,
        indexable: input.indexable ? 1 : 0,
        updated_at: nowIso(),
      };
      if (input.enabled && !wasOn) {
        patch.token = newSecret();
        patch.published_at = patch.updated_at;
      } else if (!input.enabled) {
        patch.token = null;
        patch.published_at = null;
      }
      const after = await repo.updatePage(ctx.networkId, input.version, patch);
      if (!after) throw errors.stale(await settings(ctx));
      // The token is the page's key: the audit line says the link changed, never what it is.
      const hideToken = (row: ResultsPageRow) => ({ ...row, token: row.token === null ? null : 'link' });
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'results_page',
        entityId: ctx.networkId,
        action: 'update',
        before: hideToken(before),
        after: {
          ...hideToken(after),
          token: after.token === null ? null : after.token === before.token ? 'link' : 'nieuwe link',
        },
      });
      return settings(ctx);
    },

    /** A partner agrees to be named on the page (or withdraws that): its representative, or a kartrekker recording it. */
    async setNaming(ctx: MemberContext, actorId: string, named: boolean): Promise<ResultsSettingsView> {
      const partner = await repo.isPartner(ctx.networkId, actorId);
      if (!partner) throw errors.notFound('results.notPartner');
      if (ctx.role !== 'kartrekker' && ctx.actorId !== actorId) throw errors.forbidden('results.notYourPartner');
      if (partner.kind === 'person' && named) throw errors.invalid({ named: 'results.person' });
      if (named) {
        await repo.addName({
          network_id: ctx.networkId,
          actor_id: actorId,
          by_representative: ctx.actorId === actorId ? 1 : 0,
          member_id: ctx.memberId,
          created_at: nowIso(),
        });
      } else {
        await repo.removeName(ctx.networkId, actorId);
      }
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'results_partner_name',
        entityId: actorId,
        action: named ? 'create' : 'delete',
        ...(named ? { after: { actor_id: actorId } } : { before: { actor_id: actorId } }),
      });
      return settings(ctx);
    },

    /** Whether search engines may index the page behind this link (false for a link that does not work). */
    async indexable(token: string): Promise<boolean> {
      if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return false;
      const networkId = await repo.networkOfToken(token);
      const page = networkId ? await repo.page(networkId) : undefined;
      return !!page && page.token === token && page.indexable === 1;
    },

    /** The public page behind a link; 404 when the page is off or the link was replaced. */
    async publicPage(token: string): Promise<PublicResults> {
      const networkId = await repo.networkOfToken(token);
      const page = networkId ? await repo.page(networkId) : undefined;
      if (!networkId || !page || page.token !== token) throw errors.notFound('results.notFound');
      return publicView(networkId, page);
    },
  };
}

export type ResultsService = ReturnType<typeof createResultsService>;
