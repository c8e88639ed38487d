import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mulberry32 } from '../random.js';
import {
  prepareReading,
  readNetwork,
  type NetworkReading,
  type ReadingActor,
  type ReadingRelation,
} from './reading.js';
import { readingNl } from './reading-nl.js';
import { readingEn } from './reading-en.js';

const actor = (name: string, domain?: string, id = name): ReadingActor => ({ id, name, domain });
const pairs = (list: string): ReadingRelation[] =>
  list.split(' ').map((pair) => {
    const [from, to] = pair.split('-');
    return { from, to };
  });

/** The reading with every actor reference reduced to its name: what must match across sources. */
const byName = (r: NetworkReading) => ({
  ...r,
  isolated: r.isolated.map((a) => a.name),
  brokers: r.brokers.map((b) => [b.name, b.betweenness]),
  groups: r.groups.map((g) => g.map((a) => a.name)),
});

// A path Huisarts – Wijkverpleging – Buurthuis – Corporatie – Huurdersvereniging, and Moestuin alone.
const path = readNetwork(
  [
    actor('Huisarts', 'zorg'),
    actor('Wijkverpleging', 'zorg'),
    actor('Buurthuis', 'welzijn'),
    actor('Corporatie', 'wonen'),
    actor('Huurdersvereniging', 'wonen'),
    actor('Moestuin', 'welzijn'),
  ],
  pairs('Huisarts-Wijkverpleging Wijkverpleging-Buurthuis Buurthuis-Corporatie Corporatie-Huurdersvereniging'),
).reading;

describe('readNetwork', () => {
  it('gives density and its band, parts and isolated actors, computed by hand', () => {
    // 4 of the 6·5/2 = 15 possible relations.
    expect(path.density).toBeCloseTo(4 / 15, 15);
    expect(path.densityBand).toBe('connected');
    expect(path.parts).toBe(1);
    expect(path.isolated.map((a) => a.name)).toEqual(['Moestuin']);
  });

  it('names the brokers: highest betweenness first, ties in name order', () => {
    // Normalised by (n − 1)(n − 2)/2 = 10 pairs of other actors: 4 pairs run through Buurthuis,
    // 3 through Wijkverpleging and 3 through Corporatie.
    expect(path.brokers.map((b) => b.name)).toEqual(['Buurthuis', 'Corporatie', 'Wijkverpleging']);
    expect(path.brokers.map((b) => b.betweenness)).toEqual([
      expect.closeTo(0.4, 12),
      expect.closeTo(0.3, 12),
      expect.closeTo(0.3, 12),
    ]);
  });

  it('finds the groups without the isolated actor, with the best modularity of a path of five', () => {
    // Splitting the path 2 + 3 gives 1/4 − (3/8)² + 2/4 − (5/8)² = 7/32, the best any split reaches.
    expect(path.groups.map((g) => g.length)).toEqual([3, 2]);
    expect(path.groups.flat().map((a) => a.name)).not.toContain('Moestuin');
    expect(path.modularity).toBeCloseTo(7 / 32, 12);
    expect(path.separation).toBe('overlapping');
  });

  it('lists the pairs of domains without any relation', () => {
    expect(path.domains).toEqual(['welzijn', 'wonen', 'zorg']);
    expect(path.domainGaps).toEqual([{ a: 'wonen', b: 'zorg' }]);
  });

  it('counts parts of two or more actors and isolated actors apart, in every finding', () => {
    const r = readNetwork(
      ['A', 'B', 'C', 'D', 'E'].map((n) => actor(n)),
      pairs('A-B C-D'),
    ).reading;
    expect(r.parts).toBe(2);
    expect(r.isolated.map((a) => a.name)).toEqual(['E']);
    expect(r.groups.map((g) => g.map((a) => a.name))).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
    // Two separate relations: 2 · (1/2 − (2/4)²) = 1/2.
    expect(r.modularity).toBeCloseTo(0.5, 15);
    expect(r.separation).toBe('clear');
  });

  it('has no parts and no groups without relations', () => {
    const r = readNetwork([actor('A'), actor('B')], []).reading;
    expect(r).toMatchObject({
      parts: 0,
      groups: [],
      modularity: 0,
      separation: null,
      densityBand: 'loose',
      brokers: [],
    });
  });

  it('puts actors in one order: normalised name, then exact name, then id', () => {
    const r = readNetwork(
      [
        actor('Zorg', undefined, '1'),
        actor('Émile', undefined, '2'),
        actor('Café', undefined, '3'),
        actor('bakker', undefined, '4'),
        actor('Cafe', undefined, '5'),
        actor('Anna', undefined, 'b'),
        actor('Anna', undefined, 'a'),
      ],
      [],
    ).reading;
    expect(r.isolated.map((a) => a.id)).toEqual(['a', 'b', '4', '5', '3', '2', '1']);
  });

  describe.each(
    (
      JSON.parse(readFileSync(new URL('./fixtures/networks.json', import.meta.url), 'utf8')) as {
        networks: {
          name: string;
          actors: { label: string; domain: string }[];
          relations: { from: string; to: string }[];
        }[];
      }
    ).networks,
  )('gives the same reading whatever the order and the ids ($name)', (fx) => {
    it('after shuffling actors and relations, turning relations round and renaming every id', () => {
      const original = readNetwork(
        fx.actors.map((a) => actor(a.label, a.domain)),
        fx.relations,
      );
      let seed = 7;
      const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
      const shuffle = <T>(list: T[]) =>
        list
          .map((x) => [random(), x] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, x]) => x);
      const newId = new Map(fx.actors.map((a, i) => [a.label, `id-${(i * 7919) % 1000}`]));
      const shuffled = readNetwork(
        shuffle(fx.actors.map((a) => actor(a.label, a.domain, newId.get(a.label)))),
        shuffle(
          fx.relations.map((r, i) =>
            i % 2
              ? { from: newId.get(r.to)!, to: newId.get(r.from)! }
              : { from: newId.get(r.from)!, to: newId.get(r.to)! },
          ),
        ),
      );
      expect(byName(shuffled.reading)).toEqual(byName(original.reading));
      expect(shuffled.centrality.map((c) => c.name)).toEqual(original.centrality.map((c) => c.name));
    });
  });

  it('orders relations by their earlier and later actor, repeats in input order, unknown actors last', () => {
    // The order as a comparison sort gave it before the counting sorts: a stable sort of the
    // rows by (earlier, later) position in the actor order, rows with an unknown actor last.
    const random = mulberry32(7);
    for (let round = 0; round < 20; round++) {
      const n = 1 + Math.floor(random() * 30);
      const actors = Array.from({ length: n }, (_, i) => actor(`A${Math.floor(random() * 1000)}-${i}`));
      const label = () => (random() < 0.05 ? 'onbekend' : actors[Math.floor(random() * n)].id);
      const relations = Array.from({ length: Math.floor(random() * 80) }, () => ({ from: label(), to: label() }));
      const prepared = prepareReading(actors, relations);
      const key = (r: ReadingRelation) => {
        const [u, v] = [prepared.rank.get(r.from), prepared.rank.get(r.to)];
        return u === undefined || v === undefined ? [n, 0] : [Math.min(u, v), Math.max(u, v)];
      };
      const expected = relations
        .map((_, i) => i)
        .sort((i, j) => {
          const [x, y] = [key(relations[i]), key(relations[j])];
          return x[0] - y[0] || x[1] - y[1];
        });
      expect(prepared.relationOrder).toEqual(expected);
    }
  });

  it('points warnings at the rows as passed in, naming the pair as that row does', () => {
    const { warnings } = readNetwork([actor('B'), actor('A'), actor('C')], pairs('A-B B-A C-C A-B'));
    expect(warnings).toEqual([
      { kind: 'repeated-relation', index: 1, firstIndex: 0, from: 'B', to: 'A' },
      { kind: 'self-relation', index: 2, label: 'C' },
      { kind: 'repeated-relation', index: 3, firstIndex: 0, from: 'A', to: 'B' },
    ]);
  });
});

describe('the reading in Dutch and English', () => {
  it('says every finding of the path network in plain Dutch, with Dutch numbers', () => {
    expect(readingNl(path)).toEqual([
      'Het netwerk heeft 6 partners en 4 relaties.',
      'Van alle relaties die mogelijk zijn, bestaat nu 26,7%. Dat is een goed verbonden netwerk: veel partners werken direct met elkaar samen.',
      'Op de partners zonder relatie na is het netwerk één geheel: de anderen zijn direct of via via met elkaar verbonden.',
      'Deze partner heeft nog geen relatie: Moestuin.',
      'De belangrijkste verbinders zijn Buurthuis (0,4), Corporatie (0,3) en Wijkverpleging (0,3).',
      expect.stringMatching(/^Een verbinder brengt partners bij elkaar/),
      'Er zijn 2 groepen die vooral onderling samenwerken. De groepen lopen sterk in elkaar over (modulariteit 0,22; vanaf 0,3 zijn groepen duidelijk).',
      'Groep 1: Buurthuis, Corporatie en Huurdersvereniging.',
      'Groep 2: Huisarts en Wijkverpleging.',
      'Wonen en zorg werken nog niet samen.',
    ]);
  });

  it('says the same in English, with domain names from the caller', () => {
    const names: Record<string, string> = { welzijn: 'welfare', wonen: 'housing', zorg: 'care' };
    const en = readingEn(path, { domainName: (d) => names[d] });
    expect(en).toHaveLength(readingNl(path).length);
    expect(en[1]).toBe(
      'Of all possible relations, 26.7% exist now. This is a well-connected network: many partners work together directly.',
    );
    expect(en[4]).toBe('The most important connectors are Buurthuis (0.4), Corporatie (0.3) and Wijkverpleging (0.3).');
    expect(en[9]).toBe('Housing and care do not work together yet.');
  });

  it('uses one and other forms, never "1 groepen"', () => {
    const one = readNetwork([actor('A', 'zorg'), actor('B', 'zorg'), actor('C', 'zorg')], pairs('A-B')).reading;
    expect(readingNl(one)).toEqual(
      expect.arrayContaining([
        'Het netwerk heeft 3 partners en 1 relatie.',
        'Deze partner heeft nog geen relatie: C.',
        'Alle partners horen bij hetzelfde domein: zorg. Zoek partners uit andere domeinen.',
      ]),
    );
    expect(readingEn(one)).toContain('The network has 3 partners and 1 relation.');

    // Seven separate relations: seven parts and seven groups, five of them named.
    const letters = 'ABCDEFGHIJKLMN'.split('');
    const seven = readNetwork(
      letters.map((l, i) => actor(l, `d${Math.floor(i / 2)}`)),
      pairs('A-B C-D E-F G-H I-J K-L M-N'),
    ).reading;
    const nl = readingNl(seven);
    expect(nl).toContain('Het netwerk bestaat uit 7 losse delen. Tussen die delen loopt geen enkele relatie.');
    expect(nl).toContain('Groep 5: I en J.');
    expect(nl).not.toContain('Groep 6: K en L.');
    expect(nl).toContain('En nog 2 groepen.');
    // 7 domains, 21 pairs, none linked: three named, then the rest counted.
    expect(nl).toContain('D0 en d1 werken nog niet samen.');
    expect(nl).toContain('En nog 18 paren domeinen die nog niet samenwerken.');
    expect(readingEn(seven)).toContain('And 2 more groups.');

    const noRelations = readNetwork(
      letters.slice(0, 12).map((l) => actor(l)),
      [],
    ).reading;
    expect(readingNl(noRelations)).toEqual([
      'Het netwerk heeft 12 partners en 0 relaties.',
      expect.stringMatching(/^Er zijn nog geen relaties ingevuld/),
    ]);
  });

  it('cuts long lists of names', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Partner ${String(i + 1).padStart(2, '0')}`);
    const r = readNetwork([...names.map((n) => actor(n)), actor('X'), actor('Y')], pairs('X-Y')).reading;
    expect(readingNl(r)).toContain(
      'Deze 12 partners hebben nog geen relatie: Partner 01, Partner 02, Partner 03, Partner 04, Partner 05, Partner 06, Partner 07, Partner 08 en 4 anderen.',
    );
    expect(readingEn(r)).toContain(
      'These 12 partners have no relation yet: Partner 01, Partner 02, Partner 03, Partner 04, Partner 05, Partner 06, Partner 07, Partner 08 and 4 others.',
    );
  });

  it('has one sentence for an empty network', () => {
    const empty = readNetwork([], []).reading;
    expect(readingNl(empty)).toEqual(['Er staan nog geen partners in dit netwerk. Voeg de eerste partner toe.']);
    expect(readingEn(empty)).toEqual(['There are no partners in this network yet. Add the first partner.']);
  });
});
