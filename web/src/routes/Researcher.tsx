import '../styles/feedback.css';
import { useState } from 'react';
import type { ResearchExport, ResearchNetworkMonth, ResearchNetworkView } from '@schemas/research';
import { formatDate, formatWeek, useLocale, useT } from '../i18n';
import { useResource } from '../api/useResource';
import { RequireAuth } from '../components/RequireAuth';
import { PageTitle } from '../components/page';
import { ErrorAlert, Heading, Loading, Paragraph, SelectField, Table } from '../components/ui';

/** The last twelve whole months, newest first, as "2026-11". */
function pastMonths(now = new Date()): string[] {
  return Array.from({ length: 12 }, (_, i) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1 - i, 1)).toISOString().slice(0, 7),
  );
}

/** For researchers of the installation: consenting networks under pseudonyms, one whole past month at a time. */
export default function Researcher() {
  return (
    <RequireAuth>
      <ResearcherPage />
    </RequireAuth>
  );
}

function ResearcherPage() {
  const t = useT();
  const locale = useLocale();
  const months = pastMonths();
  const [month, setMonth] = useState(months[0]!);
  const networks = useResource<ResearchNetworkView[]>('/api/research/networks');
  const data = useResource<ResearchExport>(networks.data ? `/api/research/export?month=${month}` : null);
  const number = (n: number | null, digits = 1) =>
    n === null
      ? t('rr.withheld')
      : n.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: digits });

  if (!networks.data) {
    return (
      <>
        <PageTitle title={t('rr.title')} />
        {networks.error ? <ErrorAlert error={networks.error} /> : <Loading />}
      </>
    );
  }
  return (
    <>
      <PageTitle title={t('rr.title')} />
      <Paragraph lead>{t('rr.lead')}</Paragraph>
      <Heading level={2}>{t('rr.networks', { count: networks.data.length })}</Heading>
      {networks.data.length === 0 ? (
        <Paragraph>{t('rr.none')}</Paragraph>
      ) : (
        <Table caption={t('rr.networks', { count: networks.data.length })}>
          <thead>
            <tr>
              <th scope="col">{t('rr.pseudonym')}</th>
              <th scope="col">{t('rr.since')}</th>
              <th scope="col">{t('rr.textsAllowed')}</th>
            </tr>
          </thead>
          <tbody>
            {networks.data.map((n) => (
              <tr key={n.pseudonym}>
                <th scope="row" data-label={t('rr.pseudonym')}>
                  {n.pseudonym}
                </th>
                <td data-label={t('rr.since')}>{n.since ? formatDate(n.since.slice(0, 10), locale) : ''}</td>
                <td data-label={t('rr.textsAllowed')}>{n.allowTexts ? t('rr.yes') : t('rr.no')}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <SelectField
        label={t('rr.month')}
        value={month}
        onChange={(e) => setMonth(e.target.value)}
        options={months.map((m) => ({ value: m, label: m }))}
      />
      <Paragraph>
        {(['csv', 'xlsx'] as const).map((format) => (
          <a
            key={format}
            className="utrecht-link wk-download"
            href={`/api/research/export?month=${month}&format=${format}`}
            download
          >
            {t('rr.download', { format: format.toUpperCase() })}
          </a>
        ))}
      </Paragraph>
      {!data.data ? (
        data.error ? (
          <ErrorAlert error={data.error} />
        ) : (
          <Loading />
        )
      ) : (
        data.data.networks.map((n) => <NetworkMonth key={n.pseudonym} n={n} number={number} />)
      )}
    </>
  );
}

function NetworkMonth({ n, number }: { n: ResearchNetworkMonth; number: (v: number | null, d?: number) => string }) {
  const t = useT();
  return (
    <section aria-labelledby={`rr-${n.pseudonym}`} className="wk-research-network">
      <Heading level={2} id={`rr-${n.pseudonym}`}>
        {n.pseudonym}
      </Heading>
      <Table caption={`${n.pseudonym}: ${t('rr.progressCaption')}`}>
        <thead>
          <tr>
            <th scope="col">{t('rr.phase')}</th>
            <th scope="col">{t('rr.done')}</th>
          </tr>
        </thead>
        <tbody>
          {n.progress.map((p) => (
            <tr key={p.phase}>
              <th scope="row" data-label={t('rr.phase')}>
                {p.phase}
              </th>
              <td data-label={t('rr.done')}>
                <meter min={0} max={Math.max(1, p.applicable)} value={p.done} aria-hidden="true" /> {p.done} /{' '}
                {p.applicable}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {n.feedback.length ? (
        <Table caption={`${n.pseudonym}: ${t('rr.feedbackCaption')}`}>
          <thead>
            <tr>
              <th scope="col">{t('rr.tool')}</th>
              <th scope="col">{t('rr.answers')}</th>
              <th scope="col">{t('rr.mean')}</th>
            </tr>
          </thead>
          <tbody>
            {n.feedback.map((f) => (
              <tr key={f.tool}>
                <th scope="row" data-label={t('rr.tool')}>
                  {f.tool}
                </th>
                <td data-label={t('rr.answers')}>{number(f.answers, 0)}</td>
                <td data-label={t('rr.mean')}>{number(f.mean)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      <Paragraph>
        {n.sus.answers === null
          ? t('rr.susTooFew')
          : t('rr.susLine', { count: n.sus.answers, mean: number(n.sus.mean) })}
      </Paragraph>
      {n.feedbackTexts.length ? (
        <>
          <Heading level={3}>{t('rr.texts')}</Heading>
          <ul className="wk-list">
            {n.feedbackTexts.map((f, i) => (
              <li key={i}>
                {f.tool}: {f.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {n.usage === null ? (
        <Paragraph small>{t('rr.usageWithheld')}</Paragraph>
      ) : n.usage.length ? (
        <Table caption={`${n.pseudonym}: ${t('rr.usageCaption')}`}>
          <thead>
            <tr>
              <th scope="col">{t('rr.week')}</th>
              <th scope="col">{t('rr.tool')}</th>
              <th scope="col">{t('rr.opened')}</th>
              <th scope="col">{t('rr.changed')}</th>
            </tr>
          </thead>
          <tbody>
            {n.usage.map((u) => (
              <tr key={`${u.week}-${u.tool}`}>
                <td data-label={t('rr.week')}>{formatWeek(t, u.week)}</td>
                <th scope="row" data-label={t('rr.tool')}>
                  {u.tool}
                </th>
                <td data-label={t('rr.opened')}>{u.opened}</td>
                <td data-label={t('rr.changed')}>{u.changed}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {n.scan.length ? (
        <>
          <Table caption={`${n.pseudonym}: ${t('rr.scanCaption')}`}>
            <thead>
              <tr>
                <th scope="col">{t('rr.round')}</th>
                <th scope="col">{t('rr.dimension')}</th>
                <th scope="col">{t('rr.mean')}</th>
                <th scope="col">{t('rr.respondents')}</th>
              </tr>
            </thead>
            <tbody>
              {n.scan.flatMap((s) =>
                s.dimensions.length
                  ? s.dimensions.map((d) => (
                      <tr key={`${s.round}-${d.id}`}>
                        <th scope="row" data-label={t('rr.round')}>
                          {s.round}
                        </th>
                        <td data-label={t('rr.dimension')}>{d.name}</td>
                        <td data-label={t('rr.mean')}>{number(d.mean, 2)}</td>
                        <td data-label={t('rr.respondents')}>{d.n}</td>
                      </tr>
                    ))
                  : [
                      <tr key={s.round}>
                        <th scope="row">{s.round}</th>
                        <td colSpan={3}>{t('rr.withheld')}</td>
                      </tr>,
                    ],
              )}
            </tbody>
          </Table>
          {/* The count can be lower than the round's respondents: it is per topic. */}
          <Paragraph small>{t('rr.respondentsNote')}</Paragraph>
        </>
      ) : null}
      {n.effects.length ? (
        <Table caption={`${n.pseudonym}: ${t('rr.effectsCaption')}`}>
          <thead>
            <tr>
              <th scope="col">{t('rr.model')}</th>
              <th scope="col">{t('rr.ratio')}</th>
              <th scope="col">{t('rr.npv')}</th>
            </tr>
          </thead>
          <tbody>
            {n.effects.map((e) => (
              <tr key={e.model}>
                <th scope="row" data-label={t('rr.model')}>
                  {e.model}
                </th>
                <td data-label={t('rr.ratio')}>{e.ratio === null ? t('rr.notAvailable') : number(e.ratio, 2)}</td>
                <td data-label={t('rr.npv')}>{number(e.npv, 0)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </section>
  );
}
