import { useLocale, useT, type Locale, type T } from '../../../i18n';
import type { NetworkAnalysisView } from '../../../api/verkennen-types';
import { PageTitle } from '../../../components/page';
import { ErrorAlert, Heading, Loading, Paragraph, Table, TextLink } from '../../../components/ui';
import { domainLabel } from '../../../labels';
import { readingEn } from '../../../../../src/domain/network/reading-en.ts';
import { readingNl } from '../../../../../src/domain/network/reading-nl.ts';
import type { NetworkReading } from '../../../../../src/domain/network/reading.ts';
import { useNetwork } from '../context';
import { decimal } from './domains';
import { useAnalysis } from './shared';
import { Snapshots } from './Snapshots';

export default function Analyse() {
  const t = useT();
  const { networkId } = useNetwork();
  const { data, error } = useAnalysis(networkId);
  return (
    <>
      <PageTitle title={t('analysis.title')} />
      <Paragraph>{t('analysis.intro')}</Paragraph>
      <ErrorAlert error={error} />
      {data ? <AnalysisView analysis={data} /> : error ? null : <Loading />}
      <Snapshots />
    </>
  );
}

/** The findings in the reader's language, worded by the same renderers the CLI and the API use. */
const readingText = (t: T, reading: NetworkReading, locale: Locale) =>
  (locale === 'nl' ? readingNl : readingEn)(reading, { domainName: (d) => domainLabel(t, d) });

function AnalysisView({ analysis: a }: { analysis: NetworkAnalysisView }) {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const r = a.reading;
  const brokers = a.centrality.filter((c) => c.betweenness > 0).slice(0, 10);
  const domains = Object.keys(a.crossDomain);
  return (
    <>
      <section aria-labelledby="summary-heading">
        <Heading level={2} id="summary-heading">
          {t('analysis.summaryTitle')}
        </Heading>
        <ul className="utrecht-unordered-list wk-list">
          {readingText(t, r, locale).map((line) => (
            <li key={line} className="utrecht-unordered-list__item">
              {line}
            </li>
          ))}
        </ul>
        {a.relations === 0 ? (
          <Paragraph>
            <TextLink to={`/netwerken/${networkId}/verkennen/kaart`}>{t('analysis.toMap')}</TextLink>
          </Paragraph>
        ) : null}
      </section>

      <section aria-labelledby="numbers-heading">
        <Heading level={2} id="numbers-heading">
          {t('analysis.numbersTitle')}
        </Heading>
        <dl className="wk-facts">
          <div>
            <dt>{t('analysis.actors')}</dt>
            <dd>{a.actors}</dd>
          </div>
          <div>
            <dt>{t('analysis.relations')}</dt>
            <dd>{a.relations}</dd>
          </div>
          <div>
            <dt>{t('analysis.density')}</dt>
            <dd>
              {decimal(a.density, locale, 3)}{' '}
              <span className="wk-meta">
                — {t('analysis.densityExplain', { percent: decimal(a.density * 100, locale, 0) })}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('analysis.components')}</dt>
            <dd>
              {r.parts} <span className="wk-meta">— {t('analysis.componentsExplain')}</span>
            </dd>
          </div>
          <div>
            <dt>{t('analysis.isolated')}</dt>
            <dd>{r.isolated.length ? r.isolated.map((x) => x.name).join(', ') : t('analysis.isolatedNone')}</dd>
          </div>
          <div>
            <dt>{t('analysis.communities')}</dt>
            <dd>
              {r.groups.length}{' '}
              <span className="wk-meta">
                — {t('analysis.modularityExplain', { modularity: decimal(r.modularity, locale, 3) })}
              </span>
            </dd>
          </div>
        </dl>
        {r.groups.length > 1 ? (
          <>
            <Heading level={3}>{t('analysis.communitiesTitle')}</Heading>
            <ol className="wk-list">
              {r.groups.map((c, i) => (
                <li key={c.map((x) => x.id).join()}>
                  <span className="wk-strong">{t('analysis.group', { n: i + 1 })}:</span>{' '}
                  {c.map((x) => x.name).join(', ')}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </section>

      <section aria-labelledby="brokers-heading">
        <Heading level={2} id="brokers-heading">
          {t('analysis.brokersTitle')}
        </Heading>
        <Paragraph>{t('analysis.brokersIntro')}</Paragraph>
        {brokers.length === 0 ? (
          <Paragraph>{t('analysis.brokersNone')}</Paragraph>
        ) : (
          <Table caption={t('analysis.brokersCaption')}>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('actor.name')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('actor.domain')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('map.col.betweenness')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('analysis.degreeCentrality')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {brokers.map((b) => (
                <tr key={b.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell wk-row-head">
                    {b.name}
                  </th>
                  <td className="utrecht-table__cell" data-label={t('actor.domain')}>
                    {domainLabel(t, b.domain)}
                  </td>
                  <td className="utrecht-table__cell wk-num" data-label={t('map.col.betweenness')}>
                    {decimal(b.betweenness, locale, 3)}
                  </td>
                  <td className="utrecht-table__cell wk-num" data-label={t('analysis.degreeCentrality')}>
                    {decimal(b.degree, locale, 3)}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="matrix-heading">
        <Heading level={2} id="matrix-heading">
          {t('analysis.matrixTitle')}
        </Heading>
        <Paragraph>{t('analysis.matrixIntro')}</Paragraph>
        {domains.length === 0 ? (
          <Paragraph>{t('analysis.matrixEmpty')}</Paragraph>
        ) : (
          <Table caption={t('analysis.matrixCaption')} className="wk-matrix">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <td className="utrecht-table__header-cell" />
                {domains.map((d) => (
                  <th key={d} scope="col" className="utrecht-table__header-cell">
                    {domainLabel(t, d)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {domains.map((row) => (
                <tr key={row} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell wk-row-head">
                    {domainLabel(t, row)}
                  </th>
                  {domains.map((col) => {
                    const n = a.crossDomain[row]?.[col] ?? 0;
                    const self = row === col;
                    const empty = !self && n === 0;
                    return (
                      <td
                        key={col}
                        className={`utrecht-table__cell wk-num ${self ? 'wk-matrix__self' : ''} ${empty ? 'wk-matrix__empty' : ''}`}
                        data-label={domainLabel(t, col)}
                      >
                        {empty ? t('analysis.matrixNone') : n}
                        {self ? <span className="wk-meta"> {t('analysis.matrixInside')}</span> : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Heading level={3}>{t('analysis.pairsTitle')}</Heading>
        {r.domainGaps.length === 0 ? (
          <Paragraph>{domains.length > 1 ? t('analysis.pairsNone') : t('analysis.pairsOneDomain')}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list wk-list">
            {r.domainGaps.map((p) => (
              <li key={`${p.a}-${p.b}`} className="utrecht-unordered-list__item">
                {t('analysis.pairMissing', { a: domainLabel(t, p.a), b: domainLabel(t, p.b) })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
