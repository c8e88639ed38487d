import '../../../styles/cockpit.css';
import { useT, useLocale, formatDate } from '../../../i18n';
import { useResource } from '../../../api/useResource';
import type { CockpitItemView, CockpitView } from '../../../api/cockpit-types';
import type { MessageKey } from '../../../i18n/nl';
import { PageTitle } from '../../../components/page';
import { DigestSetting } from '../../../components/DigestSetting';
import { ErrorAlert, Loading, Paragraph, TextLink } from '../../../components/ui';
import { useNetwork } from '../context';

/** The kartrekker's cockpit: what needs attention, most urgent first, each with the one step that deals with it. */
export default function Cockpit() {
  const t = useT();
  const { networkId, role } = useNetwork();
  const isLead = role === 'kartrekker';
  const view = useResource<CockpitView>(isLead ? `/api/networks/${networkId}/cockpit` : null, networkId);

  return (
    <>
      <PageTitle title={t('ck.title')} />
      {!isLead ? (
        <Paragraph>{t('ck.onlyLead')}</Paragraph>
      ) : (
        <>
          <Paragraph lead>{t('ck.lead')}</Paragraph>
          <ErrorAlert error={view.error} />
          {!view.data ? (
            view.error ? null : (
              <Loading />
            )
          ) : view.data.items.length === 0 ? (
            <Paragraph>{t('ck.none')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('ck.count', { count: view.data.items.length, ...view.data.counts })}</Paragraph>
              <ol className="wk-cockpit" aria-label={t('ck.listLabel')}>
                {view.data.items.map((item) => (
                  <Item
                    key={`${item.code}-${item.recordId ?? ''}-${item.date ?? ''}`}
                    item={item}
                    networkId={networkId}
                  />
                ))}
              </ol>
            </>
          )}
          <DigestSetting heading={t('ck.digestTitle')} />
        </>
      )}
    </>
  );
}

function Item({ item, networkId }: { item: CockpitItemView; networkId: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <li className={`wk-cockpit__item wk-cockpit__item--${item.severity}`}>
      <p className="utrecht-paragraph">
        <span className="wk-cockpit__severity">{t(`ck.severity.${item.severity}` as MessageKey)}</span>
        {item.date ? (
          <>
            {' · '}
            <time dateTime={item.date}>{formatDate(item.date, locale)}</time>
          </>
        ) : null}
      </p>
      <p className="utrecht-paragraph">{item.text}</p>
      <p className="utrecht-paragraph">
        <TextLink to={`/netwerken/${networkId}/${item.path}`}>{item.actionLabel}</TextLink>
      </p>
    </li>
  );
}
