import '../../styles/verdiepen.css';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useT, useLocale, formatDate } from '../../i18n';
import { ApiError, post } from '../../api/client';
import { useResource } from '../../api/useResource';
import { useMutation } from '../../api/useMutation';
import type { AnswerForm } from '../../api/scan-types';
import { PageTitle } from '../../components/page';
import { Alert, Button, ErrorAlert, Heading, Loading, Paragraph } from '../../components/ui';

/** The personal link's page: no account needed; one group of questions per topic, a choice from 1 to 5 per question. */
export default function Answer() {
  const t = useT();
  const locale = useLocale();
  const { token = '' } = useParams();
  const path = `/api/scan/${encodeURIComponent(token)}`;
  const { data, error } = useResource<AnswerForm>(path);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const form = useMutation();
  const [sent, setSent] = useState(false);

  if (sent) {
    return (
      <>
        <PageTitle title={t('vd.answer.title', { label: data?.label ?? '' })} />
        <Alert type="ok" live>
          {t('vd.answer.thanks')}
        </Alert>
      </>
    );
  }
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loading />;

  const definition = locale === 'en' ? data.en : data.nl;
  const { min, max, labels } = definition.scale;
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const total = definition.dimensions.reduce((sum, d) => sum + d.items.length, 0);
  const fieldErrors = form.fields;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (Object.keys(answers).length === 0) {
      return form.fail(new ApiError(422, { code: 'invalid_input', message: t('vd.answer.nothing') }));
    }
    if (await form.run(() => post(path, { answers }))) setSent(true);
  };

  return (
    <>
      <PageTitle title={t('vd.answer.title', { label: data.label })} />
      <Paragraph lead>{t('vd.answer.lead', { network: data.networkName })}</Paragraph>
      <Paragraph>{t('vd.answer.until', { date: formatDate(data.closesOn, locale) })}</Paragraph>
      <form onSubmit={submit} noValidate>
        {definition.dimensions.map((d) => (
          <section key={d.id} aria-labelledby={`dim-${d.id}`} className="wk-dimension">
            <Heading level={2} id={`dim-${d.id}`}>
              {d.name}
            </Heading>
            {d.items.map((item) => (
              <fieldset
                key={item.id}
                className="wk-scale"
                aria-describedby={fieldErrors[`answers.${item.id}`] ? `err-${item.id}` : undefined}
              >
                <legend>{item.text}</legend>
                {fieldErrors[`answers.${item.id}`] ? (
                  <p id={`err-${item.id}`} className="utrecht-form-field-error-message">
                    {fieldErrors[`answers.${item.id}`]}
                  </p>
                ) : null}
                {values.map((v) => (
                  <label key={v} className="wk-scale__option">
                    <input
                      type="radio"
                      className="utrecht-radio-button utrecht-radio-button--html-input"
                      name={item.id}
                      value={v}
                      checked={answers[item.id] === v}
                      onChange={() => setAnswers({ ...answers, [item.id]: v })}
                    />
                    <span>
                      {v}
                      {labels[String(v)] ? ` – ${labels[String(v)]}` : ''}
                    </span>
                  </label>
                ))}
              </fieldset>
            ))}
          </section>
        ))}
        <Paragraph small>{t('vd.answer.progress', { done: Object.keys(answers).length, total })}</Paragraph>
        <ErrorAlert error={form.error} />
        <Button type="submit" busy={form.busy}>
          {t('vd.answer.send')}
        </Button>
      </form>
    </>
  );
}
