/**
 * The network analysis in plain Dutch (B1): what the numbers mean for the network, with the
 * numbers in Dutch notation. Pure, so the web app can use it too.
 */

export interface Named {
  id: string;
  name: string;
}

export interface SummaryInput {
  actors: number;
  relations: number;
  density: number;
  components: number;
  isolated: Named[];
  brokers: Named[];
  communities: number;
  modularity: number;
  missingDomainPairs: { a: string; b: string }[];
}

export const dutchNumber = (x: number, digits = 2): string =>
  x.toLocaleString('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: digits });

const list = (names: string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;

/** "zorg en wonen werken nog niet samen" */
export const domainPairText = (a: string, b: string): string => `${a} en ${b} werken nog niet samen`;

export function summarise(s: SummaryInput): string[] {
  if (s.actors === 0) return ['Nog geen partners in dit netwerk. Voeg de eerste partner toe.'];
  const out: string[] = [];
  out.push(`Het netwerk heeft ${s.actors} ${s.actors === 1 ? 'partner' : 'partners'} en ${s.relations} ${s.relations === 1 ? 'relatie' : 'relaties'}.`);
  if (s.relations === 0) {
    out.push('Er zijn nog geen relaties ingevuld. Vul in wie met wie samenwerkt, dan zie je hoe het netwerk eruitziet.');
    return out;
  }
  out.push(
    `De dichtheid is ${dutchNumber(s.density)}: van alle relaties die mogelijk zijn, bestaat ${dutchNumber(s.density * 100, 0)}%.` +
      (s.density < 0.2 ? ' Dat is weinig: veel partners kennen elkaar nog niet.' : ''),
  );
  out.push(
    s.components === 1
      ? 'Alle partners zijn met elkaar verbonden, direct of via anderen.'
      : `Het netwerk valt uiteen in ${s.components} losse delen die niet met elkaar verbonden zijn.`,
  );
  if (s.isolated.length) out.push(`Nog zonder relatie: ${list(s.isolated.map((a) => a.name))}.`);
  if (s.brokers.length) {
    out.push(`Belangrijke verbinders (zij brengen partners bij elkaar die elkaar anders niet bereiken): ${list(s.brokers.map((a) => a.name))}.`);
  }
  if (s.communities > 1) {
    out.push(`Er zijn ${s.communities} groepen die vooral onderling samenwerken (modulariteit ${dutchNumber(s.modularity)}; boven 0,3 zijn de groepen duidelijk).`);
  }
  if (s.missingDomainPairs.length) {
    const pairs = s.missingDomainPairs.map((p) => domainPairText(p.a, p.b));
    out.push(
      pairs.length <= 3
        ? `Tussen domeinen: ${list(pairs)}.`
        : `${pairs.length} paren van domeinen werken nog niet samen, bijvoorbeeld: ${list(pairs.slice(0, 3))}. De domein-matrix laat alle paren zien.`,
    );
  }
  return out;
}
