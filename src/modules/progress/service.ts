import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { msg, render, type Lang, type MessageRef } from '../../core/messages/index.js';
import { parseList } from '../common/json.js';
import { progressRepository } from './repository.js';
import type { PhaseProgress, ProgressStep } from './schemas.js';

export function createProgressService(deps: Deps) {
  const repo = progressRepository(deps.db);
  return {
    async verkennen(ctx: MemberContext, lang: Lang = 'nl'): Promise<PhaseProgress> {
      const f = await repo.facts(ctx.networkId);
      if (!f.network) throw errors.notFound();
      const focus = parseList(f.network.focus_themes);
      const t = (ref: MessageRef) => render(lang, ref);
      const figures = f.figures + f.indicators;
      const steps: ProgressStep[] = [
        {
          key: 'partners',
          label: t('progress.partners.label'),
          done: f.partners >= 2,
          detail: t(f.partners >= 2 ? msg('progress.partners.done', { count: f.partners }) : 'progress.partners.todo'),
        },
        {
          key: 'relations',
          label: t('progress.relations.label'),
          done: f.relations > 0,
          detail: t(f.relations > 0 ? msg('progress.relations.done', { count: f.relations }) : 'progress.relations.todo'),
        },
        {
          key: 'snapshot',
          label: t('progress.snapshot.label'),
          done: f.snapshots > 0,
          detail: t(f.snapshots > 0 ? msg('progress.snapshot.done', { count: f.snapshots }) : 'progress.snapshot.todo'),
        },
        {
          key: 'whoIsWho',
          label: t('progress.whoIsWho.label'),
          done: f.functionsLinked > 0,
          detail: t(f.functionsLinked > 0 ? msg('progress.whoIsWho.done', { count: f.functionsLinked }) : 'progress.whoIsWho.todo'),
        },
        {
          key: 'profile',
          label: t('progress.profile.label'),
          done: figures > 0 && f.needs > 0,
          detail: t(
            figures > 0 && f.needs > 0
              ? msg('progress.profile.done', { figures, needs: f.needs })
              : figures > 0
                ? 'progress.profile.needsTodo'
                : 'progress.profile.todo',
          ),
        },
        {
          key: 'focus',
          label: t('progress.focus.label'),
          done: f.decisions > 0 || focus.length > 0,
          detail: t(
            f.decisions > 0 || focus.length > 0
              ? msg('progress.focus.done', { themes: focus.join(', ') })
              : f.candidates > 0
                ? msg('progress.focus.voting', { count: f.candidates })
                : 'progress.focus.todo',
          ),
        },
      ];
      return { phase: 'verkennen', steps, done: steps.filter((s) => s.done).length, total: steps.length };
    },
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;
