import { useParams } from 'react-router';
import { useT, useLocale, formatDate, type Locale } from '../../../i18n';
import { useResource } from '../../../api/useResource';
import type { DimensionResult, RoundResults, RoundView } from '../../../api/scan-types';
import type { MessageKey } from '../../../i18n/nl';
import { PageTitle } from '../../../components/page';
import { RadarChart } from '../../../components/RadarChart';
import { Alert, ErrorAlert, Heading, Loading, Paragraph, Table, TextLink } from '../../../components/ui';
import { useNetwork } from '../context';

const oneDecimal = (value: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);

const TOOL_PAGES: Record<DimensionResult['tips'][number]['tool'], string> = {
  card: 'vormgeven/kaart',
  goals: 'vormgeven/doelen',
  agreements: 'vormgeven/afspraken',
  lead: 'vormgeven/kartrekker',
  actions: 'vormgeven/acties',
  session: 'werksessies',
};

/** One closed round: a radar chart with the same figures in a table, the spread in words, tips and the trend. */
export default function ScanResults() {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const { roundId = '' } = useParams();
  const base = `/api/networks/${networkId}/scan`;
  const rounds = useResource<RoundView[]>(`${base}/rounds`, networkId);
  const results = useResource<RoundResults>(`${base}/rounds/${encodeURIComponent(roundId)}/results`, networkId);
  const round = rounds.data?.find((r) => r.id === roundId);
  const back = <TextLink to={`/netwerken/${networkId}/verdiepen`}>{t('vd.results.back')}</TextLink>;

  const trendText = (change: number) => {
    const size = oneDecimal(Math.abs(change), locale);
    if (Math.abs(change) < 0.05) return t('vd.results.same');
    return t(change > 0 ? 'vd.results.up' : 'vd.results.down', { size });
  };

  const r = results.data;
  return (
    <>
      <PageTitle title={t('vd.results.title', { label: round?.label ?? '' })} />
      <Paragraph>{back}</Paragraph>
      <ErrorAlert error={results.error} />
      {!r ? (
        results.error ? null : (
          <Loading />
        )
      ) : !r.available ? (
        <Alert type="info">
          {r.reason === 'open'
            ? t('vd.results.open', { date: formatDate(r.closesOn, locale) })
            : t('vd.results.tooFew', { needed: r.needed })}
        </Alert>
      ) : (
        <>
          <Paragraph lead>{t('vd.results.respondents', { n: r.respondents })}</Paragraph>
          <section aria-labelledby="chart-heading">
            <Heading level={2} id="chart-heading">
              {t('vd.results.chartTitle')}
            </Heading>
            <div className="wk-results">
              <RadarChart
                points={r.dimensions.map((d) => ({ label: d.name[locale], value: d.mean }))}
                min={r.scale.min}
                max={r.scale.max}
                title={t('vd.results.chartTitle')}
                description={t('vd.results.chartDesc', { min: r.scale.min, max: r.scale.max })}
              />
              <Table caption={t('vd.results.tableCaption')}>
                <thead>
                  <tr>
                    <th scope="col">{t('vd.results.dimension')}</th>
                    <th scope="col">{t('vd.results.mean')}</th>
                    <th scope="col">{t('vd.results.n')}</th>
                    <th scope="col">{t('vd.results.spread')}</th>
                    {r.previousLabel ? <th scope="col">{t('vd.results.trend', { label: r.previousLabel })}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {r.dimensions.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{d.name[locale]}</th>
                      <td>{d.mean === null ? t('vd.results.withheld') : oneDecimal(d.mean, locale)}</td>
                      <td>{d.n}</td>
                      <td>{d.spread ? t(`vd.results.spread.${d.spread}` as MessageKey) : '—'}</td>
                      {r.previousLabel ? <td>{d.trend === null ? '—' : trendText(d.trend)}</td> : null}
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          </section>
          <section aria-labelledby="tips-heading">
            <Heading level={2} id="tips-heading">
              {t('vd.results.tipsTitle')}
            </Heading>
            {r.dimensions.every((d) => d.tips.length === 0) ? <Paragraph>{t('vd.results.tipsNone')}</Paragraph> : null}
            {r.dimensions
              .filter((d) => d.tips.length > 0)
              .map((d) => (
                <div key={d.id} className="wk-dimension">
                  <Heading level={3}>{d.name[locale]}</Heading>
                  <Paragraph small>
                    {[d.weak ? t('vd.results.weak') : '', d.divided ? t('vd.results.divided') : '']
                      .filter(Boolean)
                      .join(' ')}
                  </Paragraph>
                  <ul>
                    {d.tips.map((tip) => (
                      <li key={tip.id}>
                        {tip[locale]}{' '}
                        <TextLink to={`/netwerken/${networkId}/${TOOL_PAGES[tip.tool]}`}>
                          {t('vd.results.toTool', { tool: t(`vd.tool.${tip.tool}` as MessageKey) })}
                        </TextLink>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
          </section>
        </>
      )}
    </>
  );
}
