/**
 * What the plan van aanpak says about the focus decision and the wijkprofiel. Read when a card
 * version is published and stored in its snapshot, so a version's documents keep showing the
 * focus and figures of that moment after later imports or decisions.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { KEY_FIGURES, municipalityOf, type FigureValue } from '../../domain/cbs.js';
import { parseList } from '../common/json.js';

export interface FocusFacts {
  themes: string[];
  reasons: string;
  decidedOn: string;
}

export interface ProfileFacts {
  /** The region the figures are about, e.g. "Ruwaard (WK082801), 2024"; null when no CBS figures were imported. */
  area: { name: string; code: string; year: number; municipality: string | null } | null;
  figures: { label: string; area: string; municipality: string }[];
  indicators: { name: string; value: string; source: string; measuredOn: string }[];
  needs: string[];
  notes: string[];
}

export interface DocumentFacts {
  focus: FocusFacts | null;
  profile: ProfileFacts;
}

const number = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });

function figureText(value: FigureValue | undefined, unit: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  if (unit === 'aantal') return number(value);
  if (unit === '%') return `${number(value)}%`;
  if (unit === '× € 1.000') return `€ ${number(value * 1000)}`;
  return `${number(value)} ${unit}`;
}

const figuresOf = (json: string): Record<string, FigureValue> => {
  try {
    return JSON.parse(json) as Record<string, FigureValue>;
  } catch {
    return {};
  }
};

type RegionRow = Pick<DB['profile_regions'], 'region_code' | 'region_name' | 'region_level' | 'year' | 'figures'>;

/** The network's own region (else the most detailed one) in its latest year, next to its gemeente. */
export function profileFacts(
  ownCode: string | null,
  regions: RegionRow[],
  indicators: Pick<DB['profile_indicators'], 'name' | 'value' | 'unit' | 'source' | 'measured_on'>[],
  entries: Pick<DB['profile_notes'], 'kind' | 'text'>[],
): ProfileFacts {
  const rank = (r: RegionRow) =>
    r.region_code === ownCode ? -1 : r.region_level === 'buurt' ? 0 : r.region_level === 'wijk' ? 1 : 2;
  const area = [...regions].sort((a, b) => rank(a) - rank(b) || Number(b.year) - Number(a.year))[0];
  const gemeente =
    area && area.region_level !== 'gemeente'
      ? regions.find((r) => r.region_code === municipalityOf(area.region_code) && Number(r.year) === Number(area.year))
      : undefined;
  const own = area ? figuresOf(area.figures) : {};
  const other = gemeente ? figuresOf(gemeente.figures) : {};
  return {
    area: area
      ? {
          name: area.region_name || area.region_code,
          code: area.region_code,
          year: Number(area.year),
          municipality: gemeente ? gemeente.region_name || gemeente.region_code : null,
        }
      : null,
    figures: KEY_FIGURES.filter((f) => figureText(own[f.key], f.unit) !== '').map((f) => ({
      label: f.label,
      area: figureText(own[f.key], f.unit),
      municipality: figureText(other[f.key], f.unit),
    })),
    indicators: indicators.map((i) => ({
      name: i.name,
      value: `${number(Number(i.value))}${i.unit ? ` ${i.unit}` : ''}`,
      source: i.source,
      measuredOn: i.measured_on,
    })),
    needs: entries.filter((e) => e.kind === 'need').map((e) => e.text),
    notes: entries.filter((e) => e.kind === 'note').map((e) => e.text),
  };
}

export async function documentFacts(db: Kysely<DB>, networkId: string): Promise<DocumentFacts> {
  const [network, decision, regions, indicators, entries] = await Promise.all([
    db.selectFrom('networks').select('region_code').where('id', '=', networkId).executeTakeFirst(),
    db
      .selectFrom('focus_decisions')
      .select(['themes', 'reasons', 'created_at'])
      .where('network_id', '=', networkId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('profile_regions')
      .select(['region_code', 'region_name', 'region_level', 'year', 'figures'])
      .where('network_id', '=', networkId)
      .orderBy('year', 'desc')
      .orderBy('region_code')
      .execute(),
    db
      .selectFrom('profile_indicators')
      .select(['name', 'value', 'unit', 'source', 'measured_on'])
      .where('network_id', '=', networkId)
      .orderBy('measured_on', 'desc')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('profile_notes')
      .select(['kind', 'text'])
      .where('network_id', '=', networkId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  ]);
  return {
    focus: decision
      ? { themes: parseList(decision.themes), reasons: decision.reasons, decidedOn: decision.created_at }
      : null,
    profile: profileFacts(network?.region_code?.trim().toUpperCase() ?? null, regions, indicators, entries),
  };
}
