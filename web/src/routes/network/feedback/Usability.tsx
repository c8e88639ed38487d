import { useState, type FormEvent } from 'react';
import type { MyFeedbackView, SusSaved } from '@schemas/feedback';
import { SUS_ITEMS, SUS_SCALE } from '@domain/phases/index.ts';
import { useLocale, useT } from '../../../i18n';
import { post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import { useResource } from '../../../api/useResource';
import { PageTitle } from '../../../components/page';
import { Alert, Button, ErrorAlert, Fieldset, Loading, Paragraph } from '../../../components/ui';
import { useNetwork } from '../context';

const SCALE = [1, 2, 3, 4, 5] as const;

/** The System Usability Scale, offered once after 30 days in a network. */
export default function Usability() {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const mine = useResource<MyFeedbackView>(`/api/networks/${networkId}/feedback/mine`, networkId);
  const [answers, setAnswers] = useState<(number | undefined)[]>(() => SUS_ITEMS.map(() => undefined));
  const [score, setScore] = useState<number | null>(null);
  const send = useMutation();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (answers.some((a) => a === undefined)) {
      const fields = Object.fromEntries(
        answers.flatMap((a, i) => (a === undefined ? [[`q${i}`, t('fb.sus.missing')]] : [])),
      );
      return send.invalid(fields);
    }
    await send.run(async () => {
      const saved = await post<SusSaved>(`/api/networks/${networkId}/feedback/sus`, { answers });
      setScore(saved.score);
    });
  };

  let body;
  if (score !== null) {
    body = (
      <Alert type="ok" live>
        {t('fb.sus.score', { score })}
      </Alert>
    );
  } else if (!mine.data) {
    body = mine.error ? <ErrorAlert error={mine.error} /> : <Loading />;
  } else if (mine.data.susDone) {
    body = <Alert type="ok">{t('fb.sus.done')}</Alert>;
  } else if (!mine.data.susDue) {
    body = <Alert type="info">{t('fb.sus.notYet')}</Alert>;
  } else {
    body = (
      <form onSubmit={submit} noValidate>
        <ErrorAlert error={send.error} />
        {SUS_ITEMS.map((item, i) => (
          <Fieldset
            key={item.nl}
            legend={`${t('fb.sus.question', { n: i + 1 })}: ${item[locale]}`}
            description={send.fields[`q${i}`]}
          >
            {SCALE.map((v) => (
              <p key={v} className="utrecht-paragraph wk-sus__option">
                <label>
                  <input
                    type="radio"
                    name={`sus-${i}`}
                    value={v}
                    checked={answers[i] === v}
                    onChange={() => setAnswers((all) => all.map((a, k) => (k === i ? v : a)))}
                  />{' '}
                  {SUS_SCALE[v][locale]}
                </label>
              </p>
            ))}
          </Fieldset>
        ))}
        <Button type="submit" busy={send.busy}>
          {t('fb.sus.send')}
        </Button>
      </form>
    );
  }

  return (
    <>
      <PageTitle title={t('fb.sus.title')} />
      <Paragraph lead>{t('fb.sus.lead')}</Paragraph>
      {body}
    </>
  );
}
