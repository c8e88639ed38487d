import { describe, expect, it } from 'vitest';
import { proposeMatches, type MatchActor } from './match.js';

const actor = (id: string, name: string, more: Partial<MatchActor> = {}): MatchActor => ({
  id,
  name,
  kind: 'organisation',
  domain: 'overig',
  themes: [],
  targetGroups: [],
  description: '',
  ...more,
});

const NETWORK: MatchActor[] = [
  actor('ggd', 'GGD Gelderland-Zuid', { domain: 'zorg', themes: ['gezond opgroeien'] }),
  actor('gp', 'Huisartsenpraktijk De Linde', { domain: 'zorg' }),
  actor('buurtzorg', 'Buurtzorg Arnhem-Oost', { domain: 'zorg', description: 'Wijkverpleging aan huis' }),
  actor('welzijn', 'Rijnstad', { domain: 'welzijn', themes: ['mantelzorg', 'ontmoeten'] }),
  actor('vivare', 'Vivare', { domain: 'wonen' }),
  actor('school', 'De Kleine Prins', { domain: 'onderwijs' }),
  actor('joke', 'Joke Jansen', { kind: 'person', domain: 'bewoners' }),
  actor('moestuin', 'Moestuin Oost', { kind: 'initiative', domain: 'bewoners' }),
  actor('bakker', 'Bakkerij Van Dam', { domain: 'ondernemers' }),
  actor('zorg', 'Zorgcentrum De Weerd', { domain: 'zorg', description: 'Verpleeghuis en dagbesteding' }),
];

const ids = (name: string, searchQuery?: string, actorIds?: string[]) =>
  proposeMatches({ name, searchQuery, actorIds }, NETWORK).map((m) => m.actorId);

describe('wie-is-wie proposes partners that fill a function', () => {
  it('the GGD for jeugdgezondheidszorg, by what the GGD does', () => {
    expect(ids('Jeugdgezondheidszorg')).toEqual(['ggd']);
    const [m] = proposeMatches({ name: 'Jeugdgezondheidszorg' }, NETWORK);
    expect(m.reasons).toContainEqual({ field: 'name', value: 'ggd' });
    expect(m.reasons).toContainEqual({ field: 'domain', value: 'zorg' });
  });

  it('a GP practice for "huisarts": the compound word starts with the function', () => {
    expect(ids('Huisarts', 'huisarts')).toEqual(['gp']);
  });

  it('by description and domain: wijkverpleging in what Buurtzorg writes about itself', () => {
    expect(ids('Wijkverpleegkundige', 'wijkverpleging')).toEqual(['buurtzorg']);
  });

  it('by theme: a welfare organisation working on mantelzorg', () => {
    const [m] = proposeMatches({ name: 'Mantelzorgondersteuning', searchQuery: 'mantelzorg' }, NETWORK);
    expect(m).toMatchObject({
      actorId: 'welzijn',
      reasons: [
        { field: 'themes', value: 'mantelzorg' },
        { field: 'domain', value: 'welzijn' },
      ],
    });
  });

  it('by domain alone only where every partner of that domain fills it: housing, schools, businesses', () => {
    expect(ids('Woningcorporatie', 'woningcorporatie')).toEqual(['vivare']);
    expect(ids('School', 'school')).toEqual(['school']);
    expect(ids('Lokale ondernemers', 'ondernemer')).toEqual(['bakker']);
    // A zorg domain alone does not make a care home a GP or the GGD.
    expect(ids('Huisarts')).not.toContain('zorg');
    expect(ids('GGD', 'ggd')).toEqual(['ggd']);
  });

  it('by kind: a person is a key figure, an initiative a residents’ initiative', () => {
    expect(ids('Sleutelfiguren', 'sleutelfiguur')).toEqual(['joke']);
    expect(ids('Bewonersinitiatieven', 'bewonersinitiatief')).toEqual(['moestuin']);
  });

  it('a network’s own function by its own words', () => {
    const network = [...NETWORK, actor('coach', 'Sportbedrijf', { description: 'De buurtsportcoach van Oost' })];
    expect(proposeMatches({ name: 'Buurtsportcoach' }, network).map((m) => m.actorId)).toEqual(['coach']);
  });

  it('proposes nobody when nothing fits, and never a partner already linked', () => {
    expect(ids('Wijkagent', 'wijkagent')).toEqual([]);
    expect(ids('Bibliotheek', 'bibliotheek')).toEqual([]);
    expect(ids('Jeugdgezondheidszorg', undefined, ['ggd'])).toEqual([]);
  });

  it('short words match whole words only: "poh" is not found inside another word', () => {
    const network = [actor('x', 'Pohlmann Advies', { domain: 'zorg' })];
    expect(
      proposeMatches({ name: 'POH-GGZ (praktijkondersteuner GGZ)', searchQuery: 'praktijkondersteuner' }, network),
    ).toEqual([]);
  });
});
