import { useState, type FormEvent } from 'react';
import { formatDate, useLocale, useT } from '../../../i18n';
import { post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { EffectModelResultView } from '../../../api/verankeren-types';
import { PairBars, Tornado } from '../../../components/EffectCharts';
import { Alert, Button, ErrorAlert, Heading, Paragraph, Table, TextField, TextLink } from '../../../components/ui';
import { useNetwork } from '../context';
import { apiBase, decimal, editNumber, euro, parseNumber, percent } from './shared';
import type { SavedModelVersion } from '@schemas/effects';

const FIELD_KEYS: Record<string, string> = {
  amount: 'vk.model.amount',
  hours: 'vk.model.hours',
  rate: 'vk.model.rate',
  quantity: 'vk.model.quantity',
  proxy: 'vk.model.proxy',
  deadweight: 'vk.model.deadweight',
  displacement: 'vk.model.displacement',
  attribution: 'vk.model.attribution',
  dropoff: 'vk.model.dropoff',
  duration: 'vk.model.duration',
};

/** The figures of one model, each with how it was computed; who pays and who benefits; the uncertainty; co-funding and versions. */
export function Results({ view, onChange }: { view: EffectModelResultView; onChange: () => void }) {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const r = view.result;
  const e = (n: number) => euro(n, locale);
  const d = (n: number, digits = 2) => decimal(n, locale, digits);
  const ratio = r.ratio === null ? t('vk.result.noRatio') : t('vk.result.ratioText', { ratio: d(r.ratio) });
  const fieldName = (f: string) =>
    t((FIELD_KEYS[f] ?? 'vk.model.amount') as 'vk.model.amount').replace(/ \((€|%)\)$/, '');
  const mc = view.uncertainty;

  return (
    <>
      <section aria-labelledby="result-heading">
        <Heading level={2} id="result-heading">
          {t('vk.result.title')}
        </Heading>
        {view.warnings.map((w) => (
          <Alert key={w} type="warning">
            {w}
          </Alert>
        ))}
        <dl className="wk-figures">
          <Figure label={t('vk.result.pvInputs')} value={e(r.pvInputs)}>
            <Paragraph small>{t('vk.result.howInputs')}</Paragraph>
            <Table caption={t('vk.result.inputsCaption')}>
              <thead>
                <tr>
                  <th scope="col">{t('vk.model.stakeholder')}</th>
                  <th scope="col">{t('vk.model.year')}</th>
                  <th scope="col">{t('vk.result.cost')}</th>
                  <th scope="col">{t('vk.result.factor')}</th>
                  <th scope="col">{t('vk.result.pv')}</th>
                </tr>
              </thead>
              <tbody>
                {r.inputs.map((line, i) => (
                  <tr key={i}>
                    <th scope="row">{line.stakeholder}</th>
                    <td>{line.year}</td>
                    <td>
                      {e(line.cost)}
                      {line.hours !== undefined ? (
                        <span className="wk-block wk-meta">
                          {t('vk.result.hoursTimesRate', { hours: d(line.hours, 0), rate: d(line.rate ?? 0) })}
                        </span>
                      ) : null}
                    </td>
                    <td>{d(line.discountFactor, 4)}</td>
                    <td>{e(line.pv)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Figure>
          <Figure label={t('vk.result.pvOutcomes')} value={e(r.pvOutcomes)}>
            <Paragraph small>{t('vk.result.howOutcomes')}</Paragraph>
            {r.outcomes.map((o, i) => (
              <Table key={i} caption={t('vk.result.outcomeCaption', { name: o.name })}>
                <thead>
                  <tr>
                    <th scope="col">{t('vk.model.year')}</th>
                    <th scope="col">{t('vk.result.value')}</th>
                    <th scope="col">{t('vk.result.factor')}</th>
                    <th scope="col">{t('vk.result.pv')}</th>
                  </tr>
                </thead>
                <tbody>
                  {o.years.map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      <td>{e(y.value)}</td>
                      <td>{d(y.discountFactor, 4)}</td>
                      <td>{e(y.pv)}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            ))}
          </Figure>
          <Figure label={t('vk.result.ratio')} value={ratio}>
            {r.ratio !== null ? (
              <Paragraph small>
                {t('vk.result.howRatio', { outcomes: e(r.pvOutcomes), inputs: e(r.pvInputs), ratio: d(r.ratio) })}
              </Paragraph>
            ) : null}
          </Figure>
          <Figure label={t('vk.result.npv')} value={e(r.npv)}>
            <Paragraph small>
              {t('vk.result.howNpv', { outcomes: e(r.pvOutcomes), inputs: e(r.pvInputs), npv: e(r.npv) })}
            </Paragraph>
          </Figure>
          <Figure
            label={t('vk.result.payback')}
            value={
              r.paybackYear === null
                ? t('vk.result.noPayback', { years: r.horizon })
                : t('vk.result.paybackYear', { year: r.paybackYear })
            }
          >
            <Paragraph small>{t('vk.result.howPayback')}</Paragraph>
            <Table caption={t('vk.result.yearsCaption')}>
              <thead>
                <tr>
                  <th scope="col">{t('vk.model.year')}</th>
                  <th scope="col">{t('vk.result.cumInputs')}</th>
                  <th scope="col">{t('vk.result.cumOutcomes')}</th>
                </tr>
              </thead>
              <tbody>
                {r.years.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td>{e(y.cumulativeInputs)}</td>
                    <td>{e(y.cumulativeOutcomes)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Figure>
        </dl>
      </section>

      <section aria-labelledby="who-heading">
        <Heading level={2} id="who-heading">
          {t('vk.who.title')}
        </Heading>
        <Paragraph lead>{view.summary}</Paragraph>
        <div className="wk-chart-pair">
          <PairBars
            title={t('vk.who.chart')}
            rows={view.proposal.map((s) => ({ label: s.name, a: s.investment, b: s.benefit }))}
            aLabel={t('vk.who.investment')}
            bLabel={t('vk.who.benefit')}
            format={e}
          />
          <Table caption={t('vk.who.chart')}>
            <thead>
              <tr>
                <th scope="col">{t('vk.model.stakeholder')}</th>
                <th scope="col">{t('vk.who.investment')}</th>
                <th scope="col">{t('vk.who.benefit')}</th>
                <th scope="col">{t('vk.who.share')}</th>
                <th scope="col">{t('vk.who.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {view.proposal.map((s) => (
                <tr key={s.name}>
                  <th scope="row">{s.name}</th>
                  <td>{e(s.investment)}</td>
                  <td>{e(s.benefit)}</td>
                  <td>{s.proposedShare === null ? '–' : percent(s.proposedShare, locale)}</td>
                  <td>{s.proposedAmount === null ? '–' : e(s.proposedAmount)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
        <Paragraph small>{t('vk.who.proposalText')}</Paragraph>
      </section>

      <section aria-labelledby="tornado-heading">
        <Heading level={2} id="tornado-heading">
          {t('vk.tornado.title')}
        </Heading>
        {view.tornado.bars.length === 0 || view.tornado.baseRatio === null ? (
          <Paragraph>{t('vk.tornado.none')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('vk.tornado.text', { ratio: d(view.tornado.baseRatio) })}</Paragraph>
            <div className="wk-chart-pair">
              <Tornado
                title={t('vk.tornado.caption')}
                base={view.tornado.baseRatio}
                rows={view.tornado.bars
                  .filter((b) => b.ratioLow !== null && b.ratioHigh !== null)
                  .map((b) => ({ label: `${b.name}: ${fieldName(b.field)}`, low: b.ratioLow!, high: b.ratioHigh! }))}
                format={(n) => d(n)}
              />
              <Table caption={t('vk.tornado.caption')}>
                <thead>
                  <tr>
                    <th scope="col">{t('vk.tornado.assumption')}</th>
                    <th scope="col">{t('vk.tornado.range')}</th>
                    <th scope="col">{t('vk.tornado.ratioLow')}</th>
                    <th scope="col">{t('vk.tornado.ratioHigh')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.tornado.bars.map((b) => (
                    <tr key={b.path}>
                      <th scope="row">
                        {b.name}: {fieldName(b.field)}
                      </th>
                      <td>
                        {editNumber(b.low, locale)} – {editNumber(b.high, locale)}
                      </td>
                      <td>{b.ratioLow === null ? '–' : d(b.ratioLow)}</td>
                      <td>{b.ratioHigh === null ? '–' : d(b.ratioHigh)}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="mc-heading">
        <Heading level={2} id="mc-heading">
          {t('vk.mc.title')}
        </Heading>
        <Paragraph lead>{t('vk.mc.chance', { n: Math.round(mc.pRatioAbove1 * 100) })}</Paragraph>
        {mc.p05 !== null && mc.p50 !== null && mc.p95 !== null ? (
          <Paragraph>
            {t('vk.mc.spread', {
              runs: new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(mc.runs),
              p05: d(mc.p05),
              p50: d(mc.p50),
              p95: d(mc.p95),
            })}
          </Paragraph>
        ) : null}
      </section>

      <CoFunding view={view} canRecord={role === 'kartrekker'} networkId={networkId} />
      <Versions view={view} canSave={role !== 'meekijker'} networkId={networkId} onSaved={onChange} />
    </>
  );
}

function Figure({ label, value, children }: { label: string; value: string; children: React.ReactNode }) {
  const t = useT();
  return (
    <div className="wk-figure">
      <dt>{label}</dt>
      <dd>
        <span className="wk-figure__value">{value}</span>
        <details>
          <summary>{t('vk.result.how')}</summary>
          {children}
        </details>
      </dd>
    </div>
  );
}

function CoFunding({
  view,
  canRecord,
  networkId,
}: {
  view: EffectModelResultView;
  canRecord: boolean;
  networkId: string;
}) {
  const t = useT();
  const locale = useLocale();
  const parties = view.proposal.filter((s) => s.proposedAmount !== null);
  const [amounts, setAmounts] = useState<Record<string, string>>(() =>
    Object.fromEntries(parties.map((s) => [s.name, editNumber(Math.round(s.proposedAmount!), locale)])),
  );
  const record = useMutation();
  const fields = record.fields;
  const [done, setDone] = useState(false);
  if (parties.length === 0) return null;
  const numbers = parties.map((s) => ({ party: s.name, amount: parseNumber(amounts[s.name] ?? '') }));
  const total = numbers.reduce((sum, n) => sum + (n.amount && !Number.isNaN(n.amount) ? n.amount : 0), 0);

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    const local: Record<string, string> = {};
    numbers.forEach((n, i) => {
      if (n.amount === undefined || Number.isNaN(n.amount))
        local[`contributions[${i}].amount`] = t('vk.model.notANumber');
    });
    if (Object.keys(local).length) return record.invalid(local);
    const ok = await record.run(() =>
      post(`${apiBase(networkId)}/effect-models/${view.id}/co-funding`, {
        contributions: numbers.filter((n) => n.amount! > 0),
      }),
    );
    if (ok) setDone(true);
  }

  return (
    <section aria-labelledby="cofund-heading">
      <Heading level={2} id="cofund-heading">
        {t('vk.cofund.title')}
      </Heading>
      <Paragraph>{t('vk.cofund.text')}</Paragraph>
      {done ? (
        <Alert type="ok" live>
          {t('vk.cofund.recorded')}{' '}
          <TextLink to={`/netwerken/${networkId}/vormgeven/afspraken`}>{t('vk.cofund.toAgreements')}</TextLink>
        </Alert>
      ) : null}
      <ErrorAlert error={record.error} />
      <form onSubmit={submit} noValidate>
        <div className="wk-effect-row">
          {parties.map((s, i) => (
            <TextField
              key={s.name}
              label={t('vk.cofund.amountOf', { name: s.name })}
              inputMode="decimal"
              value={amounts[s.name] ?? ''}
              onChange={(e) => setAmounts((a) => ({ ...a, [s.name]: e.target.value }))}
              error={fields[`contributions[${i}].amount`] ?? fields[`contributions[${i}].party`]}
              disabled={!canRecord}
            />
          ))}
        </div>
        <Paragraph>
          {t('vk.cofund.total', { total: euro(total, locale), investment: euro(view.result.pvInputs, locale) })}
        </Paragraph>
        {canRecord ? (
          <Button type="submit" busy={record.busy}>
            {t('vk.cofund.record')}
          </Button>
        ) : (
          <Paragraph small>{t('vk.cofund.onlyLead')}</Paragraph>
        )}
      </form>
    </section>
  );
}

function Versions({
  view,
  canSave,
  networkId,
  onSaved,
}: {
  view: EffectModelResultView;
  canSave: boolean;
  networkId: string;
  onSaved: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [notice, setNotice] = useState('');
  const saving = useMutation();
  const base = `${apiBase(networkId)}/effect-models/${view.id}`;

  const save = () =>
    saving.run(async () => {
      const v = await post<SavedModelVersion>(`${base}/versions`);
      setNotice(t('vk.versions.saved', { n: v.number }));
      onSaved();
    });

  return (
    <section aria-labelledby="versions-heading">
      <Heading level={2} id="versions-heading">
        {t('vk.versions.title')}
      </Heading>
      <Paragraph>{t('vk.versions.text')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={saving.error} />
      {view.savedVersions.length === 0 ? (
        <Paragraph>{t('vk.versions.none')}</Paragraph>
      ) : (
        <ul>
          {view.savedVersions.map((v) => (
            <li key={v.number}>
              {t('vk.versions.item', { n: v.number, date: formatDate(v.createdAt, locale) })} ·{' '}
              <a className="utrecht-link" href={`${base}/versions/${v.number}/file`} download>
                {t('vk.versions.download')}
              </a>{' '}
              ·{' '}
              <a className="utrecht-link" href={`${base}/versions/${v.number}/funder-report/pdf`} download>
                {t('rs.report.pdf')}
              </a>{' '}
              ·{' '}
              <a className="utrecht-link" href={`${base}/versions/${v.number}/funder-report/xlsx`} download>
                {t('rs.report.xlsx')}
              </a>
            </li>
          ))}
        </ul>
      )}
      {canSave ? (
        <Button variant="secondary" busy={saving.busy} onClick={() => void save()}>
          {t('vk.versions.save')}
        </Button>
      ) : null}
      <Paragraph>
        <a className="utrecht-link" href={`${base}/file`} download>
          {t('vk.download')}
        </a>
      </Paragraph>
    </section>
  );
}
