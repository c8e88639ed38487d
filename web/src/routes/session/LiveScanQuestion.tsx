import { useEffect, useState, type FormEvent } from 'react';
import { useLocale, useT } from '../../i18n';
import { ApiError } from '../../api/client';
import { useMutation } from '../../api/useMutation';
import type { LiveAnswered, LivePhoneView } from '../../api/scan-types';
import { Alert, Button, ErrorAlert, Heading, Paragraph } from '../../components/ui';

/** What this phone keeps per live round: the key for its next answers and which questions it answered. */
interface Kept {
  key?: string;
  answered: string[];
}
const storageKey = (roundId: string) => `wk-scan-live:${roundId}`;
function kept(roundId: string): Kept {
  try {
    const raw = localStorage.getItem(storageKey(roundId));
    return raw ? (JSON.parse(raw) as Kept) : { answered: [] };
  } catch {
    return { answered: [] };
  }
}
function keep(roundId: string, value: Kept) {
  try {
    localStorage.setItem(storageKey(roundId), JSON.stringify(value));
  } catch {
    // Private mode: the server still holds "once".
  }
}

/**
 * The phone's part of a live scan (guests and signed-in members): the question the big screen
 * shows, the scale as radio buttons, one answer per question. Nothing about other people.
 */
export function LiveScanQuestion({
  view,
  send,
}: {
  view: LivePhoneView;
  send: (body: { itemId: string; value: number; key?: string }) => Promise<LiveAnswered>;
}) {
  const t = useT();
  const locale = useLocale();
  const form = useMutation();
  const [mine, setMine] = useState<Kept>(() => kept(view.roundId));
  const [choice, setChoice] = useState<number | null>(null);
  const item = view.item;
  useEffect(() => {
    setMine(kept(view.roundId));
    setChoice(null);
  }, [view.roundId, item?.id]);

  const scale = locale === 'en' ? view.scaleEn : view.scale;
  const steps: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) steps.push(v);
  const done = item ? mine.answered.includes(item.id) : false;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!item || choice === null) return;
    const remember = (key: string | undefined) => {
      const next = { key: key ?? mine.key, answered: [...new Set([...mine.answered, item.id])] };
      keep(view.roundId, next);
      setMine(next);
    };
    await form.run(
      async () => {
        const res = await send({ itemId: item.id, value: choice, ...(mine.key ? { key: mine.key } : {}) });
        remember(res.key);
      },
      {
        onError: (err) => {
          // Answered before (on this phone, after a reload): the server says so; keep it that way.
          if (err instanceof ApiError && err.status === 409 && err.body.code === 'conflict' && mine.key)
            remember(undefined);
        },
      },
    );
  };

  return (
    <section aria-labelledby="ws-livescan" className="ws-question">
      <Heading level={2} id="ws-livescan">
        {t('sl.phone.title')} {view.label}
      </Heading>
      {view.status === 'closed' || !item ? (
        <Alert type="info" live>
          {t('sl.phone.closed')}
        </Alert>
      ) : (
        <>
          <Paragraph small>{t('sl.phone.anonymous')}</Paragraph>
          <Paragraph small>{t('sl.phone.question', { n: view.index + 1, total: view.total })}</Paragraph>
          {done ? (
            <>
              <Paragraph lead>{item[locale]}</Paragraph>
              <Alert type="ok" live>
                {t('sl.phone.thanks')}
              </Alert>
            </>
          ) : (
            <form onSubmit={submit} className="ws-form">
              <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                  {item[locale]}
                </legend>
                <div className="ws-scan-choices">
                  {steps.map((v) => (
                    <div key={v} className="ws-option">
                      <input
                        type="radio"
                        id={`ws-scan-${v}`}
                        name="ws-scan"
                        className="utrecht-radio-button utrecht-radio-button--html-input"
                        checked={choice === v}
                        onChange={() => setChoice(v)}
                      />
                      <label htmlFor={`ws-scan-${v}`} className="utrecht-form-label utrecht-form-label--radio">
                        {v} — {scale.labels[String(v)] ?? ''}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
              <ErrorAlert error={form.error} />
              <Button type="submit" busy={form.busy} disabled={choice === null}>
                {t('sl.phone.send')}
              </Button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
