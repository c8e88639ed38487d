import { useT } from '../../../i18n';
import { useResource } from '../../../api/useResource';
import type { HealthCoverageView } from '../../../api/cockpit-types';
import { PageTitle } from '../../../components/page';
import { RadarChart } from '../../../components/RadarChart';
import { Alert, ErrorAlert, Heading, Loading, Paragraph, Table, TextLink } from '../../../components/ui';
import { useNetwork } from '../context';

/**
 * Positieve gezondheid in de wijk: which of the six dimensions the goals, ladders and actions
 * address. Counts of what the network does, shown as a spider web with the same numbers in a
 * table, and a question to talk about — never a score of the neighbourhood.
 */
export default function Health() {
  const t = useT();
  const { networkId } = useNetwork();
  const { data, error } = useResource<HealthCoverageView>(`/api/networks/${networkId}/health-coverage`, networkId);
  const most = data ? Math.max(1, ...data.dimensions.map((d) => d.total)) : 1;

  return (
    <>
      <PageTitle title={t('hc.title')} />
      <Paragraph lead>{t('hc.lead')}</Paragraph>
      <ErrorAlert error={error} />
      {!data ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          <section aria-labelledby="hc-question">
            <Heading level={2} id="hc-question">
              {t('hc.questionTitle')}
            </Heading>
            <Alert type="info">{data.question}</Alert>
            {data.totals.ladders === 0 ? (
              <Paragraph>
                {t('hc.empty')} <TextLink to={`/netwerken/${networkId}/vormgeven`}>{t('hc.toLadders')}</TextLink>
              </Paragraph>
            ) : null}
          </section>
          <section aria-labelledby="hc-chart">
            <Heading level={2} id="hc-chart">
              {t('hc.chartTitle')}
            </Heading>
            <div className="wk-results">
              {/* Drawn relative to the dimension with the most: the picture shows the balance, the table the numbers. */}
              <RadarChart
                points={data.dimensions.map((d) => ({ label: d.name, value: (d.total / most) * 4 }))}
                min={0}
                max={4}
                title={t('hc.chartTitle')}
                description={t('hc.chartDesc')}
              />
              <Table caption={t('hc.tableCaption')}>
                <thead>
                  <tr>
                    <th scope="col">{t('hc.dimension')}</th>
                    <th scope="col">{t('hc.goals')}</th>
                    <th scope="col">{t('hc.ladders')}</th>
                    <th scope="col">{t('hc.actions')}</th>
                    <th scope="col">{t('hc.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.dimensions.map((d) => (
                    <tr key={d.dimension}>
                      <th scope="row">{d.name}</th>
                      <td>{d.goals}</td>
                      <td>{d.ladders}</td>
                      <td>{d.actions}</td>
                      <td>{d.total === 0 ? t('hc.nobody') : d.total}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
            <Paragraph small>{t('hc.howCounted')}</Paragraph>
          </section>
        </>
      )}
    </>
  );
}
