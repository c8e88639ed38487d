import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange, writeAudit } from '../common/changes.js';
import type { Change } from '../../core/changes.js';
import { fromDomain, msg, type Lang } from '../../core/messages/index.js';
import {
  CbsError,
  KEY_FIGURES,
  compareRegions,
  municipalityOf,
  type CbsFile,
  type FigureValue,
  type RegionLevel,
} from '../../domain/cbs.js';
import type { UploadedFile } from '../common/upload.js';
import { KWB_NEWEST_FIRST, kwbODataUrls, kwbTableOf, readKwbOData, type KwbFetched } from '../../domain/cbs-odata.js';
import { AppError } from '../../core/errors.js';
import { getJson, type FetchOutcome } from './cbs-fetch.js';
import { fileBytes } from '../common/file-bytes.js';
import { readInWorker } from '../common/read-in-worker.js';
import type { DomainText } from '../../domain/messages.js';
import { profileRepository, type EntryRow, type IndicatorRow, type RegionRow } from './repository.js';
import type {
  CbsFetched,
  CbsImported,
  CbsPreview,
  EntryView,
  FigureRow,
  IndicatorView,
  ProfileView,
  StoredRegion,
} from './schemas.js';

export const CBS_LICENCE = 'CC BY 4.0 (Centraal Bureau voor de Statistiek)';
const sourceText = (year: number) => `CBS, Kerncijfers wijken en buurten ${year}`;
/** What `file_name` holds for figures fetched from CBS open data (not uploaded): the origin and the table. */
export const FETCHED_PREFIX = 'CBS open data';
/** How many KWB tables a fetch tries, newest first, before it says CBS has nothing for the region. */
const TABLES_TRIED = 3;

/** Read on a worker thread of the pool, with the import limits (rows, columns, cell length, time). */
function parseFile(deps: Deps, file: UploadedFile): Promise<CbsFile> {
  const bytes = fileBytes(file);
  return readInWorker<CbsFile, DomainText>(
    deps,
    'cbs.read',
    { bytes, fileName: file.fileName },
    [bytes],
    'contentBase64',
    (problem) => fromDomain({ key: problem.key, params: problem.params ?? {} }),
  );
}

const figuresOf = (row: RegionRow): Record<string, FigureValue> => {
  try {
    return JSON.parse(row.figures) as Record<string, FigureValue>;
  } catch {
    return {};
  }
};

const storedView = (r: RegionRow): StoredRegion => ({
  id: r.id,
  code: r.region_code,
  name: r.region_name,
  level: r.region_level,
  year: Number(r.year),
  tableId: r.table_id,
  source: sourceText(Number(r.year)),
  fetchedAt: r.file_name.startsWith(FETCHED_PREFIX) ? r.updated_at : null,
});

/** The owner rule of every item a partner adds (ladders, card items, actions): its author or a kartrekker. */
function mayChange(ctx: MemberContext, row: { created_by: string | null }): void {
  if (ctx.role !== 'kartrekker' && row.created_by !== ctx.userId) {
    throw errors.forbidden('profile.notYours');
  }
}

const indicatorView = (r: IndicatorRow): IndicatorView => ({
  id: r.id,
  name: r.name,
  value: Number(r.value),
  unit: r.unit,
  source: r.source,
  measuredOn: r.measured_on,
  regionCode: r.region_code,
  createdBy: r.created_by,
  version: Number(r.version),
});

const entryView = (r: EntryRow): EntryView => ({
  id: r.id,
  kind: r.kind as EntryView['kind'],
  text: r.text,
  source: r.source,
  notedOn: r.noted_on,
  createdBy: r.created_by,
  version: Number(r.version),
});

export function createProfileService(deps: Deps) {
  const repo = profileRepository(deps.db);

  /** The network's own region and its municipality: what an import keeps by default. */
  async function defaultCodes(networkId: string): Promise<string[]> {
    const code = (await repo.network(networkId))?.region_code?.trim().toUpperCase();
    if (!code) return [];
    return code.startsWith('GM') ? [code] : [code, municipalityOf(code)];
  }

  /**
   * Keeps the figures of these regions (an upload or a fetch) for one year: a region already held
   * for that year is replaced. A region without a name (OData files have no wijk names) that is the
   * network's own gets the network's area name.
   */
  /** Stores regions of one year: all or none, in one transaction with their audit lines; the live events after it. */
  async function store(
    ctx: MemberContext,
    parsed: Pick<CbsFile, 'regions' | 'tableId'>,
    codes: string[],
    year: number,
    fileName: string,
  ): Promise<StoredRegion[]> {
    const byCode = new Map(parsed.regions.map((r) => [r.code, r]));
    const network = await repo.network(ctx.networkId);
    const own = network?.region_code?.trim().toUpperCase();
    const base = { networkId: ctx.networkId, userId: ctx.userId, entity: 'profile_region' };
    const imported: StoredRegion[] = [];
    const changes: Change[] = [];
    await deps.db.transaction().execute(async (trx) => {
      const r = profileRepository(trx);
      for (const code of [...new Set(codes)]) {
        const region = byCode.get(code)!;
        const now = nowIso();
        const fields = {
          region_name: region.name || (code === own ? (network?.area_name ?? '') : ''),
          region_level: region.level,
          table_id: parsed.tableId ?? '',
          figures: JSON.stringify(region.figures),
          file_name: fileName,
          updated_at: now,
        };
        const before = await r.regionByCode(ctx.networkId, code, year);
        let change: Change;
        if (before) {
          // A new upload of the same region and year replaces the figures.
          const after = await r.replaceRegion(ctx.networkId, before.id, Number(before.version), fields);
          if (!after) throw errors.stale(storedView(before));
          change = { ...base, entityId: before.id, action: 'update', before, after };
          imported.push(storedView(after));
        } else {
          const row: RegionRow = {
            id: newId(),
            network_id: ctx.networkId,
            region_code: code,
            year,
            created_at: now,
            version: 1,
            ...fields,
          };
          await r.insertRegion(row);
          change = { ...base, entityId: row.id, action: 'create', after: row };
          imported.push(storedView(row));
        }
        await writeAudit(trx, change);
        changes.push(change);
      }
    });
    for (const c of changes)
      await deps.live.publish({ networkId: ctx.networkId, type: `${c.entity}.${c.action}`, entityId: c.entityId });
    return imported;
  }

  return {
    async previewCbs(ctx: MemberContext, file: UploadedFile): Promise<CbsPreview> {
      const parsed = await parseFile(deps, file);
      const suggested = new Set(await defaultCodes(ctx.networkId));
      return {
        format: parsed.format,
        tableId: parsed.tableId,
        year: parsed.year,
        columns: Object.keys(parsed.regions[0]?.figures ?? {}).length,
        regions: parsed.regions
          .map((r) => ({
            code: r.code,
            name: r.name,
            level: r.level,
            municipalityCode: r.municipalityCode,
            inhabitants: typeof r.figures.AantalInwoners === 'number' ? r.figures.AantalInwoners : null,
            suggested: suggested.has(r.code),
          }))
          // The network's own region and gemeente first: a file may hold a whole province.
          .sort((a, b) => Number(b.suggested) - Number(a.suggested)),
      };
    },

    async importCbs(
      ctx: MemberContext,
      input: UploadedFile & { regionCodes?: string[]; year?: number },
    ): Promise<CbsImported> {
      const parsed = await parseFile(deps, input);
      const year = input.year ?? parsed.year;
      if (!year) throw errors.invalid({ year: 'profile.yearUnknown' });
      const byCode = new Map(parsed.regions.map((r) => [r.code, r]));
      let codes = input.regionCodes;
      if (!codes) {
        codes = (await defaultCodes(ctx.networkId)).filter((c) => byCode.has(c));
        if (codes.length === 0) {
          throw errors.invalid({ regionCodes: 'profile.areaNotInFile' });
        }
      }
      const unknown = codes.find((c) => !byCode.has(c));
      if (unknown) throw errors.invalid({ regionCodes: msg('profile.regionNotInFile', { code: unknown }) });
      return { imported: await store(ctx, parsed, codes, year, input.fileName) };
    },

    /**
     * Fetches Kerncijfers wijken en buurten of the network's region and its gemeente from CBS's
     * OData API (newest table first, or the year asked), with CBS's region names, and stores them
     * like an upload. Unreachable, too slow or an unreadable answer: a Dutch message, nothing stored.
     */
    async fetchCbs(ctx: MemberContext, input: { year?: number }): Promise<CbsFetched> {
      const codes = await defaultCodes(ctx.networkId);
      if (codes.length === 0) throw errors.invalid({ regionCode: 'profile.cbsNoRegionCode' });
      const base = deps.config.cbsODataUrl;
      if (!base) throw new AppError(503, 'cbs_fetch_off', 'profile.cbsFetchOff');
      let tables = KWB_NEWEST_FIRST.slice(0, TABLES_TRIED);
      if (input.year !== undefined) {
        const table = kwbTableOf(input.year);
        if (!table) {
          const years = KWB_NEWEST_FIRST.map(([, y]) => y);
          throw errors.invalid({
            year: msg('profile.cbsYear', { first: String(Math.min(...years)), last: String(Math.max(...years)) }),
          });
        }
        tables = [[table, input.year]];
      }
      let host = base;
      try {
        host = new URL(base).host;
      } catch {
        // A base that is no address fails below as unreachable, with the text as given.
      }
      const fail = (outcome: Extract<FetchOutcome, { ok: false }>): never => {
        if (outcome.reason === 'timeout') throw new AppError(503, 'cbs_timeout', msg('profile.cbsTimeout', { host }));
        if (outcome.reason === 'unreachable')
          throw new AppError(503, 'cbs_unreachable', msg('profile.cbsUnreachable', { host }));
        throw new AppError(502, 'cbs_bad_answer', 'profile.cbsBadAnswer');
      };
      const timeout = deps.config.cbsODataTimeoutMs;
      for (const [tableId] of tables) {
        const urls = kwbODataUrls(base, tableId, codes);
        const data = await getJson(urls.data, timeout);
        if (!data.ok) {
          if (data.reason === 'missing') continue; // this year's table is not (yet) there: an older one
          fail(data);
        }
        // Names and the table's date make the figures readable; without them they are still right.
        const [names, info] = await Promise.all([getJson(urls.names, timeout), getJson(urls.info, timeout)]);
        let fetched: KwbFetched;
        try {
          fetched = readKwbOData(
            {
              data: (data as { body: unknown }).body,
              names: names.ok ? names.body : null,
              info: info.ok ? info.body : null,
            },
            tableId,
            codes,
          );
        } catch (err) {
          if (err instanceof CbsError && err.key === 'cbs.noRegions') continue;
          if (err instanceof CbsError) throw new AppError(502, 'cbs_bad_answer', 'profile.cbsBadAnswer');
          throw err;
        }
        if (!fetched.regions.some((r) => r.code === codes[0]) || !fetched.year) continue;
        const fileName = `${FETCHED_PREFIX} ${tableId}${fetched.modified ? `, bijgewerkt ${fetched.modified}` : ''}`;
        const present = codes.filter((c) => fetched.regions.some((r) => r.code === c));
        return {
          imported: await store(ctx, fetched, present, fetched.year, fileName),
          title: fetched.title,
          modified: fetched.modified,
        };
      }
      throw errors.invalid({
        regionCode: msg('profile.cbsNotFound', { code: codes[0], years: tables.map(([, y]) => String(y)).join(', ') }),
      });
    },

    async removeRegion(ctx: MemberContext, regionId: string): Promise<void> {
      const before = await repo.region(ctx.networkId, regionId);
      if (!before) throw errors.notFound('profile.regionNotFound');
      await repo.deleteRegion(ctx.networkId, regionId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'profile_region',
        entityId: regionId,
        action: 'delete',
        before,
      });
    },

    async view(ctx: MemberContext, query: { region?: string; year?: number }, lang: Lang = 'nl'): Promise<ProfileView> {
      const [network, regions, indicators, entries] = await Promise.all([
        repo.network(ctx.networkId),
        repo.regions(ctx.networkId),
        repo.indicators(ctx.networkId),
        repo.entries(ctx.networkId),
      ]);
      const own = network?.region_code?.trim().toUpperCase() ?? null;
      const wanted = query.region ?? own;
      const inYear = (r: RegionRow) => query.year === undefined || Number(r.year) === query.year;
      // The area: the chosen region, else the network's own, else the most detailed region imported.
      const rank = (r: RegionRow) => (r.region_level === 'buurt' ? 0 : r.region_level === 'wijk' ? 1 : 2);
      const area =
        regions.find((r) => r.region_code === wanted && inYear(r)) ??
        (query.region
          ? undefined
          : [...regions].filter(inYear).sort((a, b) => rank(a) - rank(b) || Number(b.year) - Number(a.year))[0]);
      const municipality =
        area && area.region_level !== 'gemeente'
          ? regions.find(
              (r) => r.region_code === municipalityOf(area.region_code) && Number(r.year) === Number(area.year),
            )
          : undefined;
      const areaFigures = area ? figuresOf(area) : {};
      const municipalityFigures = municipality ? figuresOf(municipality) : {};
      const figures: FigureRow[] = area
        ? KEY_FIGURES.filter((f) => f.key in areaFigures || f.key in municipalityFigures).map((f) => ({
            key: f.key,
            label: lang === 'nl' ? f.label : f.en.label,
            unit: lang === 'nl' ? f.unit : f.en.unit,
            area: areaFigures[f.key] ?? null,
            municipality: municipality ? (municipalityFigures[f.key] ?? null) : null,
          }))
        : [];
      return {
        regionCode: own,
        regions: regions.map(storedView),
        area: area ? storedView(area) : null,
        municipality: municipality ? storedView(municipality) : null,
        figures,
        comparison:
          area && municipality
            ? compareRegions(areaFigures, municipalityFigures, area.region_level as RegionLevel, lang, area.region_name)
            : [],
        licence: CBS_LICENCE,
        cbsFetch: Boolean(deps.config.cbsODataUrl),
        indicators: indicators.map(indicatorView),
        needs: entries.filter((e) => e.kind === 'need').map(entryView),
        notes: entries.filter((e) => e.kind === 'note').map(entryView),
      };
    },

    async addIndicator(
      ctx: MemberContext,
      input: { name: string; value: number; unit?: string; source: string; measuredOn: string; regionCode?: string },
    ): Promise<IndicatorView> {
      const now = nowIso();
      const row: IndicatorRow = {
        id: newId(),
        network_id: ctx.networkId,
        name: input.name,
        value: String(input.value),
        unit: input.unit ?? '',
        source: input.source,
        measured_on: input.measuredOn,
        region_code: input.regionCode ?? '',
        created_by: ctx.userId,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insertIndicator(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'profile_indicator',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return indicatorView(row);
    },

    async updateIndicator(
      ctx: MemberContext,
      indicatorId: string,
      input: {
        name?: string;
        value?: number;
        unit?: string;
        source?: string;
        measuredOn?: string;
        regionCode?: string;
        version: number;
      },
    ): Promise<IndicatorView> {
      const before = await repo.indicator(ctx.networkId, indicatorId);
      if (!before) throw errors.notFound('profile.indicatorNotFound');
      mayChange(ctx, before);
      const patch: Partial<IndicatorRow> = { updated_at: nowIso() };
      if (input.name !== undefined) patch.name = input.name;
      if (input.value !== undefined) patch.value = String(input.value);
      if (input.unit !== undefined) patch.unit = input.unit;
      if (input.source !== undefined) patch.source = input.source;
      if (input.measuredOn !== undefined) patch.measured_on = input.measuredOn;
      if (input.regionCode !== undefined) patch.region_code = input.regionCode;
      const after = await repo.updateIndicator(ctx.networkId, indicatorId, input.version, patch);
      if (!after) throw errors.stale(indicatorView((await repo.indicator(ctx.networkId, indicatorId)) ?? before));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'profile_indicator',
        entityId: indicatorId,
        action: 'update',
        before,
        after,
      });
      return indicatorView(after);
    },

    async removeIndicator(ctx: MemberContext, indicatorId: string): Promise<void> {
      const before = await repo.indicator(ctx.networkId, indicatorId);
      if (!before) throw errors.notFound('profile.indicatorNotFound');
      mayChange(ctx, before);
      await repo.deleteIndicator(ctx.networkId, indicatorId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'profile_indicator',
        entityId: indicatorId,
        action: 'delete',
        before,
      });
    },

    async addEntry(
      ctx: MemberContext,
      input: { kind: 'need' | 'note'; text: string; source?: string; notedOn?: string },
    ): Promise<EntryView> {
      const now = nowIso();
      const row: EntryRow = {
        id: newId(),
        network_id: ctx.networkId,
        kind: input.kind,
        text: input.text,
        source: input.source ?? '',
        noted_on: input.notedOn ?? '',
        created_by: ctx.userId,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insertEntry(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'profile_entry',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return entryView(row);
    },

    async updateEntry(
      ctx: MemberContext,
      entryId: string,
      input: { text?: string; source?: string; notedOn?: string; version: number },
    ): Promise<EntryView> {
      const before = await repo.entry(ctx.networkId, entryId);
      if (!before) throw errors.notFound('profile.entryNotFound');
      mayChange(ctx, before);
      const patch: Partial<EntryRow> = { updated_at: nowIso() };
      if (input.text !== undefined) patch.text = input.text;
      if (input.source !== undefined) patch.source = input.source;
      if (input.notedOn !== undefined) patch.noted_on = input.notedOn;
      const after = await repo.updateEntry(ctx.networkId, entryId, input.version, patch);
      if (!after) throw errors.stale(entryView((await repo.entry(ctx.networkId, entryId)) ?? before));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'profile_entry',
        entityId: entryId,
        action: 'update',
        before,
        after,
      });
      return entryView(after);
    },

    async removeEntry(ctx: MemberContext, entryId: string): Promise<void> {
      const before = await repo.entry(ctx.networkId, entryId);
      if (!before) throw errors.notFound('profile.entryNotFound');
      mayChange(ctx, before);
      await repo.deleteEntry(ctx.networkId, entryId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'profile_entry',
        entityId: entryId,
        action: 'delete',
        before,
      });
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
