import { useState } from 'react';
import { useLocale, useT } from '../../../i18n';
import { PageTitle } from '../../../components/page';
import { Button, ButtonLink, Fieldset, Heading, Paragraph, TextLink } from '../../../components/ui';
import {
  FIRST_RUN_INTRO,
  FIRST_RUN_QUESTIONS,
  guidanceFor,
  stepDefinition,
  suggestStart,
  tool,
  type Duration,
  type FirstRunSuggestion,
  type Have,
  type OnBoard,
} from '@domain/phases/index.ts';
import { useNetwork } from '../context';

/** Right after a network is made: three questions, then a suggested starting phase and first step. Skippable. */
export default function FirstRun() {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const [duration, setDuration] = useState<Duration | ''>('');
  const [onBoard, setOnBoard] = useState<OnBoard | ''>('');
  const [have, setHave] = useState<Have[]>([]);
  const [missing, setMissing] = useState(false);
  const [result, setResult] = useState<FirstRunSuggestion | null>(null);
  const [qDuration, qOnBoard, qHave] = FIRST_RUN_QUESTIONS;
  const base = `/netwerken/${networkId}`;

  const radios = <Id extends string>(
    q: { id: string; text: { nl: string; en: string }; options: { id: Id; label: { nl: string; en: string } }[] },
    value: string,
    set: (v: Id) => void,
  ) => (
    <Fieldset legend={q.text[locale]} description={missing && !value ? t('firstRun.pickOne') : undefined}>
      {q.options.map((o) => (
        <p key={o.id} className="utrecht-paragraph">
          <label>
            <input type="radio" name={q.id} value={o.id} checked={value === o.id} onChange={() => set(o.id)} />{' '}
            {o.label[locale]}
          </label>
        </p>
      ))}
    </Fieldset>
  );

  const step = result ? stepDefinition(result.step) : undefined;
  const route = step ? tool(step.tool).route : null;
  return (
    <>
      <PageTitle title={t('firstRun.title')} />
      <Paragraph>{FIRST_RUN_INTRO[locale]}</Paragraph>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!duration || !onBoard) return setMissing(true);
          setResult(suggestStart({ duration, onBoard, have }));
        }}
      >
        {radios(qDuration, duration, setDuration)}
        {radios(qOnBoard, onBoard, setOnBoard)}
        <Fieldset legend={qHave.text[locale]}>
          {qHave.options.map((o) => (
            <p key={o.id} className="utrecht-paragraph">
              <label>
                <input
                  type="checkbox"
                  checked={have.includes(o.id)}
                  onChange={(e) => setHave((h) => (e.target.checked ? [...h, o.id] : h.filter((x) => x !== o.id)))}
                />{' '}
                {o.label[locale]}
              </label>
            </p>
          ))}
        </Fieldset>
        <Button type="submit">{t('firstRun.submit')}</Button> <TextLink to={base}>{t('firstRun.skip')}</TextLink>
      </form>
      {result && step ? (
        <section aria-labelledby="first-run-result" aria-live="polite">
          <Heading level={2} id="first-run-result">
            {t('firstRun.suggestion', { phase: guidanceFor(result.phase).name[locale] })}
          </Heading>
          <Paragraph>{result.reason[locale]}</Paragraph>
          {result.hints.map((h) => (
            <Paragraph key={h.nl}>{h[locale]}</Paragraph>
          ))}
          <Paragraph>{t('firstRun.firstStep', { step: step.label[locale] })}</Paragraph>
          {route ? <ButtonLink to={`${base}/${route}`}>{t('firstRun.toStep')}</ButtonLink> : null}
          <Paragraph>
            <TextLink to={`${base}/gids/${result.phase}`}>
              {t('firstRun.toGuide', { phase: guidanceFor(result.phase).name[locale] })}
            </TextLink>
          </Paragraph>
          <Paragraph>
            <TextLink to={base}>{t('firstRun.toOverview')}</TextLink>
          </Paragraph>
        </section>
      ) : null}
    </>
  );
}
