import '../../../styles/vormgeven.css';
import { useLocale, useT, type MessageKey } from '../../../i18n';
import { TextLink } from '../../../components/ui';
import { useActions, useAgreements, useCard, useComparison, useGoals, useLadders, useLeads } from './shared';

interface Step {
  key: 'ladders' | 'shared' | 'goals' | 'card' | 'lead' | 'agreements' | 'actions';
  done: boolean;
  to: string;
  detail: string;
}

/** Progress of the phase "vormgeven", computed from the network's own data; never forces an order. */
export function VormgevenProgress({ networkId }: { networkId: string }) {
  const t = useT();
  const locale = useLocale();
  const ladders = useLadders(networkId);
  const comparison = useComparison(networkId);
  const goals = useGoals(networkId);
  const card = useCard(networkId);
  const leads = useLeads(networkId);
  const agreements = useAgreements(networkId);
  const actions = useActions(networkId, `planYear=${new Date().getFullYear()}`);
  const base = `/netwerken/${networkId}/vormgeven`;
  if (!ladders.data || !comparison.data || !goals.data || !card.data || !leads.data || !agreements.data || !actions.data) return null;

  const partnersWithLadder = new Set(ladders.data.map((l) => l.actorId ?? l.memberId)).size;
  const latest = card.data.latestVersion;
  const consented = Boolean(latest && latest.parties > 0 && latest.consented === latest.parties);
  const leadProblems = leads.data.warnings.filter((w) => w.code !== 'single_lead');
  const steps: Step[] = [
    { key: 'ladders', done: partnersWithLadder >= 2, to: base, detail: t('vg.progress.ladders.detail', { count: partnersWithLadder }) },
    { key: 'shared', done: comparison.data.groups.length > 0, to: base, detail: t('vg.progress.shared.detail', { count: comparison.data.groups.length }) },
    { key: 'goals', done: Boolean(goals.data.vision) && goals.data.goals.length > 0, to: `${base}/doelen`, detail: t('vg.progress.goals.detail', { count: goals.data.goals.length }) },
    {
      key: 'card',
      done: consented,
      to: `${base}/kaart`,
      detail: latest ? t('vg.progress.card.detail', { number: latest.number, consented: latest.consented, parties: latest.parties }) : t('vg.progress.card.none'),
    },
    {
      key: 'lead',
      done: leads.data.leads.length > 0 && leadProblems.length === 0,
      to: `${base}/kartrekker`,
      detail: leadProblems.length ? (locale === 'nl' ? leadProblems[0].message : t('vg.progress.lead.problems', { count: leadProblems.length })) : t('vg.progress.lead.ok'),
    },
    { key: 'agreements', done: agreements.data.agreements.length > 0, to: `${base}/afspraken`, detail: t('vg.progress.agreements.detail', { count: agreements.data.agreements.length }) },
    { key: 'actions', done: actions.data.length > 0, to: `${base}/acties`, detail: t('vg.progress.actions.detail', { count: actions.data.length }) },
  ];
  const done = steps.filter((s) => s.done).length;
  return (
    <section aria-labelledby="vormgeven-progress-heading">
      <h2 id="vormgeven-progress-heading" className="utrecht-heading-2">
        {t('vg.progress.title')}
      </h2>
      <p className="utrecht-paragraph wk-vprogress-count">{t('vg.progress.count', { done, total: steps.length })}</p>
      <ol className="wk-steps">
        {steps.map((s, i) => (
          <li key={s.key} className={`wk-step ${s.done ? 'wk-step--done' : ''}`}>
            <span className="wk-step__mark" aria-hidden="true">
              {s.done ? '✓' : i + 1}
            </span>
            <div>
              <p className="utrecht-paragraph wk-step__title">
                {t(`vg.progress.${s.key}` as MessageKey)}
                <span className="wk-meta"> — {s.done ? t('vg.progress.done') : t('vg.progress.todo')}</span>
              </p>
              <p className="utrecht-paragraph wk-step__detail">{s.detail}</p>
              <TextLink to={s.to}>{t(`vg.progress.link.${s.key}` as MessageKey)}</TextLink>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
