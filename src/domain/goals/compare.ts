/**
 * Goal comparison: puts the why ladders of a network side by side and finds
 *  (a) partners who share an underlying goal although their activities differ,
 *  (b) partners who use the same words but mean a different target group (a warning), and
 *  (c) goals nobody else shares,
 * always with the reasons in plain Dutch. Tags are compared first, Dutch text second.
 *
 * The method, in short (docs/ARCHITECTURE.md, "Goal comparison", says why):
 * - every tag and every text becomes a set of word roots (Snowball stem + light normalisation,
 *   stop words removed, compound words split into parts the network uses elsewhere);
 * - two tags are the same when at least half their roots agree (TAG_MATCH); two tag lists are
 *   compared by a symmetric best-match average;
 * - texts become root vectors weighted by where the word stands (goal ×3, the last "waarom?"
 *   steps up to ×2, the activity only ×0.5, because the activity is exactly what may differ) and
 *   by rarity in this network (smoothed IDF), compared by cosine;
 * - a ladder without target groups or themes gets them from its text when a vocabulary term
 *   (default list, the network's own terms and every tag used by another ladder) appears in it;
 * - a shared goal needs the same target group (when both have one) and the same aim (a shared
 *   theme or similar goal text); a warning needs the same words with no target group in common.
 * Pure code: no I/O, importable by the server, the CLI and the web app.
 */
import { canonicalRoots, compoundParts, contentWords, root } from './text.js';
import { BROAD_TARGET_GROUPS, DEFAULT_TARGET_GROUPS, DEFAULT_THEMES, HEALTH_DIMENSION_LABELS } from './vocabulary.js';
import { domainText, type DomainLang } from '../messages.js';

export interface LadderInput {
  id: string;
  /** The partner (actor) the ladder speaks for, or the member when they act for no actor. */
  partnerId: string;
  partnerName: string;
  /** What they have in mind to do ("een dementiecafé"). */
  activity: string;
  /** The answers to "waarom?", in order, from the activity towards the goal. */
  steps: string[];
  /** The underlying goal; when empty, the last step is taken as the goal. */
  goal: string;
  targetGroups: string[];
  themes: string[];
  healthDimensions: string[];
}

export interface ComparisonOptions {
  /** The network's own target groups and themes, on top of the defaults (for finding tags in text). */
  targetGroups?: readonly string[];
  themes?: readonly string[];
  /** The language of the explanations (Dutch unless asked otherwise). */
  lang?: DomainLang;
}

/** Thresholds, exported so the UI and the docs can show them. See the module comment. */
export const THRESHOLDS = {
  /** Two tags are the same when at least half of their content roots agree ("ouderen" ~ "kwetsbare ouderen"). */
  tagMatch: 0.5,
  /** Two target-group lists agree when on average each group finds a match on the other side for at least half. */
  targetGroupsAgree: 0.5,
  /** Goal texts with tags agreeing: one in five weighted content words in common is enough. */
  aimWithTags: 0.2,
  /** Goal texts alone (no tags on one side): one in three weighted content words in common. */
  aimTextOnly: 0.35,
  /** Same words: one in five weighted words of the whole ladder in common… */
  sameWords: 0.2,
  /** …or one sentence (goal or step) sharing half its weighted words with one of the other's ("de wijk vitaler maken")… */
  samePhrase: 0.5,
  /** …or (nearly) all themes in common. */
  sameThemes: 0.75,
  /** An unshared goal names its closest neighbour only from this strength on. */
  closestWorthNaming: 0.25,
  /** Activities count as different below this cosine. */
  activitiesDiffer: 0.5,
} as const;

const WEIGHT = { goal: 3, lastStep: 2, firstStep: 1, activity: 0.5, compoundPart: 0.5 } as const;
const SCORE_WEIGHT = { targetGroups: 0.35, themes: 0.2, health: 0.1, aim: 0.35 } as const;
/** Goal-text cosine at which the aim counts as fully the same in the strength score. */
const AIM_FULL = 0.6;

export interface Tag {
  label: string;
  /** True when the tag was not given but found in the ladder's text. */
  inferred: boolean;
}

export interface GroupMember {
  ladderId: string;
  partnerId: string;
  partnerName: string;
  activity: string;
  goal: string;
}

export interface SharedGoalGroup {
  members: GroupMember[];
  /** True when the members start from different activities (the dementia café and the walking club). */
  activitiesDiffer: boolean;
  commonTargetGroups: string[];
  commonThemes: string[];
  commonHealthDimensions: string[];
  sharedWords: string[];
  /** 0–1: how strongly the goals agree (average over the pairs in the group). */
  strength: number;
  explanation: string;
}

export interface SameWordsWarning {
  a: GroupMember & { targetGroups: Tag[] };
  b: GroupMember & { targetGroups: Tag[] };
  sharedThemes: string[];
  sharedWords: string[];
  explanation: string;
}

export interface UnsharedGoal {
  member: GroupMember;
  closest: { ladderId: string; partnerName: string; strength: number } | null;
  explanation: string;
}

export interface PairResult {
  a: string;
  b: string;
  targetGroups: number | null;
  themes: number | null;
  health: number | null;
  goalText: number;
  ladderText: number;
  strength: number;
  verdict: 'shared' | 'warning' | 'none';
}

export interface GoalComparison {
  groups: SharedGoalGroup[];
  warnings: SameWordsWarning[];
  unshared: UnsharedGoal[];
  /** Ladders that have neither a goal nor a step yet, so cannot be compared. */
  incomplete: GroupMember[];
  /** Every compared pair of ladders of different partners, for a side-by-side table. */
  pairs: PairResult[];
  /** The tags each ladder was compared with, including those found in its text. */
  tags: Record<string, { targetGroups: Tag[]; themes: Tag[] }>;
}

interface PreparedTag extends Tag {
  roots: Set<string>;
  broad: boolean;
}

interface Prepared {
  ladder: LadderInput;
  goal: string;
  member: GroupMember;
  targetGroups: PreparedTag[];
  themes: PreparedTag[];
  health: Set<string>;
  goalVec: Map<string, number>;
  ladderVec: Map<string, number>;
  activityVec: Map<string, number>;
  sentenceVecs: Map<string, number>[];
  /** The roots of its target groups: compared as target groups, left out of the aim. */
  groupRoots: Set<string>;
}

type Vec = Map<string, number>;

const NONE = new Set<string>();

/** Cosine of two weighted root vectors, leaving out the roots in `skipA` and `skipB`. */
function cosine(a: Vec, b: Vec, skipA: Set<string> = NONE, skipB: Set<string> = NONE): number {
  if (a.size === 0 || b.size === 0) return 0;
  const skip = (k: string) => skipA.has(k) || skipB.has(k);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    if (skip(k)) continue;
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  if (dot === 0) return 0;
  for (const [k, v] of b) if (!skip(k)) nb += v * v;
  return dot / Math.sqrt(na * nb);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}

function tagSimilarity(a: PreparedTag, b: PreparedTag): number {
  const exact = jaccard(a.roots, b.roots);
  if (exact >= THRESHOLDS.tagMatch) return exact;
  // "Alle bewoners" includes every group: a partial match, never a conflict.
  if (a.broad || b.broad) return THRESHOLDS.tagMatch;
  return exact;
}

/** Symmetric best-match average: each tag's best match on the other side, averaged both ways. */
function tagListSimilarity(a: PreparedTag[], b: PreparedTag[]): number | null {
  if (a.length === 0 || b.length === 0) return null;
  const best = (from: PreparedTag[], to: PreparedTag[]) => {
    let sum = 0;
    for (const x of from) {
      let max = 0;
      for (const y of to) max = Math.max(max, tagSimilarity(x, y));
      sum += max;
    }
    return sum / from.length;
  };
  return (best(a, b) + best(b, a)) / 2;
}

/** Labels of a's tags that have a match in every other list. */
function commonLabels(lists: PreparedTag[][]): string[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  return first
    .filter((t) => rest.every((other) => other.some((o) => jaccard(t.roots, o.roots) >= THRESHOLDS.tagMatch)))
    .map((t) => t.label);
}

const listIn = (lang: DomainLang, items: string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${domainText(lang, 'compare.and')} ${items[items.length - 1]}`;

/** "Mensen met dementie …" → "mensen met dementie …", but "AED's …" stays. */
function lowerFirst(text: string): string {
  const t = text.trim().replace(/[.!]+$/, '');
  return /^\p{Lu}\p{Ll}/u.test(t) ? t[0].toLowerCase() + t.slice(1) : t;
}

export function compareGoals(ladders: LadderInput[], options: ComparisonOptions = {}): GoalComparison {
  const lang = options.lang ?? 'nl';
  const incomplete: GroupMember[] = [];
  const usable: LadderInput[] = [];
  for (const l of ladders) {
    const goal =
      l.goal.trim() ||
      [...l.steps]
        .reverse()
        .find((s) => s.trim())
        ?.trim() ||
      '';
    const member = { ladderId: l.id, partnerId: l.partnerId, partnerName: l.partnerName, activity: l.activity, goal };
    if (!goal) incomplete.push(member);
    else usable.push({ ...l, goal });
  }

  const tgVocabulary = new Set<string>([
    ...DEFAULT_TARGET_GROUPS,
    ...(options.targetGroups ?? []),
    ...usable.flatMap((l) => l.targetGroups),
  ]);
  const themeVocabulary = new Set<string>([
    ...DEFAULT_THEMES,
    ...(options.themes ?? []),
    ...usable.flatMap((l) => l.themes),
  ]);
  const broad = new Set<string>(BROAD_TARGET_GROUPS.map((t) => t.toLowerCase()));

  // One vocabulary of roots for this comparison: canonical forms join near-identical roots.
  const wordsOf = (text: string) => contentWords(text);
  const allRoots: string[] = [];
  const texts = (l: LadderInput) => [l.activity, l.goal, ...l.steps, ...l.targetGroups, ...l.themes];
  for (const l of usable) for (const t of texts(l)) for (const w of wordsOf(t)) allRoots.push(root(w));
  for (const t of [...tgVocabulary, ...themeVocabulary]) for (const w of wordsOf(t)) allRoots.push(root(w));
  const canonical = canonicalRoots(allRoots);
  const known = new Set(canonical.keys());
  const canon = (r: string) => canonical.get(r) ?? r;
  /** A readable word for each canonical root: the first form seen. */
  const surface = new Map<string, string>();

  function addText(vec: Vec, text: string, weight: number): void {
    for (const w of wordsOf(text)) {
      const r = root(w);
      const c = canon(r);
      if (!surface.has(c)) surface.set(c, w);
      vec.set(c, (vec.get(c) ?? 0) + weight);
      if (w.length >= 8) {
        for (const part of compoundParts(w, known)) {
          if (part === r) continue;
          const p = canon(part);
          vec.set(p, (vec.get(p) ?? 0) + weight * WEIGHT.compoundPart);
        }
      }
    }
  }

  const tagOf = (label: string, inferred: boolean): PreparedTag => ({
    label,
    inferred,
    roots: new Set(wordsOf(label).map((w) => canon(root(w)))),
    broad: broad.has(label.trim().toLowerCase()),
  });

  const vocabularyTags = new Map<Set<string>, PreparedTag[]>();
  const inferTags = (vocabulary: Set<string>, textRoots: Set<string>, skipBroad: boolean): PreparedTag[] => {
    let candidates = vocabularyTags.get(vocabulary);
    if (!candidates) {
      candidates = [...vocabulary]
        .map((label) => tagOf(label, true))
        .filter((t) => t.roots.size > 0 && !(skipBroad && t.broad));
      vocabularyTags.set(vocabulary, candidates);
    }
    const found: PreparedTag[] = [];
    for (const tag of candidates) {
      if ([...tag.roots].every((r) => textRoots.has(r))) found.push(tag);
    }
    return found;
  };

  const prepared: Prepared[] = usable.map((l) => {
    const goalVec: Vec = new Map();
    addText(goalVec, l.goal, 1);
    const ladderVec: Vec = new Map();
    addText(ladderVec, l.goal, WEIGHT.goal);
    const steps = l.steps.filter((s) => s.trim() && s.trim() !== l.goal);
    steps.forEach((s, i) => {
      const position = steps.length === 1 ? 1 : i / (steps.length - 1);
      addText(ladderVec, s, WEIGHT.firstStep + (WEIGHT.lastStep - WEIGHT.firstStep) * position);
    });
    addText(ladderVec, l.activity, WEIGHT.activity);
    const activityVec: Vec = new Map();
    addText(activityVec, l.activity, 1);
    // The activity, every step and the goal each count as a sentence two partners may share.
    const sentenceVecs = [l.goal, ...steps, l.activity]
      .filter((s) => s.trim())
      .map((s) => {
        const v: Vec = new Map();
        addText(v, s, 1);
        return v;
      });
    const textRoots = new Set(ladderVec.keys());
    const targetGroups = l.targetGroups.length
      ? l.targetGroups.map((t) => tagOf(t, false))
      : inferTags(tgVocabulary, textRoots, true);
    const themes = l.themes.length
      ? l.themes.map((t) => tagOf(t, false))
      : inferTags(themeVocabulary, textRoots, false);
    return {
      ladder: l,
      goal: l.goal,
      member: {
        ladderId: l.id,
        partnerId: l.partnerId,
        partnerName: l.partnerName,
        activity: l.activity,
        goal: l.goal,
      },
      targetGroups,
      themes,
      health: new Set(l.healthDimensions),
      goalVec,
      ladderVec,
      activityVec,
      sentenceVecs,
      groupRoots: new Set(targetGroups.flatMap((t) => [...t.roots])),
    };
  });

  // Rarity within this network: a word every partner uses says less than one two partners share.
  const df = new Map<string, number>();
  for (const p of prepared) for (const k of p.ladderVec.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = prepared.length;
  const idf = (k: string) => Math.log(1 + (n + 1) / (df.get(k) ?? 1));
  const weighted = (v: Vec): Vec => new Map([...v].map(([k, w]) => [k, w * idf(k)]));
  for (const p of prepared) {
    p.goalVec = weighted(p.goalVec);
    p.ladderVec = weighted(p.ladderVec);
    p.sentenceVecs = p.sentenceVecs.map(weighted);
  }
  const bestSentence = (a: Prepared, b: Prepared) => {
    let best = 0;
    for (const x of a.sentenceVecs) for (const y of b.sentenceVecs) best = Math.max(best, cosine(x, y));
    return best;
  };

  const sharedWordsOf = (vecs: Vec[], limit = 6, leaveOut: Set<string> = NONE): string[] => {
    const [first, ...rest] = vecs;
    if (!first) return [];
    return [...first]
      .filter(([k]) => !leaveOut.has(k) && rest.every((v) => v.has(k)))
      .map(([k, w]) => [k, Math.min(w, ...rest.map((v) => v.get(k)!))] as const)
      .sort((x, y) => y[1] - x[1])
      .slice(0, limit)
      .map(([k]) => surface.get(k) ?? k);
  };

  const pairs: PairResult[] = [];
  const pairIndex = new Map<string, PairResult>();
  const key = (i: number, j: number) => (i < j ? `${i}:${j}` : `${j}:${i}`);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = prepared[i];
      const b = prepared[j];
      if (a.ladder.partnerId === b.ladder.partnerId) continue;
      const targetGroups = tagListSimilarity(a.targetGroups, b.targetGroups);
      const themes = tagListSimilarity(a.themes, b.themes);
      const health = a.health.size && b.health.size ? jaccard(a.health, b.health) : null;
      const ladderText = cosine(a.ladderVec, b.ladderVec);
      // The aim is what they want to reach for their target group: the group's own words are
      // compared as target groups, not counted again as a shared aim ("ouderen … vallen" vs
      // "ouderen … bankieren" share only the group).
      const goalText = cosine(a.goalVec, b.goalVec, a.groupRoots, b.groupRoots);
      const aim = Math.max(goalText, cosine(a.ladderVec, b.ladderVec, a.groupRoots, b.groupRoots));
      const themeAgrees = (themes ?? 0) >= THRESHOLDS.tagMatch;
      const tgConflict = targetGroups !== null && targetGroups < THRESHOLDS.targetGroupsAgree;
      const aimAgrees =
        targetGroups !== null
          ? themeAgrees || aim >= THRESHOLDS.aimWithTags
          : aim >= THRESHOLDS.aimTextOnly || (themeAgrees && aim >= THRESHOLDS.aimWithTags);
      // Same words, apart from the target groups themselves (those are what differs).
      const aimLadderText = cosine(a.ladderVec, b.ladderVec, a.groupRoots, b.groupRoots);
      const sameWords =
        aimLadderText >= THRESHOLDS.sameWords ||
        (themes ?? 0) >= THRESHOLDS.sameThemes ||
        (tgConflict && bestSentence(a, b) >= THRESHOLDS.samePhrase);
      const verdict = !tgConflict && aimAgrees ? 'shared' : tgConflict && sameWords ? 'warning' : 'none';

      let total = 0;
      let weights = 0;
      const add = (value: number | null, weight: number) => {
        if (value === null) return;
        total += value * weight;
        weights += weight;
      };
      add(targetGroups, SCORE_WEIGHT.targetGroups);
      add(themes, SCORE_WEIGHT.themes);
      add(health, SCORE_WEIGHT.health);
      add(Math.min(1, aim / AIM_FULL), SCORE_WEIGHT.aim);
      const round = (x: number) => Math.round(x * 100) / 100;
      const pair: PairResult = {
        a: a.ladder.id,
        b: b.ladder.id,
        targetGroups: targetGroups === null ? null : round(targetGroups),
        themes: themes === null ? null : round(themes),
        health: health === null ? null : round(health),
        goalText: round(goalText),
        ladderText: round(ladderText),
        strength: round(weights ? total / weights : 0),
        verdict,
      };
      pairs.push(pair);
      pairIndex.set(key(i, j), pair);
    }
  }

  // Groups: join the strongest shared pairs first; never put two ladders with a target-group
  // conflict into one group (that would hide the very warning the group is about).
  const cluster = prepared.map((_, i) => i);
  const membersOf = (c: number) => cluster.flatMap((x, i) => (x === c ? [i] : []));
  const order = [...pairIndex.entries()]
    .filter(([, p]) => p.verdict === 'shared')
    .sort((x, y) => y[1].strength - x[1].strength);
  for (const [k] of order) {
    const [i, j] = k.split(':').map(Number);
    const ci = cluster[i];
    const cj = cluster[j];
    if (ci === cj) continue;
    const left = membersOf(ci);
    const right = membersOf(cj);
    const conflict = left.some((x) => right.some((y) => pairIndex.get(key(x, y))?.verdict === 'warning'));
    if (conflict) continue;
    for (const y of right) cluster[y] = ci;
  }

  const groups: SharedGoalGroup[] = [];
  const grouped = new Set<number>();
  for (const c of new Set(cluster)) {
    const idx = membersOf(c);
    if (new Set(idx.map((i) => prepared[i].ladder.partnerId)).size < 2) continue;
    idx.forEach((i) => grouped.add(i));
    const ps = idx.flatMap((x, xi) =>
      idx
        .slice(xi + 1)
        .map((y) => pairIndex.get(key(x, y)))
        .filter((p): p is PairResult => !!p),
    );
    const strength = ps.length ? Math.round((ps.reduce((s, p) => s + p.strength, 0) / ps.length) * 100) / 100 : 0;
    // The most central goal speaks for the group.
    const centrality = (i: number) =>
      idx.reduce((s, j) => s + (i === j ? 0 : (pairIndex.get(key(i, j))?.strength ?? 0)), 0);
    const centre = [...idx].sort((x, y) => centrality(y) - centrality(x))[0];
    const ordered = [centre, ...idx.filter((i) => i !== centre)];
    const members = ordered.map((i) => prepared[i]);
    const sharedWords = sharedWordsOf(members.map((m) => m.ladderVec));
    const { commonTargetGroups, commonThemes, commonHealth } = commonFound(members, sharedWords);
    // A chain (a shares with b, b with c, but a not with c) is explained per shared pair.
    const pairsOfGroup = ordered.flatMap((x, xi) => ordered.slice(xi + 1).map((y) => [x, y] as const));
    const sharedPairs = pairsOfGroup.filter(([x, y]) => pairIndex.get(key(x, y))?.verdict === 'shared');
    const perPair =
      sharedPairs.length === pairsOfGroup.length
        ? null
        : sharedPairs.map(([x, y]) => {
            const pair = [prepared[x], prepared[y]];
            return { pair, found: commonFound(pair, sharedWordsOf(pair.map((m) => m.ladderVec))) };
          });
    const activityPairs = ordered.flatMap((x, xi) =>
      ordered.slice(xi + 1).map((y) => cosine(prepared[x].activityVec, prepared[y].activityVec)),
    );
    const activitiesDiffer =
      members.every((m) => m.ladder.activity.trim()) && activityPairs.some((s) => s < THRESHOLDS.activitiesDiffer);
    groups.push({
      members: members.map((m) => m.member),
      activitiesDiffer,
      commonTargetGroups,
      commonThemes,
      commonHealthDimensions: commonHealth,
      sharedWords,
      strength,
      explanation: explainGroup(
        lang,
        members,
        { commonTargetGroups, commonThemes, commonHealth, sharedWords, activitiesDiffer },
        perPair,
      ),
    });
  }
  groups.sort((x, y) => y.members.length - x.members.length || y.strength - x.strength);

  const warnings: SameWordsWarning[] = [];
  for (const [k, p] of pairIndex) {
    if (p.verdict !== 'warning') continue;
    const [i, j] = k.split(':').map(Number);
    const a = prepared[i];
    const b = prepared[j];
    const sharedThemes = commonLabels([a.themes, b.themes]);
    const sharedWords = sharedWordsOf([a.ladderVec, b.ladderVec], 6, new Set([...a.groupRoots, ...b.groupRoots]));
    warnings.push({
      a: { ...a.member, targetGroups: a.targetGroups.map(({ label, inferred }) => ({ label, inferred })) },
      b: { ...b.member, targetGroups: b.targetGroups.map(({ label, inferred }) => ({ label, inferred })) },
      sharedThemes,
      sharedWords,
      explanation: explainWarning(lang, a, b, sharedThemes, sharedWords),
    });
  }

  const unshared: UnsharedGoal[] = [];
  prepared.forEach((p, i) => {
    if (grouped.has(i)) return;
    let closest: { index: number; pair: PairResult } | null = null;
    for (let j = 0; j < n; j++) {
      const pair = pairIndex.get(key(i, j));
      if (pair && pair.strength > 0 && (!closest || pair.strength > closest.pair.strength))
        closest = { index: j, pair };
    }
    const other = closest ? prepared[closest.index] : null;
    // Partners who wrote the same words for another target group do have this goal in words:
    // saying nobody else has it would contradict the warning about them.
    const sameWords = prepared
      .filter((_, j) => pairIndex.get(key(i, j))?.verdict === 'warning')
      .map((q) => q.ladder.partnerName);
    let explanation = sameWords.length
      ? domainText(lang, 'compare.unsharedOtherGroup', {
          goal: lowerFirst(p.goal),
          partners: listIn(lang, [...new Set(sameWords)]),
        })
      : domainText(lang, 'compare.unshared', { goal: lowerFirst(p.goal) });
    if (!sameWords.length && other && closest && closest.pair.strength >= THRESHOLDS.closestWorthNaming) {
      const reason =
        closest.pair.verdict === 'warning'
          ? 'compare.reason.otherGroup'
          : closest.pair.targetGroups !== null && closest.pair.targetGroups < THRESHOLDS.targetGroupsAgree
            ? 'compare.reason.groupDiffers'
            : 'compare.reason.aimDiffers';
      explanation += domainText(lang, 'compare.closest', {
        partner: other.ladder.partnerName,
        reason: { key: reason },
      });
    }
    unshared.push({
      member: p.member,
      closest:
        other && closest
          ? { ladderId: other.ladder.id, partnerName: other.ladder.partnerName, strength: closest.pair.strength }
          : null,
      explanation,
    });
  });

  const tags: GoalComparison['tags'] = {};
  for (const p of prepared) {
    tags[p.ladder.id] = {
      targetGroups: p.targetGroups.map(({ label, inferred }) => ({ label, inferred })),
      themes: p.themes.map(({ label, inferred }) => ({ label, inferred })),
    };
  }

  return { groups, warnings, unshared, incomplete, pairs, tags };
}

interface Found {
  commonTargetGroups: string[];
  commonThemes: string[];
  commonHealth: string[];
  sharedWords: string[];
}

function commonFound(members: Prepared[], sharedWords: string[]): Found {
  return {
    commonTargetGroups: commonLabels(members.map((m) => m.targetGroups)),
    commonThemes: commonLabels(members.map((m) => m.themes)),
    commonHealth: [...members[0].health]
      .filter((h) => members.every((m) => m.health.has(h)))
      .map((h) => HEALTH_DIMENSION_LABELS[h] ?? h),
    sharedWords,
  };
}

/**
 * A goal as a headline may quote it: its main clause only, because a clause like "zodat ze steun
 * aan elkaar hebben" speaks of one partner's own people and dangles when quoted for a group.
 */
function mainClause(goal: string): string {
  const main = goal.replace(/,?\s+(zodat|omdat|waardoor|opdat|so that|because)\b.*$/isu, '').trim();
  return main || goal;
}

function explainGroup(
  lang: DomainLang,
  members: Prepared[],
  found: Found & { activitiesDiffer: boolean },
  perPair: { pair: Prepared[]; found: Found }[] | null,
): string {
  const who =
    members.length === 2
      ? domainText(lang, 'compare.both')
      : domainText(lang, 'compare.all', { count: members.length });
  let text: string;
  if (perPair) {
    const pairs = perPair.map((p) => {
      const reasons = reasonsOf(lang, p.pair, p.found);
      const [a, b] = p.pair.map((m) => m.ladder.partnerName);
      return domainText(lang, 'compare.pair', { a, b }) + (reasons.length ? ` (${reasons.join('; ')})` : '');
    });
    text = domainText(lang, 'compare.groupPairs', { pairs: pairs.join('; ') });
  } else {
    const reasons = reasonsOf(lang, members, found);
    text = domainText(lang, 'compare.group', { who, goal: lowerFirst(mainClause(members[0].goal)) });
    text += reasons.length ? ` (${reasons.join('; ')}).` : '.';
  }
  if (found.activitiesDiffer) {
    const activities = members.map((m) => `${m.ladder.partnerName}: ${lowerFirst(m.ladder.activity)}`);
    text += ' ' + domainText(lang, 'compare.activitiesDiffer', { activities: activities.join('; ') });
  }
  return text;
}

function reasonsOf(lang: DomainLang, members: Prepared[], found: Found): string[] {
  const reasons: string[] = [];
  const inferredTg = members.some((m) => m.targetGroups.some((t) => t.inferred));
  const inferredTh = members.some((m) => m.themes.some((t) => t.inferred));
  if (found.commonTargetGroups.length) {
    reasons.push(
      domainText(lang, inferredTg ? 'compare.sameTargetGroupFound' : 'compare.sameTargetGroup', {
        labels: found.commonTargetGroups.join(', '),
      }),
    );
  }
  if (found.commonThemes.length) {
    reasons.push(
      domainText(lang, inferredTh ? 'compare.sameThemeFound' : 'compare.sameTheme', {
        labels: found.commonThemes.join(', '),
      }),
    );
  }
  if (found.commonHealth.length)
    reasons.push(domainText(lang, 'compare.sameHealth', { labels: found.commonHealth.join(', ') }));
  if (found.sharedWords.length)
    reasons.push(domainText(lang, 'compare.sameWords', { words: found.sharedWords.join(', ') }));
  return reasons;
}

function explainWarning(
  lang: DomainLang,
  a: Prepared,
  b: Prepared,
  sharedThemes: string[],
  sharedWords: string[],
): string {
  const same: string[] = [];
  if (sharedThemes.length)
    same.push(
      domainText(lang, sharedThemes.length === 1 ? 'compare.warning.theme' : 'compare.warning.themes', {
        themes: listIn(lang, sharedThemes),
      }),
    );
  if (sharedWords.length)
    same.push(
      domainText(lang, 'compare.warning.words', {
        words: listIn(
          lang,
          sharedWords.map((w) => `‘${w}’`),
        ),
      }),
    );
  const groupsOf = (p: Prepared) =>
    listIn(
      lang,
      p.targetGroups.map((t) => t.label),
    ) + (p.targetGroups.some((t) => t.inferred) ? domainText(lang, 'compare.warning.found') : '');
  return domainText(lang, 'compare.warning', {
    a: a.ladder.partnerName,
    b: b.ladder.partnerName,
    same: same.join(` ${domainText(lang, 'compare.and')} `) || domainText(lang, 'compare.warning.sameTheme'),
    groupsA: groupsOf(a),
    groupsB: groupsOf(b),
  });
}
