/**
 * How near a partner works to a network, from what both store: CBS region codes (a wijk code
 * WKggggww lies in gemeente GMgggg, a buurt code BUggggwwbb in wijk WKggggww) and the place
 * names people typed (a partner's werkgebied, a network's area name). Pure code.
 *
 * Levels, nearest first: the network's own wijk, its gemeente, the region (a partner whose
 * werkgebied names the network's gemeente or area, "regio Arnhem"), elsewhere. CBS codes say
 * nothing about regions, so the region is read from the names only.
 */
import { normalise } from '../search/text.js';

export const NEARNESS = ['wijk', 'gemeente', 'regio', 'elders'] as const;
export type Nearness = (typeof NEARNESS)[number];

/** GMgggg of a GM, WK or BU code; null for anything else. */
export function gemeenteCode(code: string | null | undefined): string | null {
  const m = /^(?:GM|WK|BU)(\d{4})/.exec((code ?? '').trim().toUpperCase());
  return m ? `GM${m[1]}` : null;
}

/** WKggggww of a WK or BU code; null for a gemeente or anything else. */
export function wijkCode(code: string | null | undefined): string | null {
  const m = /^(?:WK|BU)(\d{6})/.exec((code ?? '').trim().toUpperCase());
  return m ? `WK${m[1]}` : null;
}

const key = (text: string) =>
  normalise(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const mentions = (text: string, name: string) => Boolean(name) && ` ${key(text)} `.includes(` ${name} `);

export interface OurPlace {
  regionCode: string | null;
  /** The network's area name ("Presikhaaf", or the gemeente for a gemeente network). */
  areaName: string;
  /** The gemeente's name when known (from the wijkprofiel's CBS figures). */
  gemeenteName?: string | null;
}

export interface TheirPlace {
  /** The region code of the network the partner belongs to. */
  regionCode: string | null;
  /** That network's area name. */
  areaName: string;
  /** The partner's own werkgebied, as typed ("Arnhem-Oost", "regio Arnhem"). */
  area: string;
}

export function nearness(ours: OurPlace, theirs: TheirPlace): Nearness {
  const ourWijk = wijkCode(ours.regionCode);
  const ourGemeente = gemeenteCode(ours.regionCode);
  const theirGemeente = gemeenteCode(theirs.regionCode);
  if (ourWijk && ourWijk === wijkCode(theirs.regionCode)) return 'wijk';
  // The same wijk name counts unless the codes show it is a namesake in another gemeente ("Noord").
  const otherGemeente = Boolean(ourGemeente && theirGemeente && ourGemeente !== theirGemeente);
  const area = key(ours.areaName);
  const typed = [theirs.area, theirs.areaName].filter((x) => x.trim());
  if (!otherGemeente && area && typed.some((x) => key(x) === area)) {
    return ours.regionCode?.startsWith('GM') ? 'gemeente' : 'wijk';
  }
  if (ourGemeente && ourGemeente === theirGemeente) return 'gemeente';
  const gemeente = key(ours.gemeenteName ?? '');
  if (gemeente && typed.some((x) => key(x) === gemeente) && !otherGemeente) return 'gemeente';
  // A werkgebied naming the gemeente is regional wherever the partner sits; the wijk's name only
  // when the codes do not place the partner in another gemeente.
  if (typed.some((x) => mentions(x, gemeente) || (!otherGemeente && mentions(x, area)))) return 'regio';
  return 'elders';
}

export const nearnessRank = (n: Nearness) => NEARNESS.indexOf(n);
