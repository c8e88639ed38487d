import { describe, expect, it } from 'vitest';
import { emptyFacts, type NetworkFacts } from './facts.js';
import {
  computeProgress,
  markError,
  renderDetail,
  renderPhaseCount,
  suggestNextStep,
  PROGRESS_MESSAGES,
  type PhaseProgress,
} from './progress.js';
import { DETAIL_MESSAGES, STEPS, stepsForTool, type DetailCode } from './steps.js';
import { placeholders, renderMessage, LOCALES, type Message } from './text.js';
import { PHASES, TOOL_IDS, tool } from './tools.js';

const facts = (over: Partial<NetworkFacts> = {}): NetworkFacts => ({ ...emptyFacts(), ...over });
const phase = (p: PhaseProgress[], name: string) => p.find((x) => x.phase === name)!;
const doneOf = (f: NetworkFacts, name: 'verkennen' | 'vormgeven') =>
  Object.fromEntries(phase(computeProgress(f), name).steps.map((s) => [s.id, s.status === 'done']));
const detail = (f: NetworkFacts, id: string, locale: 'nl' | 'en' = 'nl') => {
  const step = computeProgress(f)
    .flatMap((p) => p.steps)
    .find((s) => s.id === id)!;
  return renderDetail(step.detail, locale);
};

describe('the registry reproduces the verkennen checklist of src/modules/progress/service.ts', () => {
  // Expected values worked out by hand from the old rules: partners ≥ 2, relations > 0,
  // snapshots > 0, functions linked > 0, (figures + indicators) > 0 and needs > 0,
  // focus decisions > 0 or focus themes not empty.
  it('an empty network has done nothing', () => {
    expect(doneOf(facts(), 'verkennen')).toEqual({
      partners: false,
      relations: false,
      snapshot: false,
      whoIsWho: false,
      profile: false,
      focus: false,
    });
  });

  it('one partner is not enough, two are', () => {
    expect(doneOf(facts({ partners: 1 }), 'verkennen').partners).toBe(false);
    expect(doneOf(facts({ partners: 2 }), 'verkennen').partners).toBe(true);
  });

  it('the profile needs figures (CBS or own indicators) and residents’ needs', () => {
    expect(doneOf(facts({ figures: 1 }), 'verkennen').profile).toBe(false);
    expect(doneOf(facts({ needs: 4 }), 'verkennen').profile).toBe(false);
    expect(doneOf(facts({ figures: 1, needs: 1 }), 'verkennen').profile).toBe(true);
    expect(doneOf(facts({ indicators: 2, needs: 1 }), 'verkennen').profile).toBe(true);
  });

  it('a focus decision or focus themes count; candidates alone do not', () => {
    expect(doneOf(facts({ focusCandidates: 3 }), 'verkennen').focus).toBe(false);
    expect(doneOf(facts({ focusDecisions: 1 }), 'verkennen').focus).toBe(true);
    expect(doneOf(facts({ focusThemes: ['eenzaamheid'] }), 'verkennen').focus).toBe(true);
  });

  it('a half-way network', () => {
    const f = facts({
      partners: 5,
      relations: 7,
      snapshots: 0,
      functionsLinked: 3,
      figures: 0,
      indicators: 1,
      needs: 0,
      focusCandidates: 2,
    });
    expect(doneOf(f, 'verkennen')).toEqual({
      partners: true,
      relations: true,
      snapshot: false,
      whoIsWho: true,
      profile: false,
      focus: false,
    });
    const p = phase(computeProgress(f), 'verkennen');
    expect([p.done, p.applicable, p.next]).toEqual([3, 6, 'snapshot']);
  });

  it('keeps the order and the tools of the old checklist', () => {
    const steps = phase(computeProgress(facts()), 'verkennen').steps;
    expect(steps.map((s) => [s.id, tool(s.tool).route])).toEqual([
      ['partners', 'verkennen/medestanders'],
      ['relations', 'verkennen/kaart'],
      ['snapshot', 'verkennen/analyse'],
      ['whoIsWho', 'verkennen/wie-is-wie'],
      ['profile', 'verkennen/wijkprofiel'],
      ['focus', 'verkennen/focus'],
    ]);
  });
});

describe('the registry reproduces the vormgeven checklist of web/src/routes/network/vormgeven/Progress.tsx', () => {
  it('an empty network has done nothing', () => {
    expect(doneOf(facts(), 'vormgeven')).toEqual({
      ladders: false,
      shared: false,
      goals: false,
      card: false,
      lead: false,
      agreements: false,
      actions: false,
    });
  });

  it('ladders need two partners; a shared goal needs one group', () => {
    expect(doneOf(facts({ partnersWithLadder: 1, sharedGoalGroups: 0 }), 'vormgeven')).toMatchObject({
      ladders: false,
      shared: false,
    });
    expect(doneOf(facts({ partnersWithLadder: 2, sharedGoalGroups: 1 }), 'vormgeven')).toMatchObject({
      ladders: true,
      shared: true,
    });
  });

  it('goals need a vision and at least one goal', () => {
    expect(doneOf(facts({ vision: true }), 'vormgeven').goals).toBe(false);
    expect(doneOf(facts({ goals: 2 }), 'vormgeven').goals).toBe(false);
    expect(doneOf(facts({ vision: true, goals: 1 }), 'vormgeven').goals).toBe(true);
  });

  it('the card needs every party’s consent on the latest version, and at least one party', () => {
    expect(doneOf(facts({ latestCard: { number: 2, parties: 4, consented: 3 } }), 'vormgeven').card).toBe(false);
    expect(doneOf(facts({ latestCard: { number: 2, parties: 4, consented: 4 } }), 'vormgeven').card).toBe(true);
    expect(doneOf(facts({ latestCard: { number: 1, parties: 0, consented: 0 } }), 'vormgeven').card).toBe(false);
  });

  it('the lead needs hours and a deputy for every lead; being the only lead is no problem here', () => {
    expect(doneOf(facts({ leads: 1 }), 'vormgeven').lead).toBe(true);
    expect(doneOf(facts({ leads: 1, leadsWithoutHours: 1 }), 'vormgeven').lead).toBe(false);
    expect(doneOf(facts({ leads: 2, leadsWithoutDeputy: 1 }), 'vormgeven').lead).toBe(false);
    expect(doneOf(facts({ leads: 0 }), 'vormgeven').lead).toBe(false);
  });

  it('agreements and this year’s actions', () => {
    expect(doneOf(facts({ agreements: 1, actionsThisYear: 0 }), 'vormgeven')).toMatchObject({
      agreements: true,
      actions: false,
    });
    expect(doneOf(facts({ agreements: 0, actionsThisYear: 5 }), 'vormgeven')).toMatchObject({
      agreements: false,
      actions: true,
    });
  });
});

describe('verdiepen and verankeren steps from the data', () => {
  it('a scan round held, a relatiecheck, a meeting with decisions, dimensions, reviews in time', () => {
    const f = facts({
      scanRoundsOpen: 1,
      relationChecksHeld: 1,
      meetings: 2,
      meetingsWithDecisions: 0,
      healthDimensionsCovered: 3,
      agreementsWithReview: 2,
      agreementsPastReview: 1,
    });
    const p = phase(computeProgress(f), 'verdiepen');
    expect(Object.fromEntries(p.steps.map((s) => [s.id, s.status]))).toEqual({
      scan: 'open',
      relatiecheck: 'done',
      meetings: 'open',
      health: 'done',
      reviews: 'open',
    });
    expect(detail(f, 'scan')).toBe('Er loopt 1 ronde. De uitslag zie je als de ronde gesloten is.');
    expect(detail(f, 'meetings')).toBe('2 bijeenkomsten, nog zonder besluiten. Schrijf op wat jullie besluiten.');
    expect(detail(f, 'reviews')).toBe('Bekijk 1 afspraak opnieuw: de datum is voorbij.');
    expect(detail(facts({ scanRoundsHeld: 2 }), 'scan')).toBe('2 rondes gehouden.');
  });

  it('prices, a case, a saved model, a money agreement, a filled checklist, a results page', () => {
    const f = facts({
      priceItems: 12,
      pricesMissing: 0,
      effectCases: 1,
      effectModels: 1,
      effectModelVersions: 0,
      moneyAgreements: 1,
      continuityItems: 5,
      continuityOpen: 0,
      resultsPageOn: true,
    });
    const p = phase(computeProgress(f), 'verankeren');
    expect(Object.fromEntries(p.steps.map((s) => [s.id, s.status]))).toEqual({
      prices: 'done',
      case: 'done',
      model: 'open',
      funding: 'done',
      continuity: 'done',
      results: 'done',
    });
    expect(detail(f, 'model')).toBe(
      'Er is een effectmodel, maar nog geen opgeslagen versie. Sla een versie op, dan kun je het rapport maken.',
    );
    expect(detail(facts({ priceItems: 12, pricesMissing: 3 }), 'prices')).toBe(
      'Er zijn nog 3 prijzen leeg. Vul ze in met een bron, of haal de regels weg.',
    );
    expect(detail(facts({ continuityItems: 5, continuityOpen: 1 }), 'continuity', 'en')).toBe('1 point is still open.');
  });
});

describe('details with correct plurals and the wording fixes', () => {
  it('never writes "momentopname(n)"', () => {
    expect(detail(facts({ snapshots: 1 }), 'snapshot')).toBe('1 momentopname vastgelegd.');
    expect(detail(facts({ snapshots: 3 }), 'snapshot')).toBe('3 momentopnamen vastgelegd.');
    expect(detail(facts({ snapshots: 1 }), 'snapshot', 'en')).toBe('1 snapshot recorded.');
  });

  it('speaks English in English (the old server details were Dutch only)', () => {
    expect(detail(facts({ partners: 1 }), 'partners', 'en')).toBe('1 partner takes part. Add at least one more.');
    expect(detail(facts({ partners: 1 }), 'partners')).toBe('Er doet 1 partner mee. Voeg er nog minstens één toe.');
    expect(detail(facts({ partners: 12 }), 'partners')).toBe('Er doen 12 partners mee.');
  });

  it('names the focus themes as a Dutch list, and says so when only a decision exists', () => {
    expect(detail(facts({ focusThemes: ['eenzaamheid', 'mantelzorg'] }), 'focus')).toBe(
      'Focus: eenzaamheid en mantelzorg.',
    );
    expect(detail(facts({ focusDecisions: 1 }), 'focus')).toBe('Het besluit over de focus is vastgelegd.');
    expect(detail(facts({ focusCandidates: 1 }), 'focus')).toMatch(/^1 thema voorgesteld\./);
  });

  it('says what is missing in the profile, also when only needs are there', () => {
    expect(detail(facts({ needs: 2 }), 'profile')).toMatch(/^Je weet al wat bewoners vragen\./);
    expect(detail(facts({ figures: 1, indicators: 1, needs: 1234 }), 'profile')).toBe(
      'Cijfers over de wijk: 2. Vragen en behoeften van bewoners: 1.234.',
    );
  });

  it('card and lead details', () => {
    expect(detail(facts({ latestCard: { number: 3, parties: 4, consented: 2 } }), 'card')).toBe(
      'Versie 3. Akkoord: 2 van 4.',
    );
    expect(detail(facts({ leads: 2, leadsWithoutHours: 2 }), 'lead')).toBe(
      'Voor 2 kartrekkers zijn nog geen uren per week afgesproken.',
    );
    expect(detail(facts({ leads: 1, leadsWithoutDeputy: 1 }), 'lead', 'en')).toBe('1 lead has no deputy yet.');
  });
});

describe('niet van toepassing', () => {
  it('settles a step with its reason and leaves it out of the count', () => {
    const f = facts({ partners: 2, relations: 1 });
    const p = phase(
      computeProgress(f, [{ stepId: 'snapshot', reason: ' We maken geen momentopnamen. ' }]),
      'verkennen',
    );
    const snap = p.steps.find((s) => s.id === 'snapshot')!;
    expect(snap.status).toBe('notApplicable');
    expect(renderDetail(snap.detail, 'nl')).toBe('Niet van toepassing: We maken geen momentopnamen.');
    expect([p.done, p.applicable, p.notApplicable, p.total]).toEqual([2, 5, 1, 6]);
    expect(p.next).toBe('whoIsWho');
    expect(renderPhaseCount(p, 'nl')).toBe('2 van de 5 stappen gedaan. 1 stap is niet van toepassing.');
    expect(renderPhaseCount(p, 'en')).toBe('2 of the 5 steps done. 1 step does not apply.');
  });

  it('a marked step that the data says is done still counts as not applicable, not twice', () => {
    const p = phase(
      computeProgress(facts({ partners: 3 }), [{ stepId: 'partners', reason: 'Wij zijn één organisatie.' }]),
      'verkennen',
    );
    expect([p.done, p.applicable]).toEqual([0, 5]);
  });

  it('a phase with every open step marked is complete', () => {
    const marks = ['scan', 'relatiecheck', 'meetings', 'health', 'reviews'].map((stepId) => ({
      stepId,
      reason: 'Nog niet aan toe.',
    }));
    const p = phase(computeProgress(facts(), marks), 'verdiepen');
    expect([p.done, p.applicable, p.complete, p.next]).toEqual([0, 0, true, null]);
  });

  it('ignores marks without a reason and marks of unknown steps', () => {
    const p = phase(
      computeProgress(facts(), [
        { stepId: 'relations', reason: '  ' },
        { stepId: 'gone', reason: 'oud' },
      ]),
      'verkennen',
    );
    expect(p.notApplicable).toBe(0);
  });

  it('tells why a mark cannot be stored', () => {
    expect(markError({ stepId: 'relations', reason: 'Geen relaties in deze vorm.' })).toBeNull();
    expect(markError({ stepId: 'relations', reason: ' ' })?.nl).toBe(
      'Schrijf op waarom deze stap niet van toepassing is.',
    );
    expect(markError({ stepId: 'bestaat-niet', reason: 'x' })?.nl).toMatch(/bestaat niet/);
    expect(markError({ stepId: 'relations', reason: 'x'.repeat(501) })?.nl).toMatch(/500/);
  });
});

describe('the suggested next step', () => {
  it('is the first open step of the preferred phase, then of later phases, then earlier ones', () => {
    const all = computeProgress(facts({ partners: 2 }));
    expect(suggestNextStep(all)?.id).toBe('relations');
    expect(suggestNextStep(all, 'vormgeven')?.id).toBe('ladders');
    const doneLater = computeProgress(
      facts({ resultsPageOn: true }),
      ['prices', 'case', 'model', 'funding', 'continuity'].map((stepId) => ({ stepId, reason: 'Niet nodig.' })),
    );
    expect(suggestNextStep(doneLater, 'verankeren')?.id).toBe('partners');
  });

  it('is null when everything is settled', () => {
    const marks = STEPS.map((s) => ({ stepId: s.id, reason: 'Niet nodig.' }));
    expect(suggestNextStep(computeProgress(facts(), marks))).toBeNull();
  });
});

describe('the registry itself', () => {
  it('has unique step ids, every phase, and only known tools', () => {
    expect(new Set(STEPS.map((s) => s.id)).size).toBe(STEPS.length);
    expect(new Set(STEPS.map((s) => s.phase))).toEqual(new Set(PHASES));
    for (const s of STEPS) expect(TOOL_IDS).toContain(s.tool);
    for (const s of STEPS) expect(tool(s.tool).phase === s.phase || tool(s.tool).phase === null).toBe(true);
  });

  it('has both languages with the same parameters in every message', () => {
    const all: Record<string, Message> = { ...DETAIL_MESSAGES, ...PROGRESS_MESSAGES };
    for (const [code, m] of Object.entries(all)) {
      for (const locale of LOCALES) expect(m[locale], `${code} ${locale}`).toBeTruthy();
      expect([...placeholders(m.en)].sort(), code).toEqual([...placeholders(m.nl)].sort());
      expect(typeof m.nl === 'string', code).toBe(typeof m.en === 'string');
      if (typeof m.nl !== 'string' && typeof m.en !== 'string') {
        expect(m.en.count, code).toBe(m.nl.count);
        expect(m.en.zero === undefined, code).toBe(m.nl.zero === undefined);
      }
    }
    for (const s of STEPS) {
      expect(s.label.nl.trim(), s.id).not.toBe('');
      expect(s.label.en.trim(), s.id).not.toBe('');
      expect(s.label.en, s.id).not.toBe(s.label.nl);
    }
  });

  it('gives every detail exactly the parameters its message uses, across many networks', () => {
    const samples: NetworkFacts[] = [facts()];
    for (const n of [1, 2, 5]) {
      samples.push(
        facts({
          partners: n,
          relations: n,
          snapshots: n,
          functionsLinked: n,
          figures: n,
          needs: n,
          focusCandidates: n,
          partnersWithLadder: n,
          sharedGoalGroups: n,
          goals: n,
          goalsWithIndicator: n - 1,
          latestCard: { number: n, parties: n, consented: n - 1 },
          leads: n,
          leadsWithoutDeputy: n,
          agreements: n,
          actionsThisYear: n,
          scanRoundsOpen: n,
          meetings: n,
          healthDimensionsCovered: n,
          agreementsWithReview: n,
          agreementsPastReview: n,
          priceItems: n,
          pricesMissing: n,
          effectModels: n,
          effectCases: n,
          moneyAgreements: n,
          continuityItems: n,
          continuityOpen: n,
        }),
        facts({
          vision: true,
          goals: n,
          leads: n,
          leadsWithoutHours: n,
          focusDecisions: n,
          focusThemes: ['eenzaamheid'],
          scanRoundsHeld: n,
          relationChecksHeld: n,
          meetingsWithDecisions: n,
          effectModelVersions: n,
          agreementsWithReview: n,
          priceItems: n,
          continuityItems: n,
          resultsPageOn: true,
        }),
        facts({ vision: true, indicators: n }),
        facts({ needs: n, focusDecisions: n, leads: n }),
      );
    }
    const seen = new Set<DetailCode>();
    for (const f of samples) {
      for (const p of computeProgress(f)) {
        for (const s of p.steps) {
          seen.add(s.detail.code);
          const used = placeholders(DETAIL_MESSAGES[s.detail.code].nl);
          expect([...Object.keys(s.detail.params)].sort(), s.detail.code).toEqual([...used].sort());
          for (const locale of LOCALES) expect(renderDetail(s.detail, locale)).not.toMatch(/[{}]|\(n\)/);
        }
      }
    }
    const unreachable = Object.keys(DETAIL_MESSAGES).filter((c) => c !== 'notApplicable' && !seen.has(c as DetailCode));
    expect(unreachable).toEqual([]);
  });

  it('finds the steps a tool helps with', () => {
    expect(stepsForTool('waaromladders').map((s) => s.id)).toEqual(['ladders', 'shared']);
    expect(stepsForTool('model').map((s) => s.id)).toEqual(['model', 'funding']);
    expect(stepsForTool('timeline')).toEqual([]);
  });

  it('renders the count with a plural for a single applicable step', () => {
    expect(renderMessage(PROGRESS_MESSAGES.count, 'nl', { done: 0, applicable: 1 })).toBe('0 van 1 stap gedaan.');
  });
});
