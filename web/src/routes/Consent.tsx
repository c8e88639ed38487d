import '../styles/verdiepen.css';
import '../styles/vormgeven.css';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useT, useLocale, formatDate } from '../i18n';
import { post } from '../api/client';
import { useResource } from '../api/useResource';
import { useMutation } from '../api/useMutation';
import type { ConsentLinkView } from '../api/vormgeven-types';
import type { ConsentAnswer } from '../api/requests';
import { PageTitle } from '../components/page';
import { Alert, Button, ErrorAlert, Heading, Loading, Paragraph, TextAreaField, TextField } from '../components/ui';
import { SnapshotContent } from './network/vormgeven/card/SnapshotContent';

/**
 * The page a personal consent link opens: no account needed. Opening it changes nothing (mail
 * scanners open links too); the answer is sent with the button and uses the link up.
 */
export default function Consent() {
  const t = useT();
  const locale = useLocale();
  const { token = '' } = useParams();
  const path = `/api/consent-links/${encodeURIComponent(token)}`;
  const { data, error } = useResource<ConsentLinkView>(path);
  const [answer, setAnswer] = useState<'agree' | 'decline' | ''>('');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<ConsentLinkView | null>(null);
  const send = useMutation();

  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loading />;
  const names = { network: data.networkName, partner: data.partnerName };

  if (done) {
    return (
      <>
        <PageTitle title={t('cs.page.title')} />
        <Alert type="ok" live>
          {done.answer === 'agree'
            ? t('cs.page.thanksAgree', { partner: data.partnerName, number: data.versionNumber })
            : t('cs.page.thanksDecline', { partner: data.partnerName })}
        </Alert>
      </>
    );
  }
  if (data.status !== 'open' || !data.snapshot) {
    return (
      <>
        <PageTitle title={t('cs.page.title')} />
        <Alert type="warning">
          <p className="utrecht-paragraph">
            {data.status === 'used'
              ? t('cs.page.used', names)
              : data.status === 'outdated'
                ? t('cs.page.outdated', names)
                : t('cs.page.expired', names)}
          </p>
        </Alert>
      </>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!answer) return send.invalid({ answer: t('cs.page.chooseAnswer') });
    void send.run(async () => {
      const body = {
        answer,
        name,
        ...(role.trim() ? { role } : {}),
        ...(answer === 'decline' ? { reason } : {}),
      } satisfies ConsentAnswer;
      setDone(await post<ConsentLinkView>(path, body));
    });
  };

  return (
    <>
      <PageTitle title={t('cs.page.title')} />
      <Paragraph lead>
        {t('cs.page.lead', { ...names, number: data.versionNumber, date: formatDate(data.publishedAt, locale) })}
      </Paragraph>
      <Paragraph>{t('cs.page.noAccount')}</Paragraph>
      <Paragraph small>{t('cs.page.until', { date: formatDate(data.expiresAt, locale) })}</Paragraph>
      <section aria-labelledby="content-heading">
        <Heading level={2} id="content-heading">
          {t('cs.page.content')}
        </Heading>
        <SnapshotContent snapshot={data.snapshot} />
      </section>
      <section aria-labelledby="answer-heading">
        <Heading level={2} id="answer-heading">
          {t('cs.page.answerTitle')}
        </Heading>
        <form onSubmit={submit} noValidate>
          <ErrorAlert error={send.error} />
          <fieldset className="wk-scale" aria-describedby={send.fields.answer ? 'answer-error' : undefined}>
            <legend>{t('cs.page.answerLegend', names)}</legend>
            {send.fields.answer ? (
              <p id="answer-error" className="utrecht-form-field-error-message">
                {send.fields.answer}
              </p>
            ) : null}
            {(['agree', 'decline'] as const).map((a) => (
              <label key={a} className="wk-scale__option">
                <input
                  type="radio"
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  name="answer"
                  value={a}
                  checked={answer === a}
                  onChange={() => setAnswer(a)}
                />
                <span>{a === 'agree' ? t('cs.page.agree') : t('cs.page.decline')}</span>
              </label>
            ))}
          </fieldset>
          <TextField
            label={t('cs.page.name')}
            description={t('cs.page.nameHint')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={send.fields.name}
            autoComplete="name"
            required
          />
          <TextField
            label={t('cs.page.role', names)}
            value={role}
            onChange={(e) => setRole(e.target.value)}
            error={send.fields.role}
            autoComplete="organization-title"
          />
          {answer === 'decline' ? (
            <TextAreaField
              label={t('cs.page.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={send.fields.reason}
              required
            />
          ) : null}
          <Button type="submit" busy={send.busy}>
            {t('cs.page.send')}
          </Button>
        </form>
      </section>
    </>
  );
}
