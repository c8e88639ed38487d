/**
 * Wie-is-wie: which partners already in the network probably fill a function ("Huisarts",
 * "Jeugdgezondheidszorg"), so the kartrekker can confirm a link with one click. Pure code: the
 * module hands in the functions and the partners, this decides and says why.
 *
 * A function is read through a short curated list of what organisations that fill it are called
 * (the GGD does jeugdgezondheidszorg, a huisartsenpraktijk is a huisarts, a sleutelfiguur is a
 * person) plus its own words, so a network's own function ("Buurtsportcoach") works too. A word
 * matches a partner's word exactly, or as the start of a compound from 5 letters on
 * ("huisarts" in "huisartsenpraktijk"); a term of several words must appear as a phrase.
 */
import { normalise } from '../search/text.js';

export type MatchField = 'name' | 'themes' | 'description' | 'kind' | 'domain';

/** Why a partner is proposed: where the match was found and what matched there. */
export interface MatchReason {
  field: MatchField;
  /** The partner's word, kind or domain that matched. */
  value: string;
}

export interface MatchFunction {
  name: string;
  searchQuery?: string;
  /** Partners already linked: never proposed again. */
  actorIds?: readonly string[];
}

export interface MatchActor {
  id: string;
  name: string;
  kind: string;
  domain: string;
  themes: readonly string[];
  targetGroups: readonly string[];
  description: string;
}

export interface FunctionMatch {
  actorId: string;
  score: number;
  reasons: MatchReason[];
}

interface Profile {
  /** Words in a function's name or search word that call up this profile. */
  terms: string[];
  /** What a partner that fills it is called, or writes about itself. */
  words: string[];
  /** Domains that support a word match (alone they prove nothing). */
  domains?: string[];
  /** A domain or kind that alone is enough: every partner of that kind fills the function. */
  ownDomain?: string;
  ownKind?: string;
}

/** Curated: the default who-is-who list and the common Dutch names of those who fill each entry. */
export const PROFILES: readonly Profile[] = [
  {
    terms: ['huisarts', 'huisartsen', 'huisartsenzorg'],
    words: ['huisarts', 'huisartsen', 'huisartsenpraktijk', 'huisartspraktijk', 'gezondheidscentrum', 'hagro'],
    domains: ['zorg'],
  },
  {
    terms: ['jeugdgezondheidszorg', 'jgz', 'ggd', 'consultatiebureau', 'jeugdarts', 'jeugdverpleegkundige'],
    words: [
      'ggd',
      'jgz',
      'jeugdgezondheidszorg',
      'consultatiebureau',
      'jeugdarts',
      'jeugdverpleegkundige',
      'centrum voor jeugd en gezin',
      'cjg',
    ],
    domains: ['zorg'],
  },
  {
    terms: ['wijkverpleegkundige', 'wijkverpleging', 'thuiszorg'],
    words: ['wijkverpleging', 'wijkverpleegkundige', 'wijkverpleegkundigen', 'thuiszorg', 'buurtzorg'],
    domains: ['zorg'],
  },
  {
    terms: ['praktijkondersteuner', 'poh'],
    words: ['praktijkondersteuner', 'praktijkondersteuning', 'poh', 'poh-ggz'],
    domains: ['zorg'],
  },
  { terms: ['wmo', 'wmo-consulent'], words: ['wmo', 'wmo-consulent', 'wmo-loket'], domains: ['gemeente'] },
  {
    terms: ['wijkteam', 'buurtteam', 'sociaal team'],
    words: ['wijkteam', 'buurtteam', 'sociaal team', 'sociaal wijkteam'],
    domains: ['welzijn', 'gemeente'],
  },
  {
    terms: ['sociaal werk', 'sociaal werker', 'opbouwwerk', 'opbouwwerker', 'welzijnswerk'],
    words: ['sociaal werk', 'opbouwwerk', 'opbouwwerker', 'welzijnswerk', 'welzijnsorganisatie', 'buurtwerk'],
    domains: ['welzijn'],
  },
  {
    terms: ['dementie', 'casemanager'],
    words: ['dementie', 'casemanager', 'casemanagement', 'alzheimer', 'geheugenpoli'],
    domains: ['zorg'],
  },
  {
    terms: ['mantelzorg', 'mantelzorgondersteuning', 'mantelzorgers'],
    words: ['mantelzorg', 'mantelzorgers', 'mantelzorgondersteuning', 'steunpunt mantelzorg'],
    domains: ['welzijn', 'zorg'],
  },
  { terms: ['wijkagent', 'politie'], words: ['wijkagent', 'politie'], domains: ['veiligheid'] },
  {
    terms: ['woningcorporatie', 'corporatie', 'woningbouwvereniging'],
    words: ['woningcorporatie', 'wooncorporatie', 'woonstichting', 'woningstichting', 'woningbouwvereniging'],
    ownDomain: 'wonen',
  },
  {
    terms: ['gemeente', 'gebiedsregisseur', 'wijkregisseur'],
    words: ['gemeente', 'gebiedsregisseur', 'wijkregisseur', 'wijkmanager'],
    ownDomain: 'gemeente',
  },
  {
    terms: ['jongerenwerk', 'jongerenwerker', 'jeugdwerk'],
    words: ['jongerenwerk', 'jongerenwerker', 'jongerenwerkers', 'jeugdwerk', 'jongerencentrum'],
    domains: ['welzijn'],
  },
  {
    terms: ['school', 'scholen', 'onderwijs'],
    words: ['school', 'basisschool', 'scholengemeenschap', 'onderwijs', 'kindcentrum', 'ikc', 'college', 'lyceum'],
    ownDomain: 'onderwijs',
  },
  {
    terms: ['vrijwilligers', 'vrijwilligersorganisatie', 'vrijwilligerswerk'],
    words: [
      'vrijwilligers',
      'vrijwilligerswerk',
      'vrijwilligerscentrale',
      'vrijwilligerspunt',
      'vrijwilligersvacaturebank',
    ],
  },
  {
    terms: ['sport', 'buurtsportcoach', 'sportvereniging'],
    words: ['sport', 'sportvereniging', 'buurtsportcoach', 'voetbalvereniging', 'sportschool', 'zwembad'],
  },
  { terms: ['bibliotheek'], words: ['bibliotheek'] },
  {
    terms: ['geloofsgemeenschap', 'geloofsgemeenschappen', 'kerk', 'moskee'],
    words: ['kerk', 'moskee', 'parochie', 'synagoge', 'geloofsgemeenschap', 'tempel', 'diaconie'],
  },
  {
    terms: ['ondernemer', 'ondernemers'],
    words: ['ondernemer', 'ondernemers', 'ondernemersvereniging', 'winkeliersvereniging', 'winkel', 'supermarkt'],
    ownDomain: 'ondernemers',
  },
  {
    terms: ['bewonersinitiatief', 'bewonersinitiatieven'],
    words: ['bewonersinitiatief', 'bewonersgroep', 'bewonerscommissie'],
    ownKind: 'initiative',
  },
  { terms: ['sleutelfiguur', 'sleutelfiguren'], words: ['sleutelfiguur'], ownKind: 'person' },
];

/** Words of a function's own name that say nothing about who fills it. */
const GENERIC = new Set(
  'organisatie organisaties ondersteuning werker werkers lokale lokaal overig andere anders consulent medewerker praktijk'.split(
    ' ',
  ),
);

const WEIGHT: Record<MatchField, number> = { name: 3, themes: 2, description: 1, kind: 3, domain: 1 };
/** A partner is proposed from this score on: a name, a theme or kind, or a description word with a fitting domain. */
export const MATCH_MIN_SCORE = 2;
/** At most this many proposals per function, best first. */
export const MATCH_MAX = 3;

const tokens = (text: string) =>
  normalise(text)
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
const plain = (text: string) => tokens(text).join(' ');

/** The partner word that a term finds in a text's words, or null. */
function find(term: string, textWords: string[]): string | null {
  const t = plain(term);
  if (t.includes(' ')) return ` ${textWords.join(' ')} `.includes(` ${t} `) ? t : null;
  for (const w of textWords) {
    const parts = [w, ...w.split('-')];
    for (const p of parts) {
      if (p === t) return w;
      if (t.length >= 5 && p.startsWith(t)) return w;
    }
  }
  return null;
}

/** What a function looks for: the words and domains of its profiles, and its own words. */
export function functionProfile(fn: Pick<MatchFunction, 'name' | 'searchQuery'>) {
  const own = tokens(`${fn.name} ${fn.searchQuery ?? ''}`);
  const profiles = PROFILES.filter((p) => p.terms.some((term) => find(term, own)));
  const words = new Set<string>(profiles.flatMap((p) => p.words));
  for (const w of own) if (w.length >= 4 && !GENERIC.has(w)) words.add(w);
  return {
    words: [...words],
    domains: new Set(profiles.flatMap((p) => p.domains ?? [])),
    ownDomains: new Set(profiles.flatMap((p) => (p.ownDomain ? [p.ownDomain] : []))),
    ownKinds: new Set(profiles.flatMap((p) => (p.ownKind ? [p.ownKind] : []))),
  };
}

/** The partners that probably fill this function, best first, each with its reasons. */
export function proposeMatches(fn: MatchFunction, actors: readonly MatchActor[]): FunctionMatch[] {
  const profile = functionProfile(fn);
  const linked = new Set(fn.actorIds ?? []);
  const out: FunctionMatch[] = [];
  for (const a of actors) {
    if (linked.has(a.id)) continue;
    const reasons: MatchReason[] = [];
    const fields: [MatchField, string[]][] = [
      ['name', tokens(a.name)],
      ['themes', [...a.themes, ...a.targetGroups].flatMap((x) => [...tokens(x), '|'])],
      ['description', tokens(a.description)],
    ];
    for (const [field, textWords] of fields) {
      for (const word of profile.words) {
        const hit = find(word, textWords);
        if (hit) {
          reasons.push({ field, value: hit });
          break;
        }
      }
    }
    if (profile.ownKinds.has(a.kind)) reasons.push({ field: 'kind', value: a.kind });
    const wordHit = reasons.length > 0;
    if (profile.ownDomains.has(a.domain) || (wordHit && profile.domains.has(a.domain))) {
      reasons.push({ field: 'domain', value: a.domain });
    }
    const score = reasons.reduce(
      (s, r) => s + WEIGHT[r.field] + (r.field === 'domain' && profile.ownDomains.has(r.value) ? 1 : 0),
      0,
    );
    if (score >= MATCH_MIN_SCORE) out.push({ actorId: a.id, score, reasons });
  }
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return out
    .sort((x, y) => y.score - x.score || names.get(x.actorId)!.localeCompare(names.get(y.actorId)!, 'nl'))
    .slice(0, MATCH_MAX);
}
