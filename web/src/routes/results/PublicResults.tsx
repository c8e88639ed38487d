import { useEffect } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../i18n';
import { useResource } from '../../api/useResource';
import type { PublicResults as Page } from '../../api/results-types';
import { PageTitle } from '../../components/page';
import { ErrorAlert, Loading, Paragraph } from '../../components/ui';
import { PublicView } from './PublicView';

/** Keeps search engines away unless the network chose otherwise (the API says the same in X-Robots-Tag). */
function useRobots(indexable: boolean | undefined) {
  useEffect(() => {
    if (indexable) return;
    const meta = document.createElement('meta');
    meta.name = 'robots';
    meta.content = 'noindex, nofollow';
    document.head.appendChild(meta);
    return () => meta.remove();
  }, [indexable]);
}

/** The public results page behind a shared link: no account needed, only what the network chose to show. */
export default function PublicResults() {
  const t = useT();
  const { token = '' } = useParams();
  const { data, error } = useResource<Page>(`/api/public/results/${encodeURIComponent(token)}`);
  useRobots(data?.indexable);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <Paragraph small>{t('rs.public.kicker')}</Paragraph>
      <PageTitle title={data.networkName} />
      <Paragraph lead>{t('rs.public.area', { area: data.areaName })}</Paragraph>
      <PublicView page={data} />
      <Paragraph small>{t('rs.public.madeWith')}</Paragraph>
    </>
  );
}
