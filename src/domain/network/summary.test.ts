import { describe, expect, it } from 'vitest';
import { analyseNetwork } from './measures.js';
import { describeNetwork } from './summary.js';

describe('describeNetwork', () => {
  const analysis = analyseNetwork(
    [
      { label: 'Huisarts', domain: 'zorg' },
      { label: 'Wijkverpleging', domain: 'zorg' },
      { label: 'Buurthuis', domain: 'welzijn' },
      { label: 'Corporatie', domain: 'wonen' },
      { label: 'Huurdersvereniging', domain: 'wonen' },
      { label: 'Moestuin', domain: 'welzijn' },
    ],
    [
      { from: 'Huisarts', to: 'Wijkverpleging' },
      { from: 'Wijkverpleging', to: 'Buurthuis' },
      { from: 'Buurthuis', to: 'Corporatie' },
      { from: 'Corporatie', to: 'Huurdersvereniging' },
    ],
  );
  const text = describeNetwork(analysis);

  it('says how big and how dense the network is, with Dutch number format', () => {
    expect(text).toContain('Je netwerk heeft 6 actoren en 4 relaties.');
    // 4 of 15 possible relations.
    expect(text).toContain('bestaat nu 26,7%');
    expect(text).toContain('goed verbonden netwerk');
  });

  it('names the separate parts and the actors without relations', () => {
    expect(text).toContain('Op de actoren zonder relaties na is het netwerk één geheel');
    expect(text).toContain('Deze actor heeft nog geen relaties: Moestuin.');
  });

  it('names the top brokers with a decimal comma', () => {
    // The five connected actors form a path with Buurthuis in the middle: 4 of the 10 pairs of
    // other actors (Moestuin counts too) run through it, 3 through Corporatie and Wijkverpleging.
    expect(text).toContain('De belangrijkste bruggenbouwers zijn Buurthuis (0,4), Corporatie (0,3) en Wijkverpleging (0,3).');
  });

  it('lists domain pairs without any relation', () => {
    expect(text).toContain('- wonen en zorg werken nog niet samen.');
    expect(text).not.toContain('welzijn en zorg werken nog niet samen');
  });

  it('lists groups and modularity', () => {
    expect(text).toMatch(/Het netwerk valt uiteen in 2 groepen/);
    expect(text).toMatch(/De groepen lopen sterk in elkaar over \(modulariteit 0,\d+; vanaf 0,3 zijn groepen duidelijk\)\./);
  });

  it('counts separate parts apart from the actors without relations', () => {
    const parts = describeNetwork(
      analyseNetwork(
        ['A', 'B', 'C', 'D', 'E'].map((label) => ({ label })),
        [
          { from: 'A', to: 'B' },
          { from: 'C', to: 'D' },
        ],
      ),
    );
    expect(parts).toContain('- Het netwerk bestaat uit 2 losse delen. Tussen die delen loopt geen enkele relatie.');
    expect(parts).toContain('- Deze actor heeft nog geen relaties: E.');
  });

  it('handles a network of one actor in plain words', () => {
    const one = describeNetwork(analyseNetwork([{ label: 'Buurthuis', domain: '' }], []));
    expect(one).toContain('Je netwerk heeft 1 actor en 0 relaties.');
    expect(one).toContain('Er zijn geen bruggenbouwers');
    expect(one).toContain('Alle actoren horen bij hetzelfde domein (overig).');
  });

  it('shortens long lists', () => {
    const labels = Array.from({ length: 12 }, (_, i) => `Actor ${String(i + 1).padStart(2, '0')}`);
    const alone = describeNetwork(analyseNetwork(labels.map((label) => ({ label })), []));
    expect(alone).toContain('Deze 12 actoren hebben nog geen relaties: Actor 01, Actor 02, Actor 03, Actor 04, Actor 05, Actor 06, Actor 07, Actor 08 en 4 anderen.');
  });
});
