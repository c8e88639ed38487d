import { useParams } from 'react-router';
import { useT, useLocale, formatDate } from '../../../i18n';
import { useResource } from '../../../api/useResource';
import type { VersionView } from '../../../api/vormgeven-types';
import { PageTitle } from '../../../components/page';
import { Alert, ErrorAlert, Heading, Loading, Paragraph, TextLink } from '../../../components/ui';
import { useNetwork } from '../context';
import { apiBase } from './shared';

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
            <ConsentList version={v} />
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
            {v.snapshot.network.vision ? (
              <>
                <Heading level={3}>{t('vg.goals.visionTitle')}</Heading>
                <p className="utrecht-paragraph wk-quote wk-prewrap">{v.snapshot.network.vision}</p>
              </>
            ) : null}
            <div className="wk-board">
              {v.snapshot.columns.map((c) => (
                <div key={c.key} className="wk-column wk-column--joint">
                  <h3 className="utrecht-heading-3 wk-column__title">{c.title}</h3>
                  {c.prompt ? <p className="utrecht-paragraph wk-column__prompt">{c.prompt}</p> : null}
                  {c.items.length ? (
                    <ul className="wk-items">
                      {c.items.map((i, n) => (
                        <li key={n} className="wk-item">
                          <p className="utrecht-paragraph wk-item__text">{i.text}</p>
                          {i.sources.length ? (
                            <p className="utrecht-paragraph wk-meta">
                              {t('vg.card.cameFrom')} {i.sources.map((s) => s.actorName ?? s.memberName).join(', ')}
                            </p>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="utrecht-paragraph wk-meta">—</p>
                  )}
                </div>
              ))}
            </div>
            {v.snapshot.goals.length ? (
              <>
                <Heading level={3}>{t('vg.goals.listTitle')}</Heading>
                <ul className="wk-plain-list wk-list">
                  {v.snapshot.goals.map((g, n) => (
                    <li key={n}>
                      <span className="wk-strong">{g.title}</span>
                      {g.indicator ? ` — ${t('vg.goals.indicator')}: ${g.indicator}` : ''}
                      {g.targetValue ? `; ${t('vg.goals.target')}: ${g.targetValue}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {v.snapshot.agreements.length ? (
              <>
                <Heading level={3}>{t('vg.nav.agreements')}</Heading>
                <ul className="wk-plain-list wk-list">
                  {v.snapshot.agreements.map((a, n) => (
                    <li key={n}>
                      <span className="wk-strong">{a.title}</span>
                      {a.body ? ` — ${a.body}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        </>
      )}
    </>
  );
}

export function ConsentList({ version }: { version: VersionView }) {
  const t = useT();
  const locale = useLocale();
  const given = version.consents.filter((c) => c.consented).length;
  return (
    <>
      <p className="utrecht-paragraph">
        {version.complete ? t('vg.consent.complete') : t('vg.consent.count', { given, total: version.consents.length })}
      </p>
      <ul className="wk-consents">
        {version.consents.map((c) => (
          <li key={c.party} className={`wk-consent ${c.consented ? 'wk-consent--yes' : 'wk-consent--no'}`}>
            <span className="wk-strong">{c.name}</span>
            <span>
              {c.consented
                ? t('vg.consent.given', {
                    by: c.consentedBy ?? '',
                    date: c.consentedAt ? formatDate(c.consentedAt, locale) : '',
                  })
                : t('vg.consent.waiting')}
            </span>
          </li>
        ))}
      </ul>
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
