import { useT } from '../i18n';
import { useResource } from '../api/useResource';
import type { CockpitView } from '../api/cockpit-types';
import { Heading, Paragraph, TextLink } from './ui';

/** On the network's overview, for a kartrekker: how much needs attention, with the way to the cockpit. */
export function CockpitSummary({ networkId }: { networkId: string }) {
  const t = useT();
  const { data } = useResource<CockpitView>(`/api/networks/${networkId}/cockpit`, networkId);
  if (!data) return null;
  return (
    <section aria-labelledby="cockpit-summary-heading">
      <Heading level={2} id="cockpit-summary-heading">
        {t('ck.title')}
      </Heading>
      <Paragraph>
        {data.items.length === 0 ? t('ck.none') : t('ck.count', { count: data.items.length, ...data.counts })}{' '}
        <TextLink to={`/netwerken/${networkId}/verdiepen/cockpit`}>{t('ck.toCockpit')}</TextLink>
      </Paragraph>
    </section>
  );
}
