import { z } from 'zod';
import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import type { Services } from '../../core/registry.js';
import { errors } from '../../core/errors.js';
import { msg, type Lang, type MessageRef } from '../../core/messages/index.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { parseJsonObject } from '../common/json.js';
import { LIMITS, id as idSchema, optionalText } from '../common/schemas.js';
import { calculate } from '../../domain/effects/calculate.js';
import { parseEffectModel, type EffectModel } from '../../domain/effects/schema.js';
import { tornado } from '../../domain/effects/uncertainty.js';
import { monteCarloOffLoop } from '../common/monte-carlo.js';
import { describeWarning, euro, whoPaysWhoBenefits } from '../../domain/effects/summary.js';
import { indexPrice } from '../../domain/effects/cases.js';
import {
  STARTER_INDEX,
  firstPriceList,
  indexFromRates,
  isPayerId,
  payerName,
  PAYER_IDS,
} from '../../domain/effects/starter-prices.js';
import { effectRepository, type ModelRow, type PriceRow, type SettingsRow } from './repository.js';
import type {
  EffectModelResultView,
  EffectModelView,
  EffectVersionReport,
  PriceItemView,
  PriceListView,
  PriceSettingsView,
  SavedModelVersion,
} from './schemas.js';
import { DEFAULT_RUNS, TEXT } from './texts.js';

/** The last year the starter index has a rate for: prices are brought to this year by default. */
const STARTER_INDEX_YEAR = Math.max(...Object.keys(STARTER_INDEX.rates).map(Number));
/** A stored model is at most this large (as JSON); 50 outcomes with ranges are about 20 kB. */
const MAX_MODEL_CHARS = 500_000;

/** The fields a model may carry beside the file format: links and sources, never part of the calculation. */
const OUTCOME_LINKS = ['goalId', 'indicator', 'priceItemId', 'sources'] as const;
const INPUT_LINKS = ['sources'] as const;
const sourcesSchema = z
  .record(z.string().max(40), optionalText(LIMITS.short))
  .refine((s) => Object.keys(s).length <= 20);
const outcomeLinks = z.object({
  goalId: idSchema.nullable().optional(),
  indicator: optionalText(LIMITS.name).optional(),
  priceItemId: idSchema.nullable().optional(),
  sources: sourcesSchema.optional(),
});
const inputLinks = z.object({ sources: sourcesSchema.optional() });

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The model without links and sources: exactly the `wijknet effects` file format. */
export function toFileFormat(model: Json): Json {
  const strip = (item: unknown, keys: readonly string[]) => {
    if (!isObject(item)) return item;
    const copy = { ...item };
    for (const k of keys) delete copy[k];
    return copy;
  };
  const out: Json = { ...model };
  if (Array.isArray(model.inputs)) out.inputs = model.inputs.map((i) => strip(i, INPUT_LINKS));
  if (Array.isArray(model.outcomes)) out.outcomes = model.outcomes.map((o) => strip(o, OUTCOME_LINKS));
  return out;
}

function chanceSentence(pAbove1: number): string {
  const n = Math.round(pAbove1 * 100);
  return `In ${n} van de 100 berekeningen levert het meer op dan het kost.`;
}

export function createEffectService(deps: Deps, others: Pick<Services, 'agreements'>) {
  const repo = effectRepository(deps.db);

  /** The first look makes the network's own copy of the starter list and its index settings. */
  async function ensureList(networkId: string): Promise<SettingsRow> {
    const existing = await repo.settings(networkId);
    if (existing) return existing;
    const now = nowIso();
    const settings: SettingsRow = {
      network_id: networkId,
      index_year: STARTER_INDEX_YEAR,
      index_rates: JSON.stringify(STARTER_INDEX.rates),
      index_source: STARTER_INDEX.name.nl,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await repo.insertSettings(settings);
    // Two first views at once: only the one that made the settings copies the list.
    const stored = await repo.settings(networkId);
    if (stored && stored.created_at === now && (await repo.prices(networkId)).length === 0) {
      await repo.insertPrices(
        firstPriceList('nl').map((p) => ({
          id: newId(),
          network_id: networkId,
          item: p.item,
          unit: p.unit,
          price: p.price,
          payer: p.payer,
          source_title: p.sourceTitle,
          source_publisher: p.sourcePublisher,
          source_year: p.sourceYear,
          source_url: p.sourceUrl,
          price_year: p.priceYear,
          note: p.note,
          starter_key: p.starterKey,
          created_at: now,
          updated_at: now,
          version: 1,
        })),
      );
    }
    return stored ?? settings;
  }

  function settingsView(s: SettingsRow): PriceSettingsView {
    const rates = parseJsonObject(s.index_rates);
    return {
      indexYear: Number(s.index_year),
      indexRates: Object.fromEntries(
        Object.entries(rates).filter((e): e is [string, number] => typeof e[1] === 'number'),
      ),
      indexSource: s.index_source,
      version: Number(s.version),
    };
  }

  function priceView(row: PriceRow, settings: PriceSettingsView): PriceItemView {
    const price = row.price === null ? null : Number(row.price);
    const priceYear = row.price_year === null ? null : Number(row.price_year);
    const index = indexFromRates(
      settings.indexSource,
      Object.fromEntries(Object.entries(settings.indexRates).map(([y, r]) => [Number(y), r])),
      settings.indexYear,
    );
    return {
      id: row.id,
      item: row.item,
      unit: row.unit,
      price,
      payer: row.payer,
      payerName: isPayerId(row.payer) ? payerName(row.payer) : row.payer,
      sourceTitle: row.source_title,
      sourcePublisher: row.source_publisher,
      sourceYear: row.source_year === null ? null : Number(row.source_year),
      sourceUrl: row.source_url,
      priceYear,
      note: row.note,
      starterKey: row.starter_key,
      unchecked: price === null,
      withoutSource: row.source_title.trim() === '' && (row.source_url ?? '').trim() === '',
      indexedPrice:
        price === null ? null : indexPrice(price, priceYear ?? settings.indexYear, settings.indexYear, index),
      version: Number(row.version),
    };
  }

  const priceMissing = () => errors.notFound('effects.priceNotFound');
  const modelMissing = () => errors.notFound('effects.modelNotFound');

  async function priceList(ctx: MemberContext): Promise<PriceListView> {
    const settings = settingsView(await ensureList(ctx.networkId));
    const rows = await repo.prices(ctx.networkId);
    return {
      items: rows.map((r) => priceView(r, settings)),
      settings,
      payers: PAYER_IDS.map((p) => ({ id: p, name: payerName(p) })),
    };
  }

  async function onePrice(ctx: MemberContext, priceId: string): Promise<PriceItemView> {
    const settings = settingsView(await ensureList(ctx.networkId));
    const row = await repo.price(ctx.networkId, priceId);
    if (!row) throw priceMissing();
    return priceView(row, settings);
  }

  type PriceInput = {
    item?: string;
    unit?: string;
    price?: number | null;
    payer?: string;
    sourceTitle?: string;
    sourcePublisher?: string;
    sourceYear?: number | null;
    sourceUrl?: string | null;
    priceYear?: number | null;
    note?: string | null;
  };
  const priceColumns = (i: PriceInput): Partial<PriceRow> => {
    const out: Partial<PriceRow> = {};
    if (i.item !== undefined) out.item = i.item;
    if (i.unit !== undefined) out.unit = i.unit;
    if (i.price !== undefined) out.price = i.price;
    if (i.payer !== undefined) out.payer = i.payer;
    if (i.sourceTitle !== undefined) out.source_title = i.sourceTitle;
    if (i.sourcePublisher !== undefined) out.source_publisher = i.sourcePublisher;
    if (i.sourceYear !== undefined) out.source_year = i.sourceYear;
    if (i.sourceUrl !== undefined) out.source_url = i.sourceUrl || null;
    if (i.priceYear !== undefined) out.price_year = i.priceYear;
    if (i.note !== undefined) out.note = i.note || null;
    return out;
  };

  /** Checks a model body: the file format by the domain schema, the links against the network. */
  async function checkModel(networkId: string, model: Json, lang: Lang): Promise<EffectModel> {
    if (JSON.stringify(model).length > MAX_MODEL_CHARS) throw errors.invalid({ model: 'effects.modelTooLarge' });
    const fields: Record<string, MessageRef> = {};
    const parsed = parseEffectModel(toFileFormat(model));
    if (!parsed.ok)
      for (const issue of parsed.issues)
        fields[issue.path ? `model.${issue.path}` : 'model'] ??= msg('effects.modelIssue', {
          text: lang === 'en' ? issue.messageEn : issue.message,
        });
    const goals = await repo.goalIds(networkId);
    const prices = new Set((await repo.prices(networkId)).map((p) => p.id));
    const outcomes = Array.isArray(model.outcomes) ? model.outcomes : [];
    outcomes.forEach((o, i) => {
      if (!isObject(o)) return;
      const links = outcomeLinks.safeParse(
        Object.fromEntries(OUTCOME_LINKS.filter((k) => k in o).map((k) => [k, o[k]])),
      );
      if (!links.success) {
        fields[`model.outcomes[${i}].${String(links.error.issues[0]?.path[0] ?? 'sources')}`] = 'effects.annotation';
        return;
      }
      if (links.data.goalId && !goals.has(links.data.goalId))
        fields[`model.outcomes[${i}].goalId`] = 'effects.unknownGoal';
      if (links.data.priceItemId && !prices.has(links.data.priceItemId))
        fields[`model.outcomes[${i}].priceItemId`] = 'effects.unknownPrice';
    });
    const inputs = Array.isArray(model.inputs) ? model.inputs : [];
    inputs.forEach((input, i) => {
      if (isObject(input) && 'sources' in input && !inputLinks.safeParse({ sources: input.sources }).success)
        fields[`model.inputs[${i}].sources`] = 'effects.annotation';
    });
    if (Object.keys(fields).length > 0 || !parsed.ok) throw errors.invalid(fields, 'effects.modelInvalid');
    return parsed.model;
  }

  function modelView(row: ModelRow): EffectModelView {
    return {
      id: row.id,
      name: row.name,
      model: parseJsonObject(row.model),
      version: Number(row.version),
      updatedAt: row.updated_at,
    };
  }

  async function getModel(ctx: MemberContext, modelId: string): Promise<ModelRow> {
    const row = await repo.model(ctx.networkId, modelId);
    if (!row) throw modelMissing();
    return row;
  }

  function computed(row: ModelRow) {
    const parsed = parseEffectModel(toFileFormat(parseJsonObject(row.model)));
    // Stored models were checked when saved; a model that no longer parses is a broken row.
    if (!parsed.ok) throw new Error(`stored effect model ${row.id} does not parse: ${parsed.issues[0]?.path}`);
    return { model: parsed.model, result: calculate(parsed.model) };
  }

  return {
    priceList,

    async addPrice(ctx: MemberContext, input: PriceInput & { item: string; payer: string }): Promise<PriceItemView> {
      await ensureList(ctx.networkId);
      const now = nowIso();
      const row: PriceRow = {
        id: newId(),
        network_id: ctx.networkId,
        item: input.item,
        unit: '',
        price: null,
        payer: input.payer,
        source_title: '',
        source_publisher: '',
        source_year: null,
        source_url: null,
        price_year: null,
        note: null,
        starter_key: null,
        ...priceColumns(input),
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insertPrices([row]);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'price_item',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return onePrice(ctx, row.id);
    },

    async updatePrice(
      ctx: MemberContext,
      priceId: string,
      input: PriceInput & { version: number },
    ): Promise<PriceItemView> {
      const before = await repo.price(ctx.networkId, priceId);
      if (!before) throw priceMissing();
      const after = await repo.updatePrice(ctx.networkId, priceId, input.version, {
        ...priceColumns(input),
        updated_at: nowIso(),
      });
      if (!after) throw errors.stale(await onePrice(ctx, priceId));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'price_item',
        entityId: priceId,
        action: 'update',
        before,
        after,
      });
      return onePrice(ctx, priceId);
    },

    async removePrice(ctx: MemberContext, priceId: string): Promise<void> {
      const before = await repo.price(ctx.networkId, priceId);
      if (!before) throw priceMissing();
      await repo.deletePrice(ctx.networkId, priceId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'price_item',
        entityId: priceId,
        action: 'delete',
        before,
      });
    },

    async updateSettings(
      ctx: MemberContext,
      input: { indexYear?: number; indexRates?: Record<string, number>; indexSource?: string; version: number },
    ): Promise<PriceListView> {
      const before = await ensureList(ctx.networkId);
      const patch: Partial<SettingsRow> = { updated_at: nowIso() };
      if (input.indexYear !== undefined) patch.index_year = input.indexYear;
      if (input.indexRates !== undefined) patch.index_rates = JSON.stringify(input.indexRates);
      if (input.indexSource !== undefined) patch.index_source = input.indexSource;
      const after = await repo.updateSettings(ctx.networkId, input.version, patch);
      if (!after) throw errors.stale(settingsView(before));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'effect_settings',
        entityId: ctx.networkId,
        action: 'update',
        before,
        after,
      });
      return priceList(ctx);
    },

    async listModels(
      ctx: MemberContext,
    ): Promise<{ models: (EffectModelView & { ratio: number | null; npv: number })[] }> {
      const rows = await repo.models(ctx.networkId);
      return {
        models: rows.map((r) => {
          const parsed = parseEffectModel(toFileFormat(parseJsonObject(r.model)));
          const result = parsed.ok ? calculate(parsed.model) : null;
          return { ...modelView(r), ratio: result?.ratio ?? null, npv: result?.npv ?? 0 };
        }),
      };
    },

    async createModel(
      ctx: MemberContext,
      input: { name: string; model: Json },
      lang: Lang = 'nl',
    ): Promise<EffectModelView> {
      await ensureList(ctx.networkId);
      await checkModel(ctx.networkId, input.model, lang);
      const now = nowIso();
      const row: ModelRow = {
        id: newId(),
        network_id: ctx.networkId,
        name: input.name,
        model: JSON.stringify(input.model),
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insertModel(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'effect_model',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return modelView(row);
    },

    async updateModel(
      ctx: MemberContext,
      modelId: string,
      input: { name?: string; model?: Json; version: number },
      lang: Lang = 'nl',
    ): Promise<EffectModelView> {
      const before = await getModel(ctx, modelId);
      const patch: Partial<ModelRow> = { updated_at: nowIso() };
      if (input.name !== undefined) patch.name = input.name;
      if (input.model !== undefined) {
        await checkModel(ctx.networkId, input.model, lang);
        patch.model = JSON.stringify(input.model);
      }
      const after = await repo.updateModel(ctx.networkId, modelId, input.version, patch);
      if (!after) throw errors.stale(modelView(await getModel(ctx, modelId)));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'effect_model',
        entityId: modelId,
        action: 'update',
        before,
        after,
      });
      return modelView(after);
    },

    async removeModel(ctx: MemberContext, modelId: string): Promise<void> {
      const before = await getModel(ctx, modelId);
      await repo.deleteModel(ctx.networkId, modelId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'effect_model',
        entityId: modelId,
        action: 'delete',
        before,
      });
    },

    /** The model with every computed figure, the tornado and a seeded Monte Carlo. */
    async result(
      ctx: MemberContext,
      modelId: string,
      options: { runs?: number; seed?: number },
    ): Promise<EffectModelResultView> {
      const row = await getModel(ctx, modelId);
      const { model, result } = computed(row);
      // 10,000 runs cost about 90 ms of CPU: on the pool, so they hold up nobody.
      const mc = await monteCarloOffLoop(deps.pool, model, options.runs ?? DEFAULT_RUNS, options.seed ?? 1);
      const versions = await repo.versions(ctx.networkId, modelId);
      return {
        ...modelView(row),
        result,
        summary: whoPaysWhoBenefits(result),
        warnings: result.warnings.map(describeWarning),
        proposal: result.stakeholders.map((s) => ({
          name: s.name,
          investment: s.investment,
          benefit: s.benefit,
          proposedShare: s.proposedShare,
          proposedAmount: s.proposedInvestment,
        })),
        tornado: tornado(model),
        uncertainty: { ...mc, sentence: chanceSentence(mc.pRatioAbove1) },
        savedVersions: versions.map((v) => ({ number: Number(v.number), createdAt: v.created_at })),
      };
    },

    /** The model as a `wijknet effects` file (ranges included, links and sources left out). */
    async file(ctx: MemberContext, modelId: string, versionNumber?: number): Promise<{ name: string; file: Json }> {
      if (versionNumber !== undefined) {
        const v = await repo.version(ctx.networkId, modelId, versionNumber);
        if (!v) throw errors.notFound('effects.versionNotFound');
        const snapshot = parseJsonObject(v.snapshot);
        return {
          name: `${String(snapshot.name)} versie ${versionNumber}`,
          file: toFileFormat(isObject(snapshot.model) ? snapshot.model : {}),
        };
      }
      const row = await getModel(ctx, modelId);
      return { name: row.name, file: toFileFormat(parseJsonObject(row.model)) };
    },

    /** "Versie vastleggen": an immutable, numbered snapshot of the model as it is now. */
    async saveVersion(ctx: MemberContext, modelId: string): Promise<SavedModelVersion> {
      const row = await getModel(ctx, modelId);
      const createdAt = nowIso();
      const number = (await repo.lastVersionNumber(ctx.networkId, modelId)) + 1;
      const snapshot = JSON.stringify({
        name: row.name,
        model: parseJsonObject(row.model),
        modelVersion: Number(row.version),
      });
      const version = {
        id: newId(),
        network_id: ctx.networkId,
        model_id: modelId,
        number,
        snapshot,
        created_by: ctx.userId,
        created_at: createdAt,
      };
      await repo.insertVersion(version);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'effect_model_version',
        entityId: version.id,
        action: 'create',
        after: version,
      });
      return { number, createdAt };
    },

    async versions(ctx: MemberContext, modelId: string) {
      await getModel(ctx, modelId);
      const rows = await repo.versions(ctx.networkId, modelId);
      return {
        versions: rows.map((v) => {
          const s = parseJsonObject(v.snapshot);
          return {
            number: Number(v.number),
            name: String(s.name ?? ''),
            createdAt: v.created_at,
            model: isObject(s.model) ? s.model : {},
          };
        }),
      };
    },

    /**
     * One saved version with every figure, for the funder report: computed from the snapshot, so the
     * same version always gives the same figures (Monte Carlo with a fixed seed and number of runs).
     */
    async versionReport(ctx: MemberContext, modelId: string, versionNumber: number): Promise<EffectVersionReport> {
      await getModel(ctx, modelId);
      const v = await repo.version(ctx.networkId, modelId, versionNumber);
      if (!v) throw errors.notFound('effects.versionNotFound');
      const snapshot = parseJsonObject(v.snapshot);
      const stored = isObject(snapshot.model) ? snapshot.model : {};
      const parsed = parseEffectModel(toFileFormat(stored));
      if (!parsed.ok) throw new Error(`saved effect model version ${v.id} does not parse`);
      const result = calculate(parsed.model);
      const mc = await monteCarloOffLoop(deps.pool, parsed.model, DEFAULT_RUNS, 1);
      const settings = settingsView(await ensureList(ctx.networkId));
      const prices: EffectVersionReport['prices'] = {};
      for (const row of await repo.prices(ctx.networkId)) {
        const p = priceView(row, settings);
        prices[p.id] = {
          item: p.item,
          unit: p.unit,
          source: [p.sourceTitle, p.sourcePublisher, p.sourceYear ?? ''].filter((x) => String(x).trim()).join(', '),
        };
      }
      const goals = Object.fromEntries((await repo.goalTitles(ctx.networkId)).map((g) => [g.id, g.title]));
      return {
        modelId,
        name: String(snapshot.name ?? ''),
        number: versionNumber,
        createdAt: v.created_at,
        stored,
        model: parsed.model,
        result,
        summary: whoPaysWhoBenefits(result),
        warnings: result.warnings.map(describeWarning),
        tornado: tornado(parsed.model),
        uncertainty: {
          runs: mc.runs,
          seed: mc.seed,
          pRatioAbove1: mc.pRatioAbove1,
          p05: mc.p05,
          p50: mc.p50,
          p95: mc.p95,
          runsWithoutRatio: mc.runsWithoutRatio,
        },
        prices,
        goals,
      };
    },

    /** The co-funding split the network agreed, recorded as a money agreement. */
    async recordCoFunding(
      ctx: MemberContext,
      modelId: string,
      input: { title?: string; contributions: { party: string; amount: number }[]; note?: string },
    ) {
      const row = await getModel(ctx, modelId);
      const { result } = computed(row);
      const names = new Set(result.stakeholders.map((s) => s.name));
      const fields: Record<string, MessageRef> = {};
      input.contributions.forEach((c, i) => {
        if (!names.has(c.party)) fields[`contributions[${i}].party`] = msg('effects.unknownParty', { party: c.party });
      });
      if (Object.keys(fields).length) throw errors.invalid(fields);
      const total = input.contributions.reduce((s, c) => s + c.amount, 0);
      const body = [TEXT.coFundingBody(euro(total)), input.note ?? ''].filter(Boolean).join('\n\n');
      return others.agreements.create(ctx, {
        kind: 'geld',
        title: input.title ?? TEXT.coFundingTitle(row.name),
        body,
        details: {
          contributions: input.contributions.map((c) => ({ party: c.party, amount: Math.round(c.amount * 100) / 100 })),
        },
      });
    },
  };
}

export type EffectService = ReturnType<typeof createEffectService>;
