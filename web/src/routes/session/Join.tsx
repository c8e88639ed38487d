import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n';
import { ApiError } from '../../api/client';
import { useMutation } from '../../api/useMutation';
import { PageTitle } from '../../components/page';
import {
  Alert,
  Button,
  ErrorAlert,
  Heading,
  Paragraph,
  TextAreaField,
  TextField,
  errorText,
} from '../../components/ui';
import { guestApi } from './api';
import { normaliseCode, openSessionStream, storeToken, storedToken } from './stream';
import type { GuestView, PublicAnswer, StreamMessage } from '../../api/session-types';
import { LiveScanQuestion } from './LiveScanQuestion';
import './sessions.css';
import type { GuestAnswer, GuestLiveAnswer, GuestVote, JoinSession } from '../../api/requests';
import type { GuestJoined, VoteCast } from '@schemas/sessions';
import type { LiveAnswered, LivePhoneView } from '../../api/scan-types';
import type { GuestLiveScan } from '@schemas/scan';

/** /sessie and /sessie/:code — a participant joins with the code on the screen, no account needed. */
export default function Join() {
  const t = useT();
  const params = useParams();
  const navigate = useNavigate();
  const urlCode = params.code ? normaliseCode(params.code) : '';
  const [code, setCode] = useState(urlCode);
  const [name, setName] = useState('');
  const [joined, setJoined] = useState<{ token: string; state: GuestView } | null>(null);
  const form = useMutation();
  const { run } = form;
  const [resuming, setResuming] = useState(() => Boolean(urlCode && storedToken(urlCode)));

  const join = useCallback(
    async (joinCode: string, joinName: string, token: string | null) => {
      await run(async () => {
        const res = await guestApi<GuestJoined>('POST', '/api/sessie/join', null, {
          code: joinCode,
          ...(joinName.trim() ? { name: joinName.trim() } : {}),
          ...(token ? { token } : {}),
        } satisfies JoinSession);
        storeToken(joinCode, res.token);
        setJoined(res);
        if (urlCode !== joinCode) navigate(`/sessie/${joinCode}`, { replace: true });
      });
      setResuming(false);
    },
    [navigate, urlCode, run],
  );

  // A phone that was here before rejoins as the same participant.
  useEffect(() => {
    const token = urlCode ? storedToken(urlCode) : null;
    if (urlCode && token && !joined) void join(urlCode, '', token);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per code in the address, not again after joining
  }, [urlCode]);

  if (joined) return <Participant token={joined.token} initial={joined.state} />;
  if (resuming) {
    return (
      <>
        <PageTitle title={t('ws.join.title')} />
        <Paragraph>{t('common.loading')}</Paragraph>
      </>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The server would refuse an empty code; say so here, without a request.
    if (!normaliseCode(code)) return form.invalid({ code: t('ws.join.codeMissing') });
    void join(normaliseCode(code), name, storedToken(normaliseCode(code)));
  };
  const { error, fields } = form;

  return (
    <div className="ws-phone">
      <PageTitle title={t('ws.join.title')} />
      <Paragraph lead>{t('ws.join.intro')}</Paragraph>
      {error && !fields.code && !fields.name ? <ErrorAlert error={error} /> : null}
      <form onSubmit={submit} noValidate className="ws-form">
        <TextField
          label={t('ws.join.code')}
          description={t('ws.join.codeHint')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          required
          error={fields.code}
          className="ws-code-input"
        />
        <TextField
          label={t('ws.join.name')}
          description={t('ws.join.nameHint')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="given-name"
          maxLength={200}
          error={fields.name}
        />
        <Button type="submit" busy={form.busy}>
          {t('ws.join.submit')}
        </Button>
      </form>
    </div>
  );
}

function statusLabel(t: ReturnType<typeof useT>, status: string, moderated: boolean): string {
  if (status === 'approved') return t('ws.status.onScreen');
  if (status === 'pending') return moderated ? t('ws.status.pending') : t('ws.status.onScreen');
  if (status === 'merged') return t('ws.status.merged');
  if (status === 'rejected') return t('ws.status.rejected');
  return t('ws.status.hidden');
}

function Participant({ token, initial }: { token: string; initial: GuestView }) {
  const t = useT();
  const [state, setState] = useState<GuestView>(initial);
  const [connected, setConnected] = useState(true);
  const [gone, setGone] = useState(false);

  const [scan, setScan] = useState<LivePhoneView | null>(null);
  const refreshScan = useCallback(async () => {
    try {
      setScan((await guestApi<GuestLiveScan>('GET', '/api/sessie/scan', token)).round);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setGone(true);
    }
  }, [token]);
  useEffect(() => void refreshScan(), [refreshScan]);

  const refresh = useCallback(async () => {
    try {
      setState(await guestApi<GuestView>('GET', '/api/sessie/state', token));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setGone(true);
    }
  }, [token]);

  useEffect(
    () =>
      openSessionStream(
        '/api/sessie/events',
        { 'x-guest-token': token },
        {
          onSync: () => {
            void refresh();
            void refreshScan();
          },
          onStatus: setConnected,
          onGone: () => setGone(true),
          onMessage: (m: StreamMessage) => {
            if (m.type.startsWith('session.scan')) {
              void refreshScan();
            } else if (m.type === 'session.votes' && m.votes) {
              const votes = m.votes;
              setState((s) => ({ ...s, votes }));
            } else if (m.type === 'session.answer' && m.answer) {
              const answer = m.answer as PublicAnswer;
              const mine = m.mine;
              setState((s) => {
                const others = s.answers.filter((a) => a.id !== answer.id);
                const answers = m.visible ? [...others, answer] : others;
                const own = !mine
                  ? s.me.answers
                  : s.me.answers.some((a) => a.id === mine.id)
                    ? s.me.answers.map((a) => (a.id === mine.id ? mine : a))
                    : [...s.me.answers, mine];
                return { ...s, answers, me: { ...s.me, answers: own } };
              });
            } else {
              void refresh();
            }
          },
        },
      ),
    [token, refresh, refreshScan],
  );

  const ended = state.session.status === 'ended';
  const title =
    state.session.title ||
    (state.session.columnTitle
      ? t('ws.cardTitle', { column: state.session.columnTitle })
      : t(`ws.kind.${state.session.kind}`));

  if (gone) {
    return (
      <div className="ws-phone">
        <PageTitle title={t('ws.join.title')} />
        <Alert type="warning">{t('ws.guest.gone')}</Alert>
      </div>
    );
  }

  return (
    <div className="ws-phone">
      <PageTitle title={title} />
      <Paragraph small>{state.me.name ? t('ws.guest.as', { name: state.me.name }) : t('ws.guest.anonymous')}</Paragraph>
      {!connected ? (
        <Alert type="warning" live>
          {t('ws.guest.reconnecting')}
        </Alert>
      ) : null}
      {ended ? (
        <Alert type="info" live>
          {t('ws.guest.ended')}
        </Alert>
      ) : null}
      {scan && !ended ? (
        <LiveScanQuestion
          view={scan}
          send={(body) =>
            guestApi<LiveAnswered>('POST', '/api/sessie/scan/answers', token, {
              ...body,
              roundId: scan.roundId,
            } satisfies GuestLiveAnswer)
          }
        />
      ) : null}
      {state.session.prompt ? <Paragraph lead>{state.session.prompt}</Paragraph> : null}

      {state.session.kind === 'vote' ? (
        <VoteForm
          token={token}
          state={state}
          disabled={ended}
          onVoted={(vote, votes) => setState((s) => ({ ...s, votes, me: { ...s.me, vote } }))}
        />
      ) : (
        state.session.questions.map((q, i) => (
          <AnswerForm
            key={i}
            token={token}
            index={i}
            question={q}
            disabled={ended}
            onSent={(a) =>
              setState((s) =>
                s.me.answers.some((x) => x.id === a.id) ? s : { ...s, me: { ...s.me, answers: [...s.me.answers, a] } },
              )
            }
          />
        ))
      )}

      {state.me.answers.length ? (
        <section aria-labelledby="ws-mine">
          <Heading level={2} id="ws-mine">
            {t('ws.guest.mine')}
          </Heading>
          <ul className="ws-list">
            {state.me.answers.map((a) => (
              <li key={a.id} className="ws-list__item">
                <span>{a.text}</span>{' '}
                <span className={`ws-badge ws-badge--${a.status}`}>
                  {statusLabel(t, a.status, state.session.moderated)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {state.session.kind !== 'vote' ? (
        <section aria-labelledby="ws-screen">
          <Heading level={2} id="ws-screen">
            {t('ws.guest.onScreen')}
          </Heading>
          {state.answers.length ? (
            <ul className="ws-list" aria-live="polite">
              {state.answers.map((a) => (
                <li key={a.id} className="ws-list__item">
                  {a.text}
                  {a.name ? <span className="ws-name"> — {a.name}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('ws.guest.noneYet')}</Paragraph>
          )}
        </section>
      ) : null}
    </div>
  );
}

function AnswerForm({
  token,
  index,
  question,
  disabled,
  onSent,
}: {
  token: string;
  index: number;
  question: string;
  disabled: boolean;
  onSent: (a: { id: string; questionIndex: number; text: string; status: string }) => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const form = useMutation();
  const [sent, setSent] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSent(false);
    await form.run(async () => {
      onSent(
        await guestApi('POST', '/api/sessie/answers', token, {
          questionIndex: index,
          text: text.trim(),
        } satisfies GuestAnswer),
      );
      setText('');
      setSent(true);
    });
  };
  const { error } = form;
  const fieldError = form.fields.text;
  return (
    <form onSubmit={submit} noValidate className="ws-form ws-question">
      <TextAreaField
        label={question}
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={500}
        rows={3}
        disabled={disabled}
        error={fieldError}
        description={t('ws.guest.answerHint')}
      />
      {error && !fieldError ? (
        <Alert type="error" live>
          {errorText(error, t)}
        </Alert>
      ) : null}
      {sent ? (
        <Alert type="ok" live>
          {t('ws.guest.sent')}
        </Alert>
      ) : null}
      <Button type="submit" busy={form.busy} disabled={disabled || !text.trim()}>
        {t('ws.guest.send')}
      </Button>
    </form>
  );
}

function VoteForm({
  token,
  state,
  disabled,
  onVoted,
}: {
  token: string;
  state: GuestView;
  disabled: boolean;
  onVoted: (vote: number, votes: number[]) => void;
}) {
  const t = useT();
  const [choice, setChoice] = useState<number | null>(state.me.vote);
  const form = useMutation();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (choice === null) return;
    await form.run(async () => {
      const res = await guestApi<VoteCast>('PUT', '/api/sessie/vote', token, {
        option: choice,
      } satisfies GuestVote);
      onVoted(res.vote, res.votes);
    });
  };
  const total = state.votes.reduce((a, b) => a + b, 0);
  return (
    <form onSubmit={submit} className="ws-form">
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {state.session.questions[0]}
        </legend>
        {state.session.options.map((o, i) => (
          <div key={i} className="ws-option">
            <input
              type="radio"
              id={`ws-opt-${i}`}
              name="ws-vote"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              checked={choice === i}
              onChange={() => setChoice(i)}
              disabled={disabled}
            />
            <label htmlFor={`ws-opt-${i}`} className="utrecht-form-label utrecht-form-label--radio">
              {o} <span className="ws-count">({t('ws.votes', { n: state.votes[i] ?? 0 })})</span>
            </label>
          </div>
        ))}
      </fieldset>
      <Paragraph small>{t('ws.votesTotal', { n: total })}</Paragraph>
      {state.me.vote !== null ? (
        <Alert type="ok" live>
          {t('ws.guest.voted', { option: state.session.options[state.me.vote] ?? '' })}
        </Alert>
      ) : null}
      <ErrorAlert error={form.error} />
      <Button type="submit" busy={form.busy} disabled={disabled || choice === null}>
        {t('ws.guest.vote')}
      </Button>
    </form>
  );
}
