/**
 * Plain-language Dutch summary (B1, "je" form) of a network analysis, for people who do not
 * read network measures: what the numbers mean for the neighbourhood network, not the numbers.
 */

import type { NetworkAnalysis } from './measures.js';

const decimal = new Intl.NumberFormat('nl-NL', { maximumSignificantDigits: 2 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('nl-NL');

/** Long lists are cut off here so the summary stays readable for big networks. */
const MAX_NAMES = 8;
const MAX_BROKERS = 3;
const MAX_COMMUNITIES = 5;
const MAX_MEMBERS = 5;

function count(n: number, one: string, many: string): string {
  return `${whole.format(n)} ${n === 1 ? one : many}`;
}

/** "A", "A en B", "A, B en C"; longer lists end in "en 4 anderen". */
function joinNames(names: readonly string[], max = MAX_NAMES): string {
  const shown = names.length > max ? [...names.slice(0, max), `${whole.format(names.length - max)} anderen`] : [...names];
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} en ${shown[shown.length - 1]}`;
}

function describeDensity(density: number): string {
  if (density < 0.05) return 'Dat is een los netwerk: de meeste actoren hebben geen directe relatie met elkaar.';
  if (density < 0.2) return 'Dat is een netwerk met een redelijk aantal relaties: veel actoren kennen elkaar via via.';
  if (density < 0.5) return 'Dat is een goed verbonden netwerk: veel actoren hebben direct contact met elkaar.';
  return 'Dat is een heel dicht netwerk: bijna iedereen heeft direct contact met elkaar.';
}

function cohesion(a: NetworkAnalysis): string[] {
  const lines = [
    `- Van alle relaties die mogelijk zijn, bestaat nu ${percent.format(a.density)}. ${describeDensity(a.density)}`,
  ];
  // Actors without relations are components too, but for people they are a separate point.
  const groups = a.components - a.isolated.length;
  if (groups === 1) {
    lines.push(
      a.isolated.length === 0
        ? '- Het netwerk is één geheel: iedereen is via via met elkaar verbonden.'
        : '- Op de actoren zonder relaties na is het netwerk één geheel: de anderen zijn via via met elkaar verbonden.',
    );
  } else if (groups > 1) {
    lines.push(`- Het netwerk bestaat uit ${whole.format(groups)} losse delen. Tussen die delen loopt geen enkele relatie.`);
  }
  if (a.isolated.length > 0) {
    lines.push(
      `- ${a.isolated.length === 1 ? 'Deze actor heeft' : `Deze ${whole.format(a.isolated.length)} actoren hebben`} nog geen relaties: ${joinNames(a.isolated)}.`,
    );
  }
  return lines;
}

function brokers(a: NetworkAnalysis): string[] {
  const top = a.centrality.filter((c) => c.betweenness > 0).slice(0, MAX_BROKERS);
  if (top.length === 0) {
    return ['- Er zijn geen bruggenbouwers: geen enkele actor zit tussen twee anderen in die elkaar niet direct kennen.'];
  }
  const names = top.map((c) => `${c.label} (${decimal.format(c.betweenness)})`);
  return [
    `- ${top.length === 1 ? 'De belangrijkste bruggenbouwer is' : 'De belangrijkste bruggenbouwers zijn'} ${joinNames(names)}.`,
    '- Zij verbinden actoren die elkaar anders niet of alleen via een omweg bereiken. Als zij wegvallen, raakt het netwerk een deel van zijn verbindingen kwijt.',
    '- Het getal tussen haakjes loopt van 0 tot 1: hoe hoger, hoe vaker de kortste weg tussen twee andere actoren via deze actor loopt.',
  ];
}

function clusters(a: NetworkAnalysis): string[] {
  const groups = a.communities.filter((c) => c.length > 1);
  if (groups.length === 0) return ['- Er zijn geen groepen gevonden: daarvoor zijn er nog te weinig relaties.'];
  const lines = [
    groups.length === 1
      ? '- Het netwerk vormt één groep: er zijn geen duidelijke clusters.'
      : `- Het netwerk valt uiteen in ${whole.format(groups.length)} groepen actoren die onderling veel relaties hebben.`,
  ];
  groups.slice(0, MAX_COMMUNITIES).forEach((members, i) => {
    lines.push(`  ${whole.format(i + 1)}. ${count(members.length, 'actor', 'actoren')}: ${joinNames(members, MAX_MEMBERS)}.`);
  });
  if (groups.length > MAX_COMMUNITIES) {
    lines.push(`  En nog ${count(groups.length - MAX_COMMUNITIES, 'groep', 'groepen')}.`);
  }
  if (groups.length > 1) {
    const clear = a.modularity >= 0.3 ? 'De groepen zijn duidelijk van elkaar te onderscheiden' : 'De groepen lopen sterk in elkaar over';
    lines.push(`- ${clear} (modulariteit ${decimal.format(a.modularity)}; vanaf 0,3 zijn groepen duidelijk).`);
  }
  return lines;
}

function domains(a: NetworkAnalysis): string[] {
  const names = Object.keys(a.crossDomain);
  if (names.length < 2) return [`- Alle actoren horen bij hetzelfde domein (${names[0] ?? 'overig'}).`];
  const missing: string[] = [];
  names.forEach((x, i) => {
    for (const y of names.slice(i + 1)) {
      if (a.crossDomain[x][y] === 0) missing.push(`- ${x} en ${y} werken nog niet samen.`);
    }
  });
  if (missing.length === 0) return ['- Alle domeinen hebben minstens één relatie met elkaar.'];
  return missing;
}

export function describeNetwork(a: NetworkAnalysis): string {
  return [
    'Netwerkanalyse',
    `Je netwerk heeft ${count(a.actors, 'actor', 'actoren')} en ${count(a.relations, 'relatie', 'relaties')}.`,
    '',
    'Samenhang',
    ...cohesion(a),
    '',
    'Bruggenbouwers',
    ...brokers(a),
    '',
    'Groepen',
    ...clusters(a),
    '',
    'Samenwerking tussen domeinen',
    ...domains(a),
    '',
  ].join('\n');
}
