import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../../i18n';
import { api } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import { PageTitle } from '../../../components/page';
import {
  Alert,
  Button,
  ButtonGroup,
  ButtonLink,
  CheckboxField,
  ErrorAlert,
  Heading,
  Loading,
  Paragraph,
  TextLink,
} from '../../../components/ui';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { useNetwork } from '../context';
import type { AnswerView, ConsoleView } from '../../../api/session-types';
import { qrSrc, spacedCode, useSessionConsole } from './useSession';
import { MergeForm } from './console/MergeForm';
import { TypeAnswer } from './console/TypeAnswer';
import { AnswerRow } from './console/AnswerRow';
import { LiveScan } from './console/LiveScan';
import '../../session/sessions.css';

/** The kartrekker's console: code and QR, incoming answers to approve, group, merge and accept. */
export default function Console() {
  const t = useT();
  const { networkId } = useNetwork();
  const { sessionId = '' } = useParams();
  const navigate = useNavigate();
  const { data, setData, error, reload, connected, path, scanTick } = useSessionConsole(networkId, sessionId);
  // Buttons on many answers at once: one click must not wait for another.
  const action = useMutation({ parallel: true });
  const [selected, setSelected] = useState<string[]>([]);
  const [notice, setNotice] = useState('');

  if (error && !data) {
    return (
      <>
        <PageTitle title={t('ws.console.title')} />
        <ErrorAlert error={error} />
      </>
    );
  }
  if (!data) return <Loading />;

  const run = async (fn: () => Promise<unknown>, done?: string) => {
    setNotice('');
    const ok = await action.run(fn, { onError: (err) => void (err.code === 'version_conflict' && reload()) });
    if (ok && done) setNotice(done);
  };
  const setAnswer = (a: AnswerView) =>
    setData((d) => (d ? { ...d, answers: d.answers.map((x) => (x.id === a.id ? a : x)) } : d));
  const patchAnswer = (a: AnswerView, body: Record<string, unknown>) =>
    run(async () =>
      setAnswer(await api<AnswerView>('PATCH', `${path}/answers/${a.id}`, { ...body, version: a.version })),
    );
  const accept = (a: AnswerView, into?: 'focus') =>
    run(
      async () => setAnswer(await api<AnswerView>('POST', `${path}/answers/${a.id}/accept`, into ? { into } : {})),
      t('ws.console.acceptedNotice'),
    );
  const toggleSetting = (key: 'moderated' | 'allowAnonymous', value: boolean) =>
    run(async () => setData(await api<ConsoleView>('PATCH', path, { [key]: value, version: data.version })));

  const open = data.status === 'open';
  const title =
    data.title ||
    (data.column ? t('ws.cardTitle', { column: t(`ws.column.${data.column}`) }) : t(`ws.kind.${data.kind}`));
  const live = data.answers.filter((a) => a.status !== 'merged');
  const pending = live.filter((a) => a.status === 'pending');
  const shown = live.filter((a) => a.status === 'approved');
  const hidden = live.filter((a) => a.status === 'hidden' || a.status === 'rejected');
  const total = data.votes.reduce((a, b) => a + b, 0);

  const answerRow = (a: AnswerView) => (
    <AnswerRow
      key={a.id}
      a={a}
      kind={data.kind}
      questions={data.questions.length}
      selected={selected.includes(a.id)}
      onSelect={(on) => setSelected((sel) => (on ? [...sel, a.id] : sel.filter((x) => x !== a.id)))}
      onPatch={(body) => void patchAnswer(a, body)}
      onAccept={(into) => void accept(a, into)}
    />
  );

  return (
    <>
      <PageTitle title={title} />
      <Paragraph small>
        <TextLink to={`/netwerken/${networkId}/werksessies`}>{t('ws.console.back')}</TextLink>
      </Paragraph>
      {!connected ? (
        <Alert type="warning" live>
          {t('ws.guest.reconnecting')}
        </Alert>
      ) : null}
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={action.error} />

      {open && data.code ? (
        <section aria-labelledby="ws-code" className="ws-console-code">
          <Heading level={2} id="ws-code">
            {t('ws.console.join')}
          </Heading>
          <p className="ws-code" aria-label={t('ws.screen.codeLabel', { code: data.code.split('').join(' ') })}>
            {spacedCode(data.code)}
          </p>
          {data.qrSvg ? (
            <img
              className="ws-qr ws-qr--small"
              src={qrSrc(data.qrSvg)}
              alt={t('ws.screen.qrAlt', { url: data.joinUrl ?? '' })}
            />
          ) : null}
          <Paragraph small>{data.joinUrl}</Paragraph>
          <ButtonGroup>
            <ButtonLink to={`/netwerken/${networkId}/werksessies/${data.id}/scherm`} target="_blank" rel="noopener">
              {t('ws.console.openScreen')}
            </ButtonLink>
            <TextLink to={`/netwerken/${networkId}/werksessies/${data.id}/afdrukken`}>{t('ws.console.print')}</TextLink>
          </ButtonGroup>
        </section>
      ) : (
        <Alert type="info">{t('ws.console.endedInfo')}</Alert>
      )}

      <section aria-labelledby="ws-settings">
        <Heading level={2} id="ws-settings">
          {t('ws.console.settings')}
        </Heading>
        <CheckboxField
          label={t('ws.start.moderated')}
          checked={data.moderated}
          disabled={!open}
          onChange={(e) => void toggleSetting('moderated', e.target.checked)}
        />
        <CheckboxField
          label={t('ws.start.anonymous')}
          checked={data.allowAnonymous}
          disabled={!open}
          onChange={(e) => void toggleSetting('allowAnonymous', e.target.checked)}
        />
        <Paragraph small>{t('ws.console.guests', { n: data.guests.length })}</Paragraph>
      </section>

      <LiveScan networkId={networkId} sessionId={data.id} sessionOpen={open} tick={scanTick} />

      {data.kind === 'vote' ? (
        <section aria-labelledby="ws-votes">
          <Heading level={2} id="ws-votes">
            {t('ws.console.votes')}
          </Heading>
          <ul className="ws-list" aria-live="polite">
            {data.options.map((o, i) => (
              <li key={i} className="ws-list__item">
                {o}:{' '}
                <strong>
                  {t('ws.votes', { n: (open ? data.votes : (data.results.votes ?? data.votes))[i] ?? 0 })}
                </strong>
              </li>
            ))}
          </ul>
          <Paragraph small>{t('ws.votesTotal', { n: total })}</Paragraph>
          {!open ? <Paragraph small>{t('ws.console.voteStored')}</Paragraph> : null}
        </section>
      ) : (
        <>
          <section aria-labelledby="ws-pending">
            <Heading level={2} id="ws-pending">
              {t('ws.console.pending', { n: pending.length })}
            </Heading>
            {pending.length ? (
              <ul className="ws-answers" aria-live="polite">
                {pending.map(answerRow)}
              </ul>
            ) : (
              <Paragraph>{data.moderated ? t('ws.console.nonePending') : t('ws.console.unmoderated')}</Paragraph>
            )}
          </section>
          <section aria-labelledby="ws-shown">
            <Heading level={2} id="ws-shown">
              {t('ws.console.shown', { n: shown.length })}
            </Heading>
            {shown.length ? (
              <ul className="ws-answers">{shown.map(answerRow)}</ul>
            ) : (
              <Paragraph>{t('ws.guest.noneYet')}</Paragraph>
            )}
          </section>
          {hidden.length ? (
            <section aria-labelledby="ws-hidden">
              <Heading level={2} id="ws-hidden">
                {t('ws.console.hidden', { n: hidden.length })}
              </Heading>
              <ul className="ws-answers">{hidden.map(answerRow)}</ul>
            </section>
          ) : null}
          <MergeForm
            path={path}
            selected={selected}
            answers={live}
            onDone={() => {
              setSelected([]);
              void reload();
            }}
          />
          {open ? <TypeAnswer path={path} questions={data.questions} /> : null}
        </>
      )}

      <section aria-labelledby="ws-people">
        <Heading level={2} id="ws-people">
          {t('ws.console.people')}
        </Heading>
        <Paragraph small>{t('ws.console.peopleHint')}</Paragraph>
        {data.guests.length ? (
          <ul className="ws-list">
            {data.guests.map((g) => (
              <li key={g.id} className="ws-list__item ws-guest">
                <span>
                  {g.name || t('ws.anonymous')} ({t('ws.console.answersCount', { n: g.answers })})
                </span>
                <ConfirmButton
                  label={t('ws.console.removeGuest')}
                  about={g.name || t('ws.anonymous')}
                  question={t('ws.console.removeGuestQuestion', { name: g.name || t('ws.anonymous') })}
                  confirmLabel={t('ws.console.removeGuestConfirm')}
                  onConfirm={() =>
                    run(async () => {
                      await api('DELETE', `${path}/guests/${g.id}`);
                      await reload();
                    })
                  }
                />
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('ws.console.noGuests')}</Paragraph>
        )}
      </section>

      <section aria-labelledby="ws-end">
        <Heading level={2} id="ws-end">
          {open ? t('ws.console.endTitle') : t('ws.console.removeTitle')}
        </Heading>
        {open ? (
          <>
            <Paragraph>{t('ws.console.endHint')}</Paragraph>
            <Button
              variant="secondary"
              onClick={() => void run(async () => setData(await api<ConsoleView>('POST', `${path}/end`)))}
            >
              {t('ws.console.end')}
            </Button>
          </>
        ) : (
          <>
            <Paragraph>{t('ws.console.removeHint')}</Paragraph>
            <ConfirmButton
              label={t('ws.console.remove')}
              question={t('ws.console.removeQuestion')}
              confirmLabel={t('ws.console.removeConfirm')}
              onConfirm={() =>
                run(async () => {
                  await api('DELETE', path);
                  navigate(`/netwerken/${networkId}/werksessies`);
                })
              }
            />
          </>
        )}
      </section>
    </>
  );
}
