import { useLocale, useT } from '../i18n';
import { guidanceFor } from '@domain/phases/index.ts';
import { ErrorAlert, Heading, Loading, Paragraph, TextLink } from './ui';
import { StepLink, useProgress } from './PhaseSteps';

/** The four phases, each with its progress and its next step; a suggestion, never an order. */
export function PhaseOverview({ networkId }: { networkId: string }) {
  const t = useT();
  const locale = useLocale();
  const { data, error } = useProgress(networkId);
  return (
    <section aria-labelledby="phases-heading">
      <Heading level={2} id="phases-heading">
        {t('overview.phasesTitle')}
      </Heading>
      <Paragraph>{t('overview.phasesIntro')}</Paragraph>
      <ErrorAlert error={error} />
      {!data ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <ol className="wk-phases">
          {data.phases.map((p) => {
            const next = p.steps.find((s) => s.id === p.next);
            const suggested = data.suggested?.phase === p.phase;
            return (
              <li key={p.phase} className={`wk-phase ${suggested ? 'wk-phase--suggested' : ''}`}>
                <Heading level={3}>{p.name}</Heading>
                <p className="utrecht-paragraph">{guidanceFor(p.phase).oneLine[locale]}</p>
                <p className="utrecht-paragraph wk-strong">{p.summary}</p>
                {next ? (
                  <p className="utrecht-paragraph">
                    {suggested ? <span className="wk-meta">{t('guide.overview.suggested')}. </span> : null}
                    {t('guide.overview.next')} {next.label}. <StepLink networkId={networkId} step={next} />
                  </p>
                ) : (
                  <p className="utrecht-paragraph">{t('guide.overview.allDone')}</p>
                )}
                <p className="utrecht-paragraph">
                  <TextLink to={`/netwerken/${networkId}/gids/${p.phase}`}>
                    {t('guide.overview.toGuide', { phase: p.name })}
                  </TextLink>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
