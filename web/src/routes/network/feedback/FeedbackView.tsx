import type { FeedbackOverview } from '@schemas/feedback';
import { formatWeek, useLocale, useT } from '../../../i18n';
import { useResource } from '../../../api/useResource';
import { PageTitle } from '../../../components/page';
import { ErrorAlert, Heading, Loading, Paragraph, Table } from '../../../components/ui';
import { useNetwork } from '../context';

const oneDecimal = (n: number, locale: string) =>
  n.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });

/** For kartrekkers: how useful members find each tool, what they miss, the SUS average, and use per week. */
export default function FeedbackView() {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const { data, error } = useResource<FeedbackOverview>(`/api/networks/${networkId}/feedback`, networkId);
  if (!data) return error ? <ErrorAlert error={error} /> : <Loading />;
  const withMissing = data.tools.filter((tool) => tool.missing.length > 0);

  return (
    <>
      <PageTitle title={t('fb.view.title')} />
      <Paragraph lead>{t('fb.view.lead', { n: data.minPeople })}</Paragraph>

      <section aria-labelledby="fb-tools">
        <Heading level={2} id="fb-tools">
          {t('fb.view.tools')}
        </Heading>
        {data.tools.length === 0 ? (
          <Paragraph>{t('fb.view.noTools')}</Paragraph>
        ) : (
          <Table caption={t('fb.view.toolsCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('fb.view.tool')}</th>
                <th scope="col">{t('fb.view.answers')}</th>
                <th scope="col">{t('fb.view.mean')}</th>
                <th scope="col">{t('fb.view.counts')}</th>
              </tr>
            </thead>
            <tbody>
              {data.tools.map((tool) => (
                <tr key={tool.tool}>
                  <th scope="row" data-label={t('fb.view.tool')}>
                    {tool.name}
                  </th>
                  <td data-label={t('fb.view.answers')}>{tool.answers}</td>
                  <td data-label={t('fb.view.mean')}>
                    {tool.mean === null ? t('fb.view.tooFew') : oneDecimal(tool.mean, locale)}
                  </td>
                  <td data-label={t('fb.view.counts')}>{tool.counts.join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="fb-missing">
        <Heading level={2} id="fb-missing">
          {t('fb.view.missingTitle')}
        </Heading>
        {withMissing.length === 0 ? <Paragraph>{t('fb.view.noMissing')}</Paragraph> : null}
        {withMissing.map((tool) => (
          <div key={tool.tool}>
            <Heading level={3}>{t('fb.view.missingOf', { tool: tool.name })}</Heading>
            <ul className="wk-list">
              {tool.missing.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="fb-sus">
        <Heading level={2} id="fb-sus">
          {t('fb.view.sus')}
        </Heading>
        <Paragraph>
          {data.sus.mean === null
            ? t('fb.view.susTooFew', { count: data.sus.answers })
            : t('fb.view.susMean', { score: oneDecimal(data.sus.mean, locale), count: data.sus.answers })}
        </Paragraph>
        <Paragraph small>{t('fb.view.susHint')}</Paragraph>
      </section>

      <section aria-labelledby="fb-usage">
        <Heading level={2} id="fb-usage">
          {t('fb.view.usage')}
        </Heading>
        {data.usage.length === 0 ? (
          <Paragraph>{t('fb.view.noUsage')}</Paragraph>
        ) : (
          <Table caption={t('fb.view.usageCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('fb.view.week')}</th>
                <th scope="col">{t('fb.view.tool')}</th>
                <th scope="col">{t('fb.view.opened')}</th>
                <th scope="col">{t('fb.view.changed')}</th>
              </tr>
            </thead>
            <tbody>
              {data.usage.map((u) => (
                <tr key={`${u.week}-${u.tool}`}>
                  <td data-label={t('fb.view.week')}>{formatWeek(t, u.week)}</td>
                  <th scope="row" data-label={t('fb.view.tool')}>
                    {u.name}
                  </th>
                  <td data-label={t('fb.view.opened')}>{u.opened}</td>
                  <td data-label={t('fb.view.changed')}>{u.changed}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </>
  );
}
