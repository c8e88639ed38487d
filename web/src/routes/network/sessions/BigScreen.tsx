import { useEffect, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../../i18n';
import { RequireAuth } from '../../../components/RequireAuth';
import { ErrorAlert, Loading } from '../../../components/ui';
import type { AnswerView, ConsoleView } from '../../../api/session-types';
import { qrSrc, spacedCode, useSessionConsole } from './useSession';
import { useLiveScan } from './console/useLiveScan';
import { LiveScanScreen } from './console/LiveScanScreen';
import '../../session/sessions.css';

/** The big screen for the projector: large type, high contrast, code and QR, approved answers live. */
export default function BigScreen() {
  return (
    <RequireAuth>
      <Screen />
    </RequireAuth>
  );
}

function Screen() {
  const t = useT();
  const { networkId = '', sessionId = '' } = useParams();
  const { data, error, connected, scanTick } = useSessionConsole(networkId, sessionId);
  const scan = useLiveScan(networkId, sessionId, scanTick);
  const title = data
    ? data.title ||
      (data.column ? t('ws.cardTitle', { column: t(`ws.column.${data.column}`) }) : t(`ws.kind.${data.kind}`))
    : t('ws.screen.title');
  useEffect(() => {
    document.title = `${title} – Wijknet`;
  }, [title]);

  return (
    <main id="main" className="ws-screen">
      {error && !data ? <ErrorAlert error={error} /> : null}
      {!data ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <ScreenBody
          data={data}
          title={title}
          connected={connected}
          scan={scan.live ? <LiveScanScreen live={scan.live} results={scan.results} /> : null}
        />
      )}
    </main>
  );
}

function ScreenBody({
  data,
  title,
  connected,
  scan,
}: {
  data: ConsoleView;
  title: string;
  connected: boolean;
  /** A live scan round takes the place of the question and the answers. */
  scan: ReactNode;
}) {
  const t = useT();
  // Newest first: when the screen is full, the oldest answers are the ones that give way.
  const visible: AnswerView[] = data.answers
    .filter((a) => a.status === 'approved')
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const groups = new Map<string, AnswerView[]>();
  for (const a of visible) groups.set(a.group, [...(groups.get(a.group) ?? []), a]);
  const votes = data.status === 'open' ? data.votes : (data.results.votes ?? data.votes);
  const total = votes.reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...votes);

  return (
    <div className="ws-screen__grid">
      {scan}
      <header className="ws-screen__header" hidden={Boolean(scan)}>
        <h1 className="ws-screen__title">{title}</h1>
        {data.questions.map((q, i) => (
          <p key={i} className="ws-screen__question">
            {q}
          </p>
        ))}
        {!connected ? (
          <p className="ws-screen__status" role="status">
            {t('ws.guest.reconnecting')}
          </p>
        ) : null}
      </header>
      <aside className="ws-screen__join" aria-label={t('ws.screen.joinLabel')}>
        {data.status === 'open' && data.code ? (
          <>
            <p className="ws-screen__how">
              {t('ws.screen.how', { host: new URL(data.joinUrl ?? location.href).host })}
            </p>
            <p
              className="ws-screen__code"
              aria-label={t('ws.screen.codeLabel', { code: data.code.split('').join(' ') })}
            >
              {spacedCode(data.code)}
            </p>
            {data.qrSvg ? (
              <img className="ws-qr" src={qrSrc(data.qrSvg)} alt={t('ws.screen.qrAlt', { url: data.joinUrl ?? '' })} />
            ) : null}
            <p className="ws-screen__count" role="status">
              {t('ws.console.guests', { n: data.guests.length })}
            </p>
          </>
        ) : (
          <p className="ws-screen__how">{t('ws.screen.ended')}</p>
        )}
      </aside>
      <section className="ws-screen__answers" aria-label={t('ws.screen.answersLabel')} hidden={Boolean(scan)}>
        {data.kind === 'vote' ? (
          <ul className="ws-bars" aria-live="polite">
            {data.options.map((o, i) => (
              <li key={i} className="ws-bar">
                <span className="ws-bar__label">{o}</span>
                <meter className="ws-bar__meter" min={0} max={max} value={votes[i] ?? 0} aria-label={o} />
                <span className="ws-bar__count">{t('ws.votes', { n: votes[i] ?? 0 })}</span>
              </li>
            ))}
            <li className="ws-bar__total">{t('ws.votesTotal', { n: total })}</li>
          </ul>
        ) : visible.length === 0 ? (
          <p className="ws-screen__empty">{t('ws.screen.empty')}</p>
        ) : (
          [...groups.entries()].map(([group, answers]) => (
            <div key={group || '-'} className="ws-screen__group">
              {group ? <h2 className="ws-screen__group-title">{group}</h2> : null}
              <ul className="ws-cards" aria-live="polite">
                {answers.map((a) => (
                  <li key={a.id} className="ws-card">
                    <span className="ws-card__text">{a.text}</span>
                    {a.name ? <span className="ws-card__name">{a.name}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
    </div>
  );
}
