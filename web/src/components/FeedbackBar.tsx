import '../styles/feedback.css';
import { useEffect, useState, type FormEvent } from 'react';
import type { MyFeedbackView, ToolFeedbackBody } from '@schemas/feedback';
import type { Tool } from '@domain/phases/index.ts';
import { useLocale, useT } from '../i18n';
import { post, put } from '../api/client';
import { useMutation } from '../api/useMutation';
import { useResource } from '../api/useResource';
import { Alert, Button, CheckboxField, ErrorAlert, Fieldset, Paragraph, TextAreaField, TextLink } from './ui';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * Below every network page: counts that a tool was opened, offers the SUS questionnaire once after
 * 30 days, and on a tool's page a small, folded "Was dit nuttig?".
 */
export function FeedbackBar({ tool, networkId }: { tool: Tool | undefined; networkId: string }) {
  const t = useT();
  const mine = useResource<MyFeedbackView>(`/api/networks/${networkId}/feedback/mine`, networkId);

  useEffect(() => {
    // Counting is best effort: a page never fails because a count did not arrive.
    if (tool) post(`/api/networks/${networkId}/usage/${tool.id}/opened`).catch(() => undefined);
  }, [networkId, tool]);

  return (
    <>
      {mine.data?.susDue ? (
        <Alert type="info">
          {t('fb.sus.offer')} <TextLink to={`/netwerken/${networkId}/vragenlijst`}>{t('fb.sus.offerLink')}</TextLink>
        </Alert>
      ) : null}
      {tool && mine.data ? (
        <ToolFeedback
          key={tool.id}
          tool={tool}
          networkId={networkId}
          given={mine.data.tools.find((g) => g.tool === tool.id)}
          onSaved={mine.reload}
        />
      ) : null}
    </>
  );
}

function ToolFeedback({
  tool,
  networkId,
  given,
  onSaved,
}: {
  tool: Tool;
  networkId: string;
  given: MyFeedbackView['tools'][number] | undefined;
  onSaved: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const name = tool.name[locale];
  const [score, setScore] = useState<number | null>(given?.usefulness ?? null);
  const [missing, setMissing] = useState(given?.missing ?? '');
  const [share, setShare] = useState(given?.shareWithResearch ?? false);
  const [thanks, setThanks] = useState(false);
  const save = useMutation();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setThanks(false);
    if (score === null) return save.invalid({ usefulness: t('fb.pick') });
    const body: ToolFeedbackBody = { usefulness: score, missing: missing.trim() || null, shareWithResearch: share };
    if (await save.run(() => put(`/api/networks/${networkId}/feedback/tools/${tool.id}`, body))) {
      setThanks(true);
      onSaved();
    }
  };

  return (
    <details className="wk-feedback">
      <summary>
        {given ? t('fb.summaryDone', { tool: name, score: given.usefulness }) : t('fb.summary', { tool: name })}
      </summary>
      <form onSubmit={submit} noValidate>
        <ErrorAlert error={save.error} />
        {thanks ? (
          <Alert type="ok" live>
            {t('fb.thanks')}
          </Alert>
        ) : null}
        <Fieldset legend={t('fb.legend', { tool: name })} description={save.fields.usefulness}>
          <p className="wk-feedback__scale">
            <span aria-hidden="true">{t('fb.scaleLow')}</span>
            {SCORES.map((n) => (
              <label key={n} className="wk-feedback__option">
                <input
                  type="radio"
                  name={`usefulness-${tool.id}`}
                  value={n}
                  checked={score === n}
                  onChange={() => setScore(n)}
                  aria-label={n === 1 ? `1, ${t('fb.scaleLow')}` : n === 5 ? `5, ${t('fb.scaleHigh')}` : String(n)}
                />
                <span aria-hidden="true">{n}</span>
              </label>
            ))}
            <span aria-hidden="true">{t('fb.scaleHigh')}</span>
          </p>
        </Fieldset>
        <TextAreaField
          label={t('fb.missing')}
          rows={2}
          maxLength={1000}
          value={missing}
          onChange={(e) => setMissing(e.target.value)}
          error={save.fields.missing}
        />
        <CheckboxField
          label={t('fb.share')}
          description={t('fb.shareHint')}
          checked={share}
          disabled={!missing.trim()}
          onChange={(e) => setShare(e.target.checked)}
        />
        <Paragraph small>{t('fb.once')}</Paragraph>
        <Button type="submit" variant="secondary" busy={save.busy}>
          {t('fb.send')}
        </Button>
      </form>
    </details>
  );
}
