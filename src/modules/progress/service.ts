import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { parseList } from '../common/json.js';
import { progressRepository } from './repository.js';
import type { PhaseProgress, ProgressStep } from './schemas.js';

export function createProgressService(deps: Deps) {
  const repo = progressRepository(deps.db);
  return {
    async verkennen(ctx: MemberContext): Promise<PhaseProgress> {
      const f = await repo.facts(ctx.networkId);
      if (!f.network) throw errors.notFound();
      const focus = parseList(f.network.focus_themes);
      const steps: ProgressStep[] = [
        {
          key: 'partners',
          label: 'Partners toegevoegd',
          done: f.partners >= 2,
          detail: f.partners >= 2 ? `${f.partners} partners doen mee.` : 'Voeg minstens twee partners toe, of zoek medestanders in de sociale kaart.',
        },
        {
          key: 'relations',
          label: 'Relaties ingevuld',
          done: f.relations > 0,
          detail: f.relations > 0 ? `${f.relations} relaties op de netwerkkaart.` : 'Vul in wie met wie samenwerkt.',
        },
        {
          key: 'snapshot',
          label: 'Netwerk bekeken en vastgelegd',
          done: f.snapshots > 0,
          detail: f.snapshots > 0 ? `${f.snapshots} momentopname(n) vastgelegd.` : 'Bekijk de analyse en leg het netwerk vast als momentopname, zodat je later kunt vergelijken.',
        },
        {
          key: 'whoIsWho',
          label: 'Wie is wie in de wijk nagelopen',
          done: f.functionsLinked > 0,
          detail: f.functionsLinked > 0 ? `${f.functionsLinked} functies gekoppeld aan partners.` : 'Loop de lijst met functies na en koppel de partners die ze vervullen.',
        },
        {
          key: 'profile',
          label: 'Wijkprofiel: cijfers en wat bewoners vragen',
          done: f.figures + f.indicators > 0 && f.needs > 0,
          detail:
            f.figures + f.indicators > 0 && f.needs > 0
              ? `${f.figures + f.indicators} keer cijfers over de wijk en ${f.needs} vragen of behoeften van bewoners.`
              : f.figures + f.indicators > 0
                ? 'Schrijf ook op welke vragen en behoeften je van bewoners hoort.'
                : 'Haal de CBS-kerncijfers van je wijk op, of vul eigen cijfers in, en schrijf op wat bewoners vragen.',
        },
        {
          key: 'focus',
          label: 'Focus gekozen',
          done: f.decisions > 0 || focus.length > 0,
          detail:
            f.decisions > 0 || focus.length > 0
              ? `Focus: ${focus.join(', ')}.`
              : f.candidates > 0
                ? `${f.candidates} thema's voorgesteld. Stem over het draagvlak en leg het besluit vast.`
                : 'Stel thema’s voor, stem over het draagvlak en kies samen de focus van het netwerk.',
        },
      ];
      return { phase: 'verkennen', steps, done: steps.filter((s) => s.done).length, total: steps.length };
    },
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;
