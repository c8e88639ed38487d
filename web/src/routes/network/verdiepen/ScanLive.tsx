import { useParams } from 'react-router';
import { useT } from '../../../i18n';
import { api } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import type { LiveAnswered, LivePhoneView } from '../../../api/scan-types';
import type { LiveAnswerBody } from '../../../api/requests';
import { PageTitle } from '../../../components/page';
import { ErrorAlert, Loading, Paragraph, TextLink } from '../../../components/ui';
import { LiveScanQuestion } from '../../session/LiveScanQuestion';
import { useNetwork } from '../context';
import '../../session/sessions.css';

/**
 * A signed-in member's phone during a live scan: the question on the big screen now. Their
 * membership decides "once"; it follows the moderator through the network's live events.
 */
export default function ScanLive() {
  const t = useT();
  const { networkId } = useNetwork();
  const { roundId = '' } = useParams();
  const path = `/api/networks/${networkId}/scan/rounds/${encodeURIComponent(roundId)}/live`;
  const view = useResource<LivePhoneView>(`${path}/question`, networkId);
  return (
    <div className="ws-phone">
      <PageTitle title={t('sl.member.title')} />
      <Paragraph small>
        <TextLink to={`/netwerken/${networkId}/verdiepen`}>{t('sl.member.back')}</TextLink>
      </Paragraph>
      <ErrorAlert error={view.error} />
      {view.data ? (
        <LiveScanQuestion
          view={view.data}
          send={(body) => api<LiveAnswered>('POST', `${path}/answers`, body satisfies LiveAnswerBody)}
        />
      ) : view.error ? null : (
        <Loading />
      )}
    </div>
  );
}
