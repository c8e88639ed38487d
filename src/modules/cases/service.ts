import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import type { Services } from '../../core/registry.js';
import { errors } from '../../core/errors.js';
import type { Lang, MessageRef } from '../../core/messages/index.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import {
  aggregateCaseGroup,
  evaluateCase,
  type Case,
  type CaseEntry,
  type CaseResult,
  type PriceItem,
} from '../../domain/effects/cases.js';
import { indexFromRates, isPayerId, payerName } from '../../domain/effects/starter-prices.js';
import type { PriceListView } from '../effects/schemas.js';
import { caseRepository, type CaseLineRow, type CaseRow } from './repository.js';
import type { CaseLineInput, CaseLineView, CaseListView, CaseView } from './schemas.js';

const COPY_OF: Record<Lang, (name: string) => string> = {
  nl: (name) => `Kopie van ${name}`,
  en: (name) => `Copy of ${name}`,
};

const nameOf = (payer: string) => (isPayerId(payer) ? payerName(payer) : payer);

/** What the arithmetic needs of the price list: prices in their own year, the index to bring them to one year. */
function pricing(list: PriceListView) {
  const s = list.settings;
  const index = indexFromRates(
    s.indexSource,
    Object.fromEntries(Object.entries(s.indexRates).map(([y, r]) => [Number(y), r])),
    s.indexYear,
  );
  const prices: PriceItem[] = list.items.map((p) => ({
    id: p.id,
    item: p.item,
    unit: p.unit,
    price: p.price,
    payer: p.payer,
    source: p.withoutSource
      ? null
      : { title: p.sourceTitle, publisher: p.sourcePublisher, year: p.sourceYear ?? p.priceYear ?? s.indexYear },
    year: p.priceYear ?? s.indexYear,
  }));
  return { prices, byId: new Map(list.items.map((p) => [p.id, p])), options: { year: s.indexYear, index } };
}

type Pricing = ReturnType<typeof pricing>;

function toEntry(line: CaseLineRow): CaseEntry {
  return {
    label: line.label,
    priceId: line.price_item_id,
    ownPrice: line.own_price === null ? null : Number(line.own_price),
    payer: line.payer,
    quantity: Number(line.quantity),
    when: line.month === null ? `${line.year}` : `${line.year}-${line.month}`,
  };
}

export function createCaseService(deps: Deps, others: Pick<Services, 'effects'>) {
  const repo = caseRepository(deps.db);
  const missing = () => errors.notFound('cases.notFound');

  function view(row: CaseRow, rows: CaseLineRow[], p: Pricing): { view: CaseView; result: CaseResult } {
    const approach = rows.filter((l) => l.timeline === 'approach');
    const reference = rows.filter((l) => l.timeline === 'reference');
    const c: Case = { name: row.name, withApproach: approach.map(toEntry), reference: reference.map(toEntry) };
    const result = evaluateCase(c, p.prices, p.options);
    // The domain lists the reference first, then the approach, each in the order of its lines.
    const priced = [...reference, ...approach].map((line, i) => ({ line, priced: result.entries[i] }));
    const lines: CaseLineView[] = priced.map(({ line, priced: e }) => {
      const item = line.price_item_id ? p.byId.get(line.price_item_id) : undefined;
      return {
        id: line.id,
        timeline: line.timeline as CaseLineView['timeline'],
        label: line.label,
        kind: line.kind as CaseLineView['kind'],
        year: Number(line.year),
        month: line.month === null ? null : Number(line.month),
        priceItemId: line.price_item_id,
        priceItem: item?.item ?? null,
        unit: item?.unit ?? '',
        ownPrice: line.own_price === null ? null : Number(line.own_price),
        note: line.note,
        quantity: Number(line.quantity),
        payer: line.payer,
        paidBy: e.payer,
        paidByName: e.payer === null ? null : nameOf(e.payer),
        unitPrice: e.unitPrice,
        cost: e.cost,
        withoutSource: item ? item.withoutSource : line.note.trim() === '',
      };
    });
    return {
      result,
      view: {
        id: row.id,
        name: row.name,
        resident: row.resident,
        residents: Number(row.residents),
        lines,
        year: result.year,
        payers: result.payers.map((x) => ({ ...x, payerName: nameOf(x.payer) })),
        total: {
          reference: result.total.reference,
          withApproach: result.total.withApproach,
          effect: result.total.effect,
        },
        complete: result.complete,
        flags: result.flags,
        version: Number(row.version),
        updatedAt: row.updated_at,
      },
    };
  }

  async function checkLines(networkId: string, lines: CaseLineInput[] | undefined) {
    if (!lines) return;
    const known = await repo.priceIds(networkId);
    const fields: Record<string, MessageRef> = {};
    lines.forEach((l, i) => {
      if (l.priceItemId && !known.has(l.priceItemId)) fields[`lines.${i}.priceItemId`] = 'cases.unknownPrice';
    });
    if (Object.keys(fields).length) throw errors.invalid(fields);
  }

  function lineRows(networkId: string, caseId: string, lines: CaseLineInput[]): CaseLineRow[] {
    const positions = { approach: 0, reference: 0 };
    return lines.map((l) => ({
      id: newId(),
      network_id: networkId,
      case_id: caseId,
      timeline: l.timeline,
      position: positions[l.timeline]++,
      label: l.label,
      kind: l.kind,
      year: l.year,
      month: l.month ?? null,
      price_item_id: l.priceItemId || null,
      own_price: l.priceItemId ? null : (l.ownPrice ?? null),
      note: l.note ?? '',
      quantity: l.quantity,
      payer: l.payer ?? null,
    }));
  }

  async function one(ctx: MemberContext, caseId: string): Promise<CaseView> {
    const row = await repo.get(ctx.networkId, caseId);
    if (!row) throw missing();
    const p = pricing(await others.effects.priceList(ctx));
    return view(row, await repo.lines(ctx.networkId, caseId), p).view;
  }

  async function create(
    ctx: MemberContext,
    input: { name: string; resident?: string; residents?: number; lines?: CaseLineInput[] },
  ): Promise<CaseView> {
    // The first look at the price list makes the network's copy, so lines can point at it.
    await others.effects.priceList(ctx);
    await checkLines(ctx.networkId, input.lines);
    const now = nowIso();
    const row: CaseRow = {
      id: newId(),
      network_id: ctx.networkId,
      name: input.name,
      resident: input.resident ?? '',
      residents: input.residents ?? 1,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    const lines = lineRows(ctx.networkId, row.id, input.lines ?? []);
    await repo.insert(row, lines);
    await recordChange(deps, {
      networkId: ctx.networkId,
      userId: ctx.userId,
      entity: 'effect_case',
      entityId: row.id,
      action: 'create',
      after: { ...row, lines },
    });
    return one(ctx, row.id);
  }

  return {
    /** Every case with its figures, and the aggregate over them (mean, median, total for N residents per payer). */
    async list(ctx: MemberContext): Promise<CaseListView> {
      const p = pricing(await others.effects.priceList(ctx));
      const [rows, lines] = await Promise.all([repo.cases(ctx.networkId), repo.lines(ctx.networkId)]);
      const byCase = new Map<string, CaseLineRow[]>();
      for (const l of lines) byCase.set(l.case_id, [...(byCase.get(l.case_id) ?? []), l]);
      const done = rows.map((r) => ({ row: r, ...view(r, byCase.get(r.id) ?? [], p) }));
      const agg = done.length
        ? aggregateCaseGroup(done.map((d) => ({ result: d.result, residents: Number(d.row.residents) })))
        : null;
      return {
        cases: done.map((d) => d.view),
        year: p.options.year,
        aggregate: agg && {
          cases: agg.cases,
          residents: agg.residents,
          payers: agg.payers.map((x) => ({ ...x, payerName: nameOf(x.payer) })),
          total: agg.total,
          complete: agg.complete,
        },
      };
    },

    one,
    create,

    async update(
      ctx: MemberContext,
      caseId: string,
      input: { name?: string; resident?: string; residents?: number; lines?: CaseLineInput[]; version: number },
    ): Promise<CaseView> {
      const before = await repo.get(ctx.networkId, caseId);
      if (!before) throw missing();
      await checkLines(ctx.networkId, input.lines);
      const patch: Partial<CaseRow> = { updated_at: nowIso() };
      if (input.name !== undefined) patch.name = input.name;
      if (input.resident !== undefined) patch.resident = input.resident;
      if (input.residents !== undefined) patch.residents = input.residents;
      const lines = input.lines && lineRows(ctx.networkId, caseId, input.lines);
      const after = await repo.update(ctx.networkId, caseId, input.version, patch, lines);
      if (!after) throw errors.stale(await one(ctx, caseId));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'effect_case',
        entityId: caseId,
        action: 'update',
        before,
        after: lines ? { ...after, lines } : after,
      });
      return one(ctx, caseId);
    },

    async remove(ctx: MemberContext, caseId: string): Promise<void> {
      const before = await repo.get(ctx.networkId, caseId);
      if (!before) throw missing();
      await repo.remove(ctx.networkId, caseId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'effect_case',
        entityId: caseId,
        action: 'delete',
        before,
      });
    },

    /** "Kopie van …": the same resident and lines under a new name, to vary one thing. */
    async copy(ctx: MemberContext, caseId: string, input: { name?: string } | null | undefined, lang: Lang = 'nl') {
      const row = await repo.get(ctx.networkId, caseId);
      if (!row) throw missing();
      const lines = await repo.lines(ctx.networkId, caseId);
      return create(ctx, {
        name: input?.name ?? COPY_OF[lang](row.name).slice(0, 200),
        resident: row.resident,
        residents: Number(row.residents),
        lines: lines.map((l) => ({
          timeline: l.timeline as CaseLineInput['timeline'],
          label: l.label,
          kind: l.kind as CaseLineInput['kind'],
          year: Number(l.year),
          month: l.month === null ? null : Number(l.month),
          priceItemId: l.price_item_id,
          ownPrice: l.own_price === null ? null : Number(l.own_price),
          note: l.note,
          quantity: Number(l.quantity),
          payer: l.payer as CaseLineInput['payer'],
        })),
      });
    },
  };
}

export type CaseService = ReturnType<typeof createCaseService>;
