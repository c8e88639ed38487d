import { describe, expect, it } from 'vitest';
import { compareGoals, type LadderInput } from './compare.js';
import { canonicalRoots, compoundParts, root } from './text.js';

let seq = 0;
function ladder(partnerName: string, fields: Partial<LadderInput>): LadderInput {
  seq++;
  return {
    id: `l${seq}`,
    partnerId: fields.partnerId ?? `p-${partnerName}`,
    partnerName,
    activity: '',
    steps: [],
    goal: '',
    targetGroups: [],
    themes: [],
    healthDimensions: [],
    ...fields,
  };
}

const cafe = () =>
  ladder('Zorgcentrum De Linde', {
    activity: 'Een dementiecafé',
    steps: ['Zodat mensen met dementie en hun mantelzorgers elkaar treffen', 'Zodat ze steun aan elkaar hebben'],
    goal: 'Mensen met dementie en hun mantelzorgers met elkaar in contact brengen',
    targetGroups: ['mensen met dementie', 'mantelzorgers'],
    themes: ['ontmoeten', 'dementie'],
    healthDimensions: ['meedoen'],
  });
const walking = () =>
  ladder('Wandelclub Stap voor Stap', {
    activity: 'Een wandelclub',
    steps: ['Samen buiten bewegen', 'Onderweg raken mantelzorgers en mensen met dementie aan de praat'],
    goal: 'Mantelzorgers en mensen met dementie verbinden, zodat ze steun aan elkaar hebben',
    targetGroups: ['Mantelzorgers', 'Mensen met dementie'],
    themes: ['ontmoeten', 'bewegen'],
    healthDimensions: ['meedoen', 'lichaamsfuncties'],
  });

describe('goal comparison', () => {
  it('explains in English when asked, keeping the people’s own words', () => {
    const result = compareGoals(
      [
        cafe(),
        walking(),
        ladder('Kookstudio', { goal: 'Jonge gezinnen eten gezonder', targetGroups: ['jonge gezinnen'] }),
      ],
      { lang: 'en' },
    );
    const group = result.groups[0];
    expect(group.explanation).toMatch(
      /^You both want: mensen met dementie en hun mantelzorgers met elkaar in contact brengen \(/,
    );
    expect(group.explanation).toContain('same target group: mensen met dementie, mantelzorgers');
    expect(group.explanation).toContain('You start from different activities (');
    expect(group.explanation).not.toMatch(/Jullie|zelfde|dezelfde/);
    expect(result.unshared[0].explanation).toBe(
      'Nobody else in the network has this goal (yet): jonge gezinnen eten gezonder.',
    );
  });

  it('groups a shared goal behind different activities and says why in Dutch', () => {
    const a = cafe();
    const b = walking();
    const result = compareGoals([a, b]);
    expect(result.groups).toHaveLength(1);
    const group = result.groups[0];
    expect(group.members.map((m) => m.ladderId).sort()).toEqual([a.id, b.id].sort());
    expect(group.activitiesDiffer).toBe(true);
    expect(group.commonTargetGroups).toEqual(expect.arrayContaining(['mensen met dementie', 'mantelzorgers']));
    expect(group.commonThemes).toContain('ontmoeten');
    expect(group.explanation).toMatch(/^Jullie willen allebei: /);
    expect(group.explanation).toContain('zelfde doelgroep: mensen met dementie, mantelzorgers');
    expect(group.explanation).toContain('zelfde thema: ontmoeten');
    expect(group.explanation).toContain('een dementiecafé');
    expect(group.explanation).toContain('een wandelclub');
    expect(result.warnings).toEqual([]);
    expect(result.unshared).toEqual([]);
  });

  it('warns when partners use the same words for different target groups, and does not group them', () => {
    const families = ladder('Consultatiebureau', {
      activity: 'Kookworkshops',
      steps: ['Ouders leren gezond koken', 'De wijk vitaler maken'],
      goal: 'Jonge gezinnen helpen gezond te eten',
      targetGroups: ['jonge gezinnen'],
      themes: ['vitaliteit', 'gezonde voeding'],
    });
    const elderly = ladder('Thuiszorg Oost', {
      activity: 'Beweegmiddagen',
      steps: ['Ouderen blijven langer fit', 'De wijk vitaler maken'],
      goal: 'Kwetsbare ouderen bereiken en in beweging brengen',
      targetGroups: ['kwetsbare ouderen'],
      themes: ['vitaliteit', 'bewegen'],
    });
    const result = compareGoals([families, elderly]);
    expect(result.groups).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    const w = result.warnings[0];
    expect(w.sharedThemes).toEqual(['vitaliteit']);
    expect(w.sharedWords).toEqual(expect.arrayContaining(['wijk', 'vitaler']));
    expect(w.explanation).toContain('andere doelgroep');
    expect(w.explanation).toContain('jonge gezinnen');
    expect(w.explanation).toContain('kwetsbare ouderen');
    expect(result.unshared).toHaveLength(2);
  });

  it('warns on tags alone: the same theme, different target groups, no text in common', () => {
    const a = ladder('Sportvereniging', { goal: 'Meer sporten', targetGroups: ['jongeren'], themes: ['bewegen'] });
    const b = ladder('Fysiotherapie', { goal: 'Valpreventie', targetGroups: ['ouderen'], themes: ['bewegen'] });
    const result = compareGoals([a, b]);
    expect(result.groups).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].explanation).toContain('het thema bewegen');
  });

  it('leaves unrelated goals apart: no groups, no warnings, every goal unshared', () => {
    const result = compareGoals([
      ladder('Bibliotheek', {
        activity: 'Taalcafé',
        goal: 'Laaggeletterden helpen met lezen en schrijven',
        targetGroups: ['laaggeletterden'],
        themes: ['taal en digitale vaardigheden'],
      }),
      ladder('Woningcorporatie', {
        activity: 'Buurtschouw',
        goal: 'Donkere plekken in de buurt veiliger maken',
        targetGroups: ['alle bewoners'],
        themes: ['veiligheid'],
      }),
      ladder('Schuldhulp', {
        activity: 'Spreekuur',
        goal: 'Schulden van gezinnen vroeg opsporen',
        targetGroups: ['mensen met weinig geld'],
        themes: ['armoede en schulden'],
      }),
    ]);
    expect(result.groups).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.unshared).toHaveLength(3);
    for (const u of result.unshared)
      expect(u.explanation).toMatch(/^Niemand anders in het netwerk heeft \(nog\) dit doel/);
  });

  it('does not group the same target group with a different aim', () => {
    const a = ladder('Fysiotherapie', {
      goal: 'Ouderen vallen minder vaak',
      steps: ['Sterkere spieren en balans'],
      targetGroups: ['ouderen'],
      themes: ['bewegen', 'preventie'],
    });
    const b = ladder('Bibliotheek', {
      goal: 'Ouderen kunnen zelf online bankieren',
      steps: ['Digitale vaardigheden leren'],
      targetGroups: ['ouderen'],
      themes: ['taal en digitale vaardigheden'],
    });
    const result = compareGoals([a, b]);
    expect(result.groups).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('works from text alone when tags are missing, and says the tags were found in the text', () => {
    const a = cafe();
    const b = walking();
    for (const l of [a, b]) {
      l.targetGroups = [];
      l.themes = [];
      l.healthDimensions = [];
    }
    const result = compareGoals([a, b]);
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0].explanation).toContain('zelfde doelgroep (gevonden in de tekst)');
    expect(result.tags[a.id].targetGroups).toEqual(
      expect.arrayContaining([{ label: 'mensen met dementie', inferred: true }]),
    );

    const families = ladder('Consultatiebureau', {
      activity: 'Kookles',
      steps: ['De wijk vitaler maken'],
      goal: 'Jonge gezinnen eten gezonder',
    });
    const elderly = ladder('Thuiszorg', {
      activity: 'Beweegmiddag',
      steps: ['De wijk vitaler maken'],
      goal: 'Kwetsbare ouderen blijven langer fit',
    });
    const text = compareGoals([families, elderly]);
    expect(text.groups).toEqual([]);
    expect(text.warnings).toHaveLength(1);
    expect(text.warnings[0].explanation).toContain('(gevonden in de tekst)');
  });

  it('matches different word forms through shared stems (eenzaamheid / eenzame, ontmoeting / ontmoeten)', () => {
    const a = ladder('Buurthuis', {
      activity: 'Koffieochtend',
      goal: 'Eenzaamheid onder ouderen verminderen door ontmoeting',
    });
    const b = ladder('Kerk', { activity: 'Maaltijd op zondag', goal: 'Eenzame ouderen ontmoeten elkaar' });
    const result = compareGoals([a, b]);
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0].sharedWords).toEqual(expect.arrayContaining(['eenzaamheid', 'ouderen']));
  });

  it('joins three partners with one goal but keeps a conflicting target group out of the group', () => {
    const a = cafe();
    const b = walking();
    const c = ladder('Odensehuis', {
      activity: 'Inloophuis',
      goal: 'Mensen met dementie en mantelzorgers ontmoeten elkaar en steunen elkaar',
      targetGroups: ['mensen met dementie', 'mantelzorgers'],
      themes: ['ontmoeten'],
    });
    const d = ladder('Jongerenwerk', {
      activity: 'Jongerencafé',
      goal: 'Jongeren ontmoeten elkaar',
      targetGroups: ['jongeren'],
      themes: ['ontmoeten'],
    });
    const result = compareGoals([a, b, c, d]);
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0].members).toHaveLength(3);
    expect(result.groups[0].explanation).toMatch(/^Jullie willen alle 3: /);
    expect(result.unshared.map((u) => u.member.ladderId)).toEqual([d.id]);
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.warnings.every((w) => w.a.ladderId === d.id || w.b.ladderId === d.id)).toBe(true);
  });

  it('never groups two ladders of the same partner with each other alone', () => {
    const a = cafe();
    const b = { ...walking(), partnerId: a.partnerId, partnerName: a.partnerName };
    const result = compareGoals([a, b]);
    expect(result.groups).toEqual([]);
    expect(result.pairs).toEqual([]);
  });

  it('takes the last step as the goal when no goal is written, and reports ladders with nothing yet', () => {
    const a = ladder('Buurthuis', { activity: 'Koffieochtend', steps: ['Eenzame ouderen ontmoeten elkaar'] });
    const b = ladder('Kerk', { activity: 'Maaltijd' });
    const result = compareGoals([a, b]);
    expect(result.incomplete.map((m) => m.ladderId)).toEqual([b.id]);
    expect(result.unshared[0].member.goal).toBe('Eenzame ouderen ontmoeten elkaar');
  });

  it('treats "alle bewoners" as including every group: no conflict', () => {
    const a = ladder('Gemeente', {
      goal: 'Bewoners ontmoeten elkaar vaker',
      targetGroups: ['alle bewoners'],
      themes: ['ontmoeten'],
    });
    const b = ladder('Buurthuis', {
      goal: 'Ouderen ontmoeten elkaar vaker',
      targetGroups: ['ouderen'],
      themes: ['ontmoeten'],
    });
    const result = compareGoals([a, b]);
    expect(result.warnings).toEqual([]);
    expect(result.groups).toHaveLength(1);
  });

  it('warns when the shared words are in the activity, and never calls a goal both wrote unshared', () => {
    const families = ladder('Consultatiebureau', {
      activity: 'De wijk vitaler maken',
      steps: ['Ouders koken vaker vers'],
      goal: 'Jonge gezinnen eten gezonder',
      targetGroups: ['jonge gezinnen'],
    });
    const elderly = ladder('Thuiszorg Oost', {
      activity: 'De wijk vitaler maken',
      steps: ['Ouderen wandelen elke week'],
      goal: 'Kwetsbare ouderen blijven langer fit',
      targetGroups: ['kwetsbare ouderen'],
    });
    const result = compareGoals([families, elderly]);
    expect(result.groups).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].sharedWords).toEqual(expect.arrayContaining(['wijk', 'vitaler']));

    // The same sentence as the goal: the page must not say nobody else has it.
    const a = ladder('Consultatiebureau', {
      steps: ['Ouders koken vaker vers'],
      goal: 'De wijk vitaler maken',
      targetGroups: ['jonge gezinnen'],
    });
    const b = ladder('Thuiszorg Oost', {
      steps: ['Ouderen wandelen elke week'],
      goal: 'De wijk vitaler maken',
      targetGroups: ['kwetsbare ouderen'],
    });
    const nl = compareGoals([a, b]);
    expect(nl.warnings).toHaveLength(1);
    expect(nl.unshared.map((u) => u.explanation)).toEqual([
      'Niemand anders in het netwerk heeft (nog) dit doel voor dezelfde doelgroep: de wijk vitaler maken. Dezelfde woorden staan ook bij Thuiszorg Oost, maar met een andere doelgroep (zie de waarschuwing).',
      'Niemand anders in het netwerk heeft (nog) dit doel voor dezelfde doelgroep: de wijk vitaler maken. Dezelfde woorden staan ook bij Consultatiebureau, maar met een andere doelgroep (zie de waarschuwing).',
    ]);
    const en = compareGoals([a, b], { lang: 'en' });
    expect(en.unshared[0].explanation).toBe(
      'Nobody else in the network has this goal for the same target group (yet): de wijk vitaler maken. Thuiszorg Oost also used the same words, but for a different target group (see the warning).',
    );
  });

  it('keeps ouders (parents) and ouderen (older people) apart, and shows only the group they wrote', () => {
    const a = ladder('Buurthuis', { activity: 'Koffieochtend', goal: 'Eenzame ouderen ontmoeten elkaar' });
    const b = ladder('Kerk', {
      activity: 'Maaltijd op zondag',
      goal: 'Ouderen ontmoeten elkaar en zijn minder eenzaam',
    });
    const result = compareGoals([a, b]);
    expect(result.tags[a.id].targetGroups.map((t) => t.label)).toEqual(['ouderen']);
    expect(result.tags[b.id].targetGroups.map((t) => t.label)).toEqual(['ouderen']);
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0].explanation).toContain('zelfde doelgroep (gevonden in de tekst): ouderen;');
    expect(result.groups[0].explanation).not.toContain('ouders');
    const en = compareGoals([a, b], { lang: 'en' });
    expect(en.groups[0].explanation).toContain('same target group (found in the text): ouderen;');

    const parents = ladder('Consultatiebureau', {
      goal: 'Ouders leren gezond koken',
      targetGroups: ['ouders'],
      themes: ['gezonde voeding'],
    });
    const elderly = ladder('Thuiszorg', {
      goal: 'Ouderen leren gezond koken',
      targetGroups: ['ouderen'],
      themes: ['gezonde voeding'],
    });
    const apart = compareGoals([parents, elderly]);
    expect(apart.groups).toEqual([]);
    expect(apart.warnings).toHaveLength(1);
    expect(apart.warnings[0].explanation).toContain('Consultatiebureau aan ouders, Thuiszorg aan ouderen');
  });

  it('explains a chain per pair: a group never claims that all share what one pair does not', () => {
    const a = ladder('Sportclub', { goal: 'Ouderen bewegen meer', targetGroups: ['ouderen'], themes: ['bewegen'] });
    const b = ladder('Buurthuis', {
      goal: 'Ouderen bewegen samen en ontmoeten elkaar',
      targetGroups: ['ouderen'],
      themes: ['bewegen', 'ontmoeten'],
    });
    const c = ladder('Kerk', { goal: 'Ouderen ontmoeten elkaar', targetGroups: ['ouderen'], themes: ['ontmoeten'] });
    const result = compareGoals([a, b, c]);
    expect(result.pairs.find((p) => p.a === a.id && p.b === c.id)?.verdict).toBe('none');
    expect(result.groups).toHaveLength(1);
    const explanation = result.groups[0].explanation;
    expect(explanation).not.toMatch(/alle 3/);
    expect(explanation).toMatch(/^Jullie doelen hangen samen, maar niet ieder doel met ieder ander: /);
    expect(explanation).toContain(
      'Buurthuis en Sportclub delen een doel (zelfde doelgroep: ouderen; zelfde thema: bewegen',
    );
    expect(explanation).toContain(
      'Buurthuis en Kerk delen een doel (zelfde doelgroep: ouderen; zelfde thema: ontmoeten',
    );
    expect(result.groups[0].commonThemes).toEqual([]);
    const en = compareGoals([a, b, c], { lang: 'en' });
    expect(en.groups[0].explanation).toMatch(
      /^Your goals are related, but not every goal with every other: Buurthuis and Sportclub share a goal \(same target group: ouderen; same theme: bewegen/,
    );
  });

  it('quotes only the main clause of a goal in the headline, never a dangling "zodat ze …"', () => {
    const a = ladder('Wandelclub', {
      goal: 'Mantelzorgers en mensen met dementie verbinden, zodat ze steun aan elkaar hebben',
      targetGroups: ['mantelzorgers', 'mensen met dementie'],
      themes: ['ontmoeten'],
    });
    const b = ladder('Odensehuis', {
      goal: 'Mantelzorgers en mensen met dementie verbinden, zodat ze minder alleen zijn',
      targetGroups: ['mantelzorgers', 'mensen met dementie'],
      themes: ['ontmoeten'],
    });
    const c = ladder('Zorgcentrum', {
      goal: 'Mantelzorgers en mensen met dementie verbinden, zodat ze er niet alleen voor staan',
      targetGroups: ['mantelzorgers', 'mensen met dementie'],
      themes: ['ontmoeten'],
    });
    for (const lang of ['nl', 'en'] as const) {
      const result = compareGoals([a, c, b], { lang });
      expect(result.groups).toHaveLength(1);
      expect(result.groups[0].explanation).not.toContain('zodat');
    }
    expect(compareGoals([a, c, b]).groups[0].explanation).toMatch(
      /^Jullie willen alle 3: mantelzorgers en mensen met dementie verbinden \(/,
    );
    expect(compareGoals([a, c, b], { lang: 'en' }).groups[0].explanation).toMatch(
      /^You all 3 want: mantelzorgers en mensen met dementie verbinden \(/,
    );
  });

  // Its speed (under 100 ms for these 40) is measured in bench/goals.mjs against a baseline of the same run.
  it('compares every pair of 40 partners with ladders of 6 steps', () => {
    const groups = ['ouderen', 'jongeren', 'mantelzorgers', 'jonge gezinnen', 'nieuwkomers', 'mensen met dementie'];
    const themes = ['ontmoeten', 'bewegen', 'gezonde voeding', 'eenzaamheid', 'armoede en schulden', 'zingeving'];
    const ladders = Array.from({ length: 40 }, (_, i) =>
      ladder(`Partner ${i}`, {
        activity: `Activiteit ${i} voor de buurt`,
        steps: Array.from(
          { length: 6 },
          (_, s) => `Stap ${s}: ${groups[(i + s) % 6]} doen mee aan ${themes[(i * s) % 6]} in de wijk`,
        ),
        goal: `${groups[i % 6]} ervaren meer ${themes[i % 6]} en steun van elkaar`,
        targetGroups: [groups[i % 6]],
        themes: [themes[i % 6], themes[(i + 1) % 6]],
        healthDimensions: ['meedoen'],
      }),
    );
    const result = compareGoals(ladders);
    expect(result.pairs).toHaveLength((40 * 39) / 2);
  });
});

describe('goal text normalisation', () => {
  it('folds near-identical roots together and splits compounds into known parts', () => {
    const map = canonicalRoots([
      root('gezin'),
      root('gezinnen'),
      root('dementie'),
      root('demente'),
      root('jong'),
      root('jongeren'),
    ]);
    expect(map.get(root('gezinnen'))).toBe(map.get(root('gezin')));
    expect(map.get(root('dementie'))).toBe(map.get(root('demente')));
    expect(map.get(root('jongeren'))).not.toBe(map.get(root('jong')));
    expect(compoundParts('dementiecafe', new Set([root('dementie'), root('cafe')]))).toEqual([
      root('dementie'),
      root('cafe'),
    ]);
    expect(compoundParts('wandelclub', new Set([root('dementie')]))).toEqual([]);
  });
});
