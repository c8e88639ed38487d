import '../styles/verkennen.css';
import { useState } from 'react';
import { useT } from '../i18n';
import { useResource } from '../api/useResource';
import { useMutation } from '../api/useMutation';
import { del, put } from '../api/client';
import type { ProgressOverview, RegistryStep } from '@schemas/progress';
import type { Phase } from '@domain/phases/index.ts';
import type { Role } from '@domain/vocabulary.ts';
import { Button, ErrorAlert, Loading, TextAreaField, TextLink } from './ui';

export const useProgress = (networkId: string) =>
  useResource<ProgressOverview>(`/api/networks/${networkId}/progress`, networkId);

/** Link to where a step is done, or "komt later" for a tool whose page does not exist yet. */
export function StepLink({ networkId, step }: { networkId: string; step: Pick<RegistryStep, 'route' | 'toolName'> }) {
  const t = useT();
  if (step.route === null) return <span className="wk-meta">{t('guide.step.later', { tool: step.toolName })}</span>;
  return (
    <TextLink to={`/netwerken/${networkId}/${step.route}`}>{t('guide.step.toTool', { tool: step.toolName })}</TextLink>
  );
}

/** The steps of one phase from the progress registry: status, what was found, where to do it. */
export function PhaseSteps({
  networkId,
  phase,
  role,
  headingLevel = 2,
}: {
  networkId: string;
  phase: Phase;
  role: Role;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const { data, error } = useProgress(networkId);
  const p = data?.phases.find((x) => x.phase === phase);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const id = `${phase}-progress-heading`;
  return (
    <section aria-labelledby={id} className="wk-phase-steps">
      <H id={id} className={`utrecht-heading-${headingLevel}`}>
        {t('guide.progress.title', { phase: p?.name ?? '' })}
      </H>
      <ErrorAlert error={error} />
      {!p ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          <p className="utrecht-paragraph wk-progress-count">{p.summary}</p>
          <ol className="wk-steps">
            {p.steps.map((step, i) => (
              <li key={step.id} className={`wk-step ${step.status === 'open' ? '' : 'wk-step--done'}`}>
                <span className="wk-step__mark" aria-hidden="true">
                  {step.status === 'done' ? '✓' : step.status === 'notApplicable' ? '–' : i + 1}
                </span>
                <div>
                  <p className="utrecht-paragraph wk-step__title">
                    {step.label}
                    <span className="wk-meta"> — {step.statusLabel}</span>
                  </p>
                  <p className="utrecht-paragraph wk-step__detail">{step.detail}</p>
                  <StepLink networkId={networkId} step={step} />
                  {role === 'kartrekker' ? <MarkControl networkId={networkId} step={step} /> : null}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** "Niet van toepassing" with a reason, or undo; kartrekkers only (the server checks too). */
function MarkControl({ networkId, step }: { networkId: string; step: RegistryStep }) {
  const t = useT();
  const mutation = useMutation();
  const [reason, setReason] = useState('');
  const url = `/api/networks/${networkId}/progress/marks/${step.id}`;
  if (step.status === 'notApplicable') {
    return (
      <p className="utrecht-paragraph">
        <ErrorAlert error={mutation.error} />
        <Button
          variant="secondary"
          busy={mutation.busy}
          aria-label={t('guide.na.undoLabel', { step: step.label })}
          onClick={() => void mutation.run(() => del(url))}
        >
          {t('guide.na.undo')}
        </Button>
      </p>
    );
  }
  if (step.status === 'done') return null;
  return (
    <details className="wk-na">
      <summary>{t('guide.na.summary')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // The server refuses an empty reason; the browser says so first, without a request.
          if (!reason.trim()) return mutation.invalid({ reason: t('guide.na.reasonNeeded') });
          void mutation.run(() => put(url, { reason })).then((ok) => ok && setReason(''));
        }}
      >
        <ErrorAlert error={mutation.error} />
        <TextAreaField
          id={`na-${step.id}`}
          label={t('guide.na.reason')}
          value={reason}
          error={mutation.fields.reason}
          onChange={(e) => setReason(e.target.value)}
          rows={2}
        />
        <Button type="submit" variant="secondary" busy={mutation.busy}>
          {t('guide.na.save')}
        </Button>
      </form>
    </details>
  );
}
