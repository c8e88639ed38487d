import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n';
import { api } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import { PageTitle } from '../../../components/page';
import {
  Alert,
  Button,
  CheckboxField,
  ErrorAlert,
  Heading,
  Loading,
  Paragraph,
  SelectField,
  TextAreaField,
  TextField,
  TextLink,
} from '../../../components/ui';
import { useNetwork } from '../context';
import type { CardColumn, SessionKind, SessionSummary } from '../../../api/session-types';
import '../../session/sessions.css';
import type { StartSession } from '../../../api/requests';

const COLUMNS: CardColumn[] = ['waarden', 'relaties', 'handelen', 'voorwaarden', 'acties'];
const KINDS: SessionKind[] = ['card', 'ladder', 'ideas', 'vote'];
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Werksessies of the network: start one for a step, and the earlier ones. Kartrekkers only. */
export default function Sessions() {
  const t = useT();
  const { networkId, role } = useNetwork();
  const navigate = useNavigate();
  const base = `/api/networks/${encodeURIComponent(networkId)}/sessions`;
  const [list, setList] = useState<SessionSummary[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [kind, setKind] = useState<SessionKind>('card');
  const [column, setColumn] = useState<CardColumn>('waarden');
  const [title, setTitle] = useState('');
  const [questions, setQuestions] = useState('');
  const [options, setOptions] = useState('');
  const [moderated, setModerated] = useState(true);
  const [anonymous, setAnonymous] = useState(false);
  const form = useMutation();

  useEffect(() => {
    if (role !== 'kartrekker') return;
    api<SessionSummary[]>('GET', base).then(setList, setLoadError);
  }, [base, role]);

  if (role !== 'kartrekker') {
    return (
      <>
        <PageTitle title={t('ws.list.title')} />
        <Alert type="info">{t('ws.list.onlyLead')}</Alert>
      </>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // A vote needs two choices; the server would refuse fewer, so the browser says so first.
    if (kind === 'vote' && lines(options).length < 2) return form.invalid({ options: t('ws.start.twoOptions') });
    await form.run(async () => {
      const qs = lines(questions);
      const created = await api<SessionSummary>('POST', base, {
        kind,
        ...(kind === 'card' ? { column } : {}),
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(qs.length ? { questions: qs } : {}),
        ...(kind === 'vote' ? { options: lines(options) } : {}),
        moderated,
        allowAnonymous: anonymous,
      } satisfies StartSession);
      navigate(`/netwerken/${networkId}/werksessies/${created.id}`);
    });
  };
  const { error, fields } = form;

  return (
    <>
      <PageTitle title={t('ws.list.title')} />
      <Paragraph lead>{t('ws.list.intro')}</Paragraph>
      <section aria-labelledby="ws-start">
        <Heading level={2} id="ws-start">
          {t('ws.start.title')}
        </Heading>
        {error && !Object.keys(fields).length ? <ErrorAlert error={error} /> : null}
        <form onSubmit={submit} noValidate className="ws-form">
          <SelectField
            label={t('ws.start.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as SessionKind)}
            options={KINDS.map((k) => ({ value: k, label: t(`ws.kind.${k}`) }))}
            error={fields.kind}
          />
          {kind === 'card' ? (
            <SelectField
              label={t('ws.start.column')}
              value={column}
              onChange={(e) => setColumn(e.target.value as CardColumn)}
              options={COLUMNS.map((c) => ({ value: c, label: t(`ws.column.${c}`) }))}
              error={fields.column}
            />
          ) : null}
          <TextField
            label={t('ws.start.titleField')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
            error={fields.title}
          />
          <TextAreaField
            label={t('ws.start.questions')}
            description={t('ws.start.questionsHint')}
            value={questions}
            onChange={(e) => setQuestions(e.target.value)}
            rows={3}
            error={fields.questions}
          />
          {kind === 'vote' ? (
            <TextAreaField
              label={t('ws.start.options')}
              description={t('ws.start.optionsHint')}
              value={options}
              onChange={(e) => setOptions(e.target.value)}
              rows={4}
              required
              error={fields.options}
            />
          ) : null}
          <CheckboxField
            label={t('ws.start.moderated')}
            description={t('ws.start.moderatedHint')}
            checked={moderated}
            onChange={(e) => setModerated(e.target.checked)}
          />
          <CheckboxField
            label={t('ws.start.anonymous')}
            checked={anonymous}
            onChange={(e) => setAnonymous(e.target.checked)}
          />
          <Button type="submit" busy={form.busy}>
            {t('ws.start.submit')}
          </Button>
        </form>
      </section>
      <section aria-labelledby="ws-earlier">
        <Heading level={2} id="ws-earlier">
          {t('ws.list.earlier')}
        </Heading>
        <ErrorAlert error={loadError} />
        {!list ? (
          loadError ? null : (
            <Loading />
          )
        ) : list.length === 0 ? (
          <Paragraph>{t('ws.list.empty')}</Paragraph>
        ) : (
          <ul className="ws-list">
            {list.map((s) => (
              <li key={s.id} className="ws-list__item">
                <TextLink to={`/netwerken/${networkId}/werksessies/${s.id}`}>
                  {s.title ||
                    (s.column ? t('ws.cardTitle', { column: t(`ws.column.${s.column}`) }) : t(`ws.kind.${s.kind}`))}
                </TextLink>{' '}
                <span className={`ws-badge ws-badge--${s.status}`}>
                  {s.status === 'open' ? t('ws.list.open', { code: s.code ?? '' }) : t('ws.list.ended')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
