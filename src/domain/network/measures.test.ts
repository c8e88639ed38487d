import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyseNetwork, type ActorInput, type NetworkAnalysis, type RelationInput } from './measures.js';

const actorsOf = (labels: string[], domain = 'zorg'): ActorInput[] => labels.map((label) => ({ label, domain }));
const rel = (pairs: string): RelationInput[] =>
  pairs.split(' ').map((pair) => {
    const [from, to] = pair.split('-');
    return { from, to };
  });
const byLabel = (a: NetworkAnalysis) => new Map(a.centrality.map((c) => [c.label, c]));

describe('analyseNetwork on small graphs computed by hand', () => {
  it('path A-B-C-D', () => {
    const a = analyseNetwork(actorsOf(['A', 'B', 'C', 'D']), rel('A-B B-C C-D'));
    expect(a.actors).toBe(4);
    expect(a.relations).toBe(3);
    expect(a.density).toBeCloseTo(0.5, 15); // 2·3 / (4·3)
    expect(a.components).toBe(1);
    expect(a.isolated).toEqual([]);
    // B lies on A–C and A–D: 2 of the 3 pairs without B, normalised by (n−1)(n−2)/2 = 3.
    expect(a.centrality).toEqual([
      { label: 'B', degree: 2 / 3, betweenness: 2 / 3 },
      { label: 'C', degree: 2 / 3, betweenness: 2 / 3 },
      { label: 'A', degree: 1 / 3, betweenness: 0 },
      { label: 'D', degree: 1 / 3, betweenness: 0 },
    ]);
  });

  it('star with centre H and four leaves', () => {
    const a = analyseNetwork(actorsOf(['L1', 'L2', 'H', 'L3', 'L4']), rel('H-L1 H-L2 L3-H L4-H'));
    const c = byLabel(a);
    expect(c.get('H')).toEqual({ label: 'H', degree: 1, betweenness: 1 });
    expect(c.get('L1')).toEqual({ label: 'L1', degree: 0.25, betweenness: 0 });
    expect(a.centrality.map((e) => e.label)).toEqual(['H', 'L1', 'L2', 'L3', 'L4']);
    expect(a.density).toBeCloseTo(0.4, 15);
  });

  it('two triangles joined by a bridge C-D', () => {
    const a = analyseNetwork(actorsOf(['A', 'B', 'C', 'D', 'E', 'F']), rel('A-B B-C A-C D-E E-F D-F C-D'));
    const c = byLabel(a);
    // C is on every path from {A,B} to {D,E,F} (6 pairs) and D-side likewise;
    // normalised by (n−1)(n−2)/2 = 10 unordered pairs.
    expect(c.get('C')!.betweenness).toBeCloseTo(0.6, 15);
    expect(c.get('D')!.betweenness).toBeCloseTo(0.6, 15);
    expect(c.get('A')!.betweenness).toBe(0);
    expect(c.get('C')!.degree).toBeCloseTo(0.6, 15);
    expect(a.components).toBe(1);
    expect(a.density).toBeCloseTo(7 / 15, 15);
    expect(a.communities).toEqual([
      ['A', 'B', 'C'],
      ['D', 'E', 'F'],
    ]);
    // Each triangle: 3 edges inside, degree sum 7, m = 7 → 2·(3/7 − (7/14)²).
    expect(a.modularity).toBeCloseTo(2 * (3 / 7 - 0.25), 14);
  });

  it('disconnected graph with isolated actors', () => {
    const a = analyseNetwork(actorsOf(['Z', 'A', 'B', 'C', 'D', 'Y']), rel('A-B C-D'));
    expect(a.components).toBe(4);
    expect(a.isolated).toEqual(['Y', 'Z']);
    expect(a.density).toBeCloseTo(2 / 15, 15);
    expect(a.centrality.every((e) => e.betweenness === 0)).toBe(true);
    expect(a.centrality.map((e) => e.label)).toEqual(['A', 'B', 'C', 'D', 'Y', 'Z']);
    expect(a.communities).toEqual([['A', 'B'], ['C', 'D'], ['Y'], ['Z']]);
    // Each pair: 1 edge inside, degree sum 2, m = 2 → 2·(1/2 − (2/4)²).
    expect(a.modularity).toBeCloseTo(0.5, 15);
  });

  it('tiny networks: no division by zero', () => {
    const none = analyseNetwork([], []);
    expect(none).toMatchObject({ actors: 0, relations: 0, density: 0, components: 0, modularity: 0, communities: [] });
    const one = analyseNetwork(actorsOf(['A']), []);
    expect(one).toMatchObject({ density: 0, components: 1, isolated: ['A'], communities: [['A']], modularity: 0 });
    expect(one.centrality).toEqual([{ label: 'A', degree: 0, betweenness: 0 }]);
    const two = analyseNetwork(actorsOf(['A', 'B']), rel('A-B'));
    expect(two.density).toBe(1);
    expect(two.centrality).toEqual([
      { label: 'A', degree: 1, betweenness: 0 },
      { label: 'B', degree: 1, betweenness: 0 },
    ]);
  });

  it('ignores self-relations, repeats in either direction and unknown actors, with warnings', () => {
    const a = analyseNetwork(
      [...actorsOf(['A', 'B', 'C']), { label: 'A', domain: 'wonen' }],
      rel('A-B B-A A-A A-B B-C C-X'),
    );
    expect(a.actors).toBe(3);
    expect(a.relations).toBe(2);
    expect(a.warnings).toEqual([
      { kind: 'duplicate-actor', index: 3, firstIndex: 0, label: 'A' },
      { kind: 'repeated-relation', index: 1, firstIndex: 0, from: 'B', to: 'A' },
      { kind: 'self-relation', index: 2, label: 'A' },
      { kind: 'repeated-relation', index: 3, firstIndex: 0, from: 'A', to: 'B' },
      { kind: 'unknown-actor', index: 5, label: 'X' },
    ]);
  });
});

describe('crossDomain', () => {
  it('counts relations per pair of domains, symmetric, with zero rows and overig for a missing domain', () => {
    const a = analyseNetwork(
      [
        { label: 'Huisarts', domain: 'zorg' },
        { label: 'Wijkverpleging', domain: 'zorg' },
        { label: 'Corporatie', domain: 'wonen' },
        { label: 'Buurthuis', domain: ' ' },
        { label: 'Bewoner' },
        { label: 'School', domain: 'onderwijs' },
      ],
      [
        { from: 'Huisarts', to: 'Wijkverpleging' },
        { from: 'Wijkverpleging', to: 'Buurthuis' },
        { from: 'Corporatie', to: 'Buurthuis' },
        { from: 'Bewoner', to: 'Buurthuis' },
      ],
    );
    expect(a.crossDomain).toEqual({
      onderwijs: { onderwijs: 0, overig: 0, wonen: 0, zorg: 0 },
      overig: { onderwijs: 0, overig: 1, wonen: 1, zorg: 1 },
      wonen: { onderwijs: 0, overig: 1, wonen: 0, zorg: 0 },
      zorg: { onderwijs: 0, overig: 1, wonen: 0, zorg: 1 },
    });
    expect(Object.keys(a.crossDomain)).toEqual(['onderwijs', 'overig', 'wonen', 'zorg']);
  });
});

describe('Louvain communities', () => {
  const clique = (prefix: string, size: number) => {
    const labels = Array.from({ length: size }, (_, i) => `${prefix}${i}`);
    const relations: RelationInput[] = [];
    for (let i = 0; i < size; i++)
      for (let j = i + 1; j < size; j++) relations.push({ from: labels[i], to: labels[j] });
    return { labels, relations };
  };

  it('finds two dense cliques joined by one edge', () => {
    const left = clique('L', 8);
    const right = clique('R', 8);
    const a = analyseNetwork(actorsOf([...left.labels, ...right.labels]), [
      ...left.relations,
      ...right.relations,
      { from: 'L3', to: 'R5' },
    ]);
    expect(a.communities).toEqual([[...left.labels].sort(), [...right.labels].sort()]);
  });

  it('gives identical output on every run', () => {
    const fixture = loadFixtures().networks[1];
    const first = analyseNetwork(fixture.actors, fixture.relations);
    for (let run = 0; run < 3; run++) {
      expect(analyseNetwork(fixture.actors, fixture.relations)).toEqual(first);
    }
  });
});

interface Fixture {
  name: string;
  actors: ActorInput[];
  relations: RelationInput[];
  ignoredRelations: number;
  expected: {
    actors: number;
    relations: number;
    density: number;
    components: number;
    isolated: string[];
    degree: Record<string, number>;
    betweenness: Record<string, number>;
    crossDomain: Record<string, Record<string, number>>;
    communities: string[][];
    modularity: number;
    networkxLouvainModularity: number;
  };
}

function loadFixtures(): { generatedWith: string; networks: Fixture[] } {
  return JSON.parse(readFileSync(new URL('./fixtures/networks.json', import.meta.url), 'utf8'));
}

describe('agrees with NetworkX (fixtures/make-fixtures.py)', () => {
  for (const fixture of loadFixtures().networks) {
    describe(fixture.name, () => {
      const a = analyseNetwork(fixture.actors, fixture.relations);
      const e = fixture.expected;

      it('counts, density, components, isolated actors, domains', () => {
        expect(a.actors).toBe(e.actors);
        expect(a.relations).toBe(e.relations);
        expect(a.warnings).toHaveLength(fixture.ignoredRelations);
        expect(Math.abs(a.density - e.density)).toBeLessThan(1e-12);
        expect(a.components).toBe(e.components);
        expect(a.isolated).toEqual(e.isolated);
        expect(a.crossDomain).toEqual(e.crossDomain);
      });

      it('degree and betweenness centrality to 1e-12', () => {
        expect(a.centrality).toHaveLength(e.actors);
        for (const c of a.centrality) {
          expect(Math.abs(c.degree - e.degree[c.label])).toBeLessThan(1e-12);
          expect(Math.abs(c.betweenness - e.betweenness[c.label])).toBeLessThan(1e-12);
        }
        for (let i = 1; i < a.centrality.length; i++) {
          expect(a.centrality[i - 1].betweenness).toBeGreaterThanOrEqual(a.centrality[i].betweenness - 1e-12);
        }
      });

      it('modularity of our partition equals NetworkX modularity() for it', () => {
        // The fixture holds the partition our Louvain produced when it was generated.
        expect(a.communities).toEqual(e.communities);
        expect(Math.abs(a.modularity - e.modularity)).toBeLessThan(1e-12);
        // A different random order changes the result a little, never by much.
        expect(a.modularity).toBeGreaterThan(e.networkxLouvainModularity - 0.02);
      });
    });
  }
});
