import { useParams } from 'react-router';
import { useT, useLocale, formatDate } from '../../../i18n';
import { useResource } from '../../../api/useResource';
import type { VersionView } from '../../../api/vormgeven-types';
import { PageTitle } from '../../../components/page';
import { Alert, ErrorAlert, Heading, Loading, Paragraph, TextLink } from '../../../components/ui';
import { useNetwork } from '../context';
import { apiBase } from './shared';
import { ConsentList } from './card/ConsentList';
import { SnapshotContent } from './card/SnapshotContent';

/** One published version of the joint card, exactly as it was, with consent per partner. */
export default function CardVersion() {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const { versionId = '' } = useParams();
  const version = useResource<VersionView>(
    `${apiBase(networkId)}/card/versions/${encodeURIComponent(versionId)}`,
    networkId,
  );
  const v = version.data;
  return (
    <>
      <PageTitle title={v ? t('vg.version.title', { number: v.number }) : t('vg.version.loading')} />
      <Paragraph>
        <TextLink to={`/netwerken/${networkId}/vormgeven/kaart`}>{t('vg.version.back')}</TextLink>
      </Paragraph>
      <ErrorAlert error={version.error} />
      {!v ? (
        version.error ? null : (
          <Loading />
        )
      ) : (
        <>
          <Paragraph lead>
            {t('vg.version.lead', { date: formatDate(v.publishedAt, locale), by: v.snapshot.publishedBy })}
          </Paragraph>
          {!v.isLatest ? <Alert type="info">{t('vg.version.notLatest')}</Alert> : null}
          <section aria-labelledby="consent-heading">
            <Heading level={2} id="consent-heading">
              {t('vg.version.consentTitle')}
            </Heading>
            <ConsentList version={v} onChanged={version.reload} />
          </section>
          <section aria-labelledby="docs-heading">
            <Heading level={2} id="docs-heading">
              {t('vg.version.docsTitle')}
            </Heading>
            <Downloads
              base={`${apiBase(networkId)}/card/versions/${v.id}/documents`}
              label={t('vg.card.versionDocs', { number: v.number })}
            />
          </section>
          <section aria-labelledby="content-heading">
            <Heading level={2} id="content-heading">
              {t('vg.version.contentTitle')}
            </Heading>
            <SnapshotContent snapshot={v.snapshot} />
          </section>
        </>
      )}
    </>
  );
}

/** Links to the plan van aanpak and the samenwerkingsovereenkomst, as PDF and Word. */
export function Downloads({ base, label }: { base: string; label: string }) {
  const t = useT();
  const docs = [
    { file: 'samenwerkingsovereenkomst', name: t('vg.docs.agreement') },
    { file: 'plan-van-aanpak', name: t('vg.docs.plan') },
  ];
  return (
    <div className="wk-downloads">
      <p className="utrecht-paragraph wk-strong">{label}</p>
      <ul className="wk-plain-list">
        {docs.map((d) => (
          <li key={d.file}>
            {d.name}:{' '}
            <a className="utrecht-link utrecht-link--html-a" href={`${base}/${d.file}.pdf`} download>
              {t('vg.docs.pdf')}
              <span className="wk-visually-hidden"> ({d.name})</span>
            </a>{' '}
            ·{' '}
            <a className="utrecht-link utrecht-link--html-a" href={`${base}/${d.file}.docx`} download>
              {t('vg.docs.word')}
              <span className="wk-visually-hidden"> ({d.name})</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
