import { useLocale, useT } from '../../../../i18n';
import type { CaseView } from '../../../../api/cases-types';
import { PairBars } from '../../../../components/EffectCharts';
import { Alert, Heading, Paragraph, Table } from '../../../../components/ui';
import { decimal, euro, euroCents } from '../shared';
import { inOrder, payerInSentence, when } from './format';

/** One case: the two timelines side by side (stacked on a phone), and the difference per payer as chart, table and sentences. */
export function CaseFigures({ view }: { view: CaseView }) {
  const t = useT();
  const locale = useLocale();
  const e = (n: number) => euro(n, locale);
  const timelines = [
    { key: 'reference', title: t('cs.reference') },
    { key: 'approach', title: t('cs.withApproach') },
  ] as const;
  return (
    <>
      {view.resident ? (
        <Paragraph>
          <span className="wk-strong">{t('cs.resident')}:</span> {view.resident}
        </Paragraph>
      ) : null}
      {!view.complete ? <Alert type="warning">{t('cs.incomplete')}</Alert> : null}
      <section aria-labelledby="timelines-heading">
        <Heading level={3} id="timelines-heading">
          {t('cs.timelinesTitle')}
        </Heading>
        <div className="wk-case-timelines">
          {timelines.map((tl) => {
            const lines = inOrder(view.lines.filter((l) => l.timeline === tl.key));
            return (
              <section key={tl.key} className="wk-case-timeline" aria-label={tl.title}>
                <h4 className="utrecht-heading-4">{tl.title}</h4>
                {lines.length === 0 ? (
                  <Paragraph>{t('cs.timelineEmpty')}</Paragraph>
                ) : (
                  <ol className="wk-case-lines">
                    {lines.map((l) => (
                      <li key={l.id} className={`wk-case-line wk-case-line--${l.kind}`}>
                        <span className="wk-case-line__when">{when(t, l)}</span>
                        <span className="wk-strong">{l.label}</span>{' '}
                        <span className="wk-case-line__kind">({t(`cs.kind.${l.kind}`)})</span>
                        <br />
                        {l.unitPrice === null
                          ? t('cs.noPrice')
                          : t('cs.lineCost', {
                              quantity: decimal(l.quantity, locale, Number.isInteger(l.quantity) ? 0 : 1),
                              price: euroCents(Math.round(l.unitPrice * 100) / 100, locale),
                              cost: e(l.cost),
                            })}
                        {l.paidByName ? ` · ${l.paidByName}` : ''}
                        {l.priceItem ? ` · ${l.priceItem}` : ` · ${t('cs.ownAmount')}${l.note ? `: ${l.note}` : ''}`}
                        {l.withoutSource ? (
                          <>
                            {' '}
                            <span className="wk-badge wk-badge--warning">{t('cs.withoutSource')}</span>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            );
          })}
        </div>
      </section>
      <section aria-labelledby="difference-heading">
        <Heading level={3} id="difference-heading">
          {t('cs.differenceTitle')}
        </Heading>
        <ul className="wk-case-sentences">
          {view.payers.map((p) => {
            const payer = payerInSentence(t, p.payer, p.payerName);
            const amount = e(Math.abs(p.effect));
            return (
              <li key={p.payer}>
                {Math.round(p.effect) > 0
                  ? t('cs.saves', { payer, amount })
                  : Math.round(p.effect) < 0
                    ? t('cs.costs', { payer, amount })
                    : t('cs.same', { payer })}
              </li>
            );
          })}
        </ul>
        <Paragraph>
          {t('cs.totalSentence', {
            amount: e(view.total.effect),
            all: e(view.total.effect * view.residents),
            residents: view.residents,
          })}
        </Paragraph>
        <div className="wk-chart-pair">
          <PairBars
            title={t('cs.chart')}
            rows={view.payers.map((p) => ({ label: p.payerName, a: p.reference, b: p.withApproach }))}
            aLabel={t('cs.chartWithout')}
            bLabel={t('cs.chartWith')}
            format={e}
          />
          <Table caption={t('cs.chart')}>
            <thead>
              <tr>
                <th scope="col">{t('cs.payer')}</th>
                <th scope="col">{t('cs.reference')}</th>
                <th scope="col">{t('cs.withApproach')}</th>
                <th scope="col">{t('cs.difference')}</th>
              </tr>
            </thead>
            <tbody>
              {view.payers.map((p) => (
                <tr key={p.payer}>
                  <th scope="row" data-label={t('cs.payer')}>
                    {p.payerName}
                  </th>
                  <td data-label={t('cs.reference')}>{e(p.reference)}</td>
                  <td data-label={t('cs.withApproach')}>{e(p.withApproach)}</td>
                  <td data-label={t('cs.difference')}>{e(p.effect)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" data-label={t('cs.payer')}>
                  {t('cs.total')}
                </th>
                <td data-label={t('cs.reference')}>{e(view.total.reference)}</td>
                <td data-label={t('cs.withApproach')}>{e(view.total.withApproach)}</td>
                <td data-label={t('cs.difference')}>{e(view.total.effect)}</td>
              </tr>
            </tbody>
          </Table>
        </div>
      </section>
    </>
  );
}
