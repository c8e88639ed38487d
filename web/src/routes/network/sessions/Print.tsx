import { useParams } from 'react-router';
import { useT } from '../../../i18n';
import { PageTitle } from '../../../components/page';
import { Button, ErrorAlert, Loading, Paragraph, TextLink } from '../../../components/ui';
import { useNetwork } from '../context';
import { useSessionConsole } from './useSession';
import '../../session/sessions.css';

/** The questions as cards to print, for people who answer on paper. */
export default function Print() {
  const t = useT();
  const { networkId } = useNetwork();
  const { sessionId = '' } = useParams();
  const { data, error } = useSessionConsole(networkId, sessionId);
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <Loading />;
  const title =
    data.title ||
    (data.column ? t('ws.cardTitle', { column: t(`ws.column.${data.column}`) }) : t(`ws.kind.${data.kind}`));
  const copies = 4;
  return (
    <>
      <PageTitle title={t('ws.print.title', { title })} />
      <div className="ws-no-print">
        <Paragraph>{t('ws.print.intro')}</Paragraph>
        <Button onClick={() => window.print()}>{t('ws.print.button')}</Button>{' '}
        <TextLink to={`/netwerken/${networkId}/werksessies/${data.id}`}>{t('ws.console.backToConsole')}</TextLink>
      </div>
      <ul className="ws-print">
        {(data.kind === 'vote' ? [data.questions[0] ?? ''] : data.questions).flatMap((q, i) =>
          Array.from({ length: copies }, (_, c) => (
            <li key={`${i}-${c}`} className="ws-print__card">
              <p className="ws-print__title">{title}</p>
              <p className="ws-print__question">{q}</p>
              {data.kind === 'vote' ? (
                <ul className="ws-print__options">
                  {data.options.map((o, k) => (
                    <li key={k}>☐ {o}</li>
                  ))}
                </ul>
              ) : (
                <div className="ws-print__lines" aria-hidden="true" />
              )}
              <p className="ws-print__name">{t('ws.print.name')}</p>
            </li>
          )),
        )}
      </ul>
    </>
  );
}
