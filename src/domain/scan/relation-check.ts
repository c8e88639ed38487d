/**
 * Relatiecheck: partners rate each other partner they work with on trust (betrouwbaar, open,
 * zet zich in voor het gedeelde doel) and value (invloed, middelen, betrokkenheid), 1–4 each.
 *
 * Anonymity is the point: the output holds only aggregates. A partner's received scores appear
 * only when at least 3 different partners rated it, and the network scores are built from those
 * shown partners alone — otherwise the network score minus the shown partners' scores would give
 * away the ratings of a partner with one or two raters.
 */

export const TRUST_CRITERIA = ['reliable', 'open', 'committed'] as const;
export const VALUE_CRITERIA = ['influence', 'resources', 'involvement'] as const;
export const CRITERIA = [...TRUST_CRITERIA, ...VALUE_CRITERIA] as const;
export type Criterion = (typeof CRITERIA)[number];

/** The questions as people read them, for the rating form and the results table. */
export const CRITERION_LABELS: Record<Criterion, { nl: string; en: string }> = {
  reliable: { nl: 'betrouwbaar', en: 'reliable' },
  open: { nl: 'open', en: 'open' },
  committed: { nl: 'zet zich in voor het gedeelde doel', en: 'committed to the shared goal' },
  influence: { nl: 'invloed', en: 'influence' },
  resources: { nl: 'middelen', en: 'resources' },
  involvement: { nl: 'betrokkenheid', en: 'involvement' },
};

export const RATING_MIN = 1;
export const RATING_MAX = 4;
/** Fewer raters than this and a rater could work out another's rating. */
export const MIN_RATERS = 3;

/** One partner's rating of another. Several representatives of one partner may each give one. */
export type PartnerRating = { rater: string; ratee: string } & Record<Criterion, number>;

export interface ReceivedScores {
  partner: string;
  /** How many different partners rated this one. */
  raters: number;
  withheld: boolean;
  trust: number | null;
  value: number | null;
  criteria: Record<Criterion, number> | null;
}

export interface RelationCheckResult {
  network: { trust: number | null; value: number | null; partners: number; withheld: boolean };
  partners: ReceivedScores[];
}

export class RelationCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RelationCheckError';
  }
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function check(rating: PartnerRating, partners: ReadonlySet<string>): void {
  for (const who of [rating.rater, rating.ratee]) {
    if (!partners.has(who)) throw new RelationCheckError(`"${who}" is geen partner van dit netwerk.`);
  }
  if (rating.rater === rating.ratee)
    throw new RelationCheckError('Een partner beoordeelt zichzelf niet in de relatiecheck.');
  for (const criterion of CRITERIA) {
    const v = rating[criterion];
    if (!Number.isInteger(v) || v < RATING_MIN || v > RATING_MAX) {
      throw new RelationCheckError(
        `De score voor "${CRITERION_LABELS[criterion].nl}" moet een heel getal van ${RATING_MIN} tot ${RATING_MAX} zijn.`,
      );
    }
  }
}

/**
 * Aggregates the ratings for the partners given, in their order. Ratings of one rater for one
 * ratee (several representatives) are first averaged, so each pair counts once.
 */
export function aggregateRelationCheck(
  partnerIds: readonly string[],
  ratings: readonly PartnerRating[],
): RelationCheckResult {
  const partners = new Set(partnerIds);
  // ratee → rater → that pair's ratings
  const received = new Map<string, Map<string, PartnerRating[]>>();
  for (const rating of ratings) {
    check(rating, partners);
    let byRater = received.get(rating.ratee);
    if (!byRater) received.set(rating.ratee, (byRater = new Map()));
    const pair = byRater.get(rating.rater);
    if (pair) pair.push(rating);
    else byRater.set(rating.rater, [rating]);
  }

  const networkTrust: number[] = [];
  const networkValue: number[] = [];
  let shownPartners = 0;
  const out = partnerIds.map((partner): ReceivedScores => {
    const byRater = received.get(partner) ?? new Map<string, PartnerRating[]>();
    const raters = byRater.size;
    if (raters < MIN_RATERS) return { partner, raters, withheld: true, trust: null, value: null, criteria: null };
    const pairs = [...byRater.values()].map((pair) => {
      const criteria = {} as Record<Criterion, number>;
      for (const c of CRITERIA) criteria[c] = mean(pair.map((r) => r[c]));
      return criteria;
    });
    const trusts = pairs.map((p) => mean(TRUST_CRITERIA.map((c) => p[c])));
    const values = pairs.map((p) => mean(VALUE_CRITERIA.map((c) => p[c])));
    networkTrust.push(...trusts);
    networkValue.push(...values);
    shownPartners++;
    const criteria = {} as Record<Criterion, number>;
    for (const c of CRITERIA) criteria[c] = mean(pairs.map((p) => p[c]));
    return { partner, raters, withheld: false, trust: mean(trusts), value: mean(values), criteria };
  });

  const withheld = shownPartners === 0;
  return {
    network: {
      trust: withheld ? null : mean(networkTrust),
      value: withheld ? null : mean(networkValue),
      partners: shownPartners,
      withheld,
    },
    partners: out,
  };
}
