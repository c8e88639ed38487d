import '../styles/verkennen.css';
import { useLocale, useT, type MessageKey } from '../i18n';
import { useResource } from '../api/useResource';
import type { PhaseProgress, ProgressStep } from '../api/verkennen-types';
import { ErrorAlert, Loading, TextLink } from './ui';

/** Where each step of "verkennen" is done, relative to the network's address. */
const STEP_PAGE: Record<ProgressStep['key'], string> = {
  partners: 'verkennen/medestanders',
  relations: 'verkennen/kaart',
  snapshot: 'verkennen/analyse',
  whoIsWho: 'verkennen/wie-is-wie',
  profile: 'verkennen/wijkprofiel',
  focus: 'verkennen/focus',
};

/** The six steps of the phase "verkennen", each done or not, with a link to where it is done. */
export function VerkennenProgress({ networkId, headingLevel = 2 }: { networkId: string; headingLevel?: 2 | 3 }) {
  const t = useT();
  const locale = useLocale();
  const { data, error } = useResource<PhaseProgress>(`/api/networks/${networkId}/progress/verkennen`, networkId);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="verkennen-progress-heading">
      <H id="verkennen-progress-heading" className={`utrecht-heading-${headingLevel}`}>
        {t('progress.title')}
      </H>
      <ErrorAlert error={error} />
      {!data ? (
        error ? null : <Loading />
      ) : (
        <>
          <p className="utrecht-paragraph wk-progress-count">{t('progress.count', { done: data.done, total: data.total })}</p>
          <ol className="wk-steps">
            {data.steps.map((step, i) => {
              return (
                <li key={step.key} className={`wk-step ${step.done ? 'wk-step--done' : ''}`}>
                  <span className="wk-step__mark" aria-hidden="true">
                    {step.done ? '✓' : i + 1}
                  </span>
                  <div>
                    <p className="utrecht-paragraph wk-step__title">
                      {t(`progress.step.${step.key}` as MessageKey)}
                      <span className="wk-meta"> — {step.done ? t('progress.done') : t('progress.todo')}</span>
                    </p>
                    {locale === 'nl' ? (
                      <p className="utrecht-paragraph wk-step__detail">{step.detail}</p>
                    ) : (
                      <p className="utrecht-paragraph wk-step__detail">{t(`progress.hint.${step.key}` as MessageKey)}</p>
                    )}
                    <TextLink to={`/netwerken/${networkId}/${STEP_PAGE[step.key]}`}>{t(`progress.link.${step.key}` as MessageKey)}</TextLink>
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
