import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatDate, useLocale, useT, type Locale, type MessageKey, type T } from '../../../i18n';
import { ApiError, del, get, post } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import type { NetworkAnalysisView, SnapshotComparison, SnapshotSummary } from '../../../api/verkennen-types';
import { PageTitle } from '../../../components/page';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { Alert, Button, ErrorAlert, Heading, Loading, Paragraph, SelectField, Table, TextField, TextLink } from '../../../components/ui';
import { domainLabel } from '../../../labels';
import { useNetwork } from '../context';
import { decimal } from './domains';
import { useAnalysis } from './shared';

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

const list = (t: T, names: string[]) => (names.length <= 1 ? (names[0] ?? '') : t('analysis.list', { first: names.slice(0, -1).join(', '), last: names[names.length - 1] }));

/** The reading in plain words. Dutch comes from the server; other languages are built from the catalogue. */
function summaryLines(t: T, a: NetworkAnalysisView, locale: Locale): string[] {
  if (locale === 'nl') return a.summary;
  if (a.actors === 0) return [t('analysis.sum.noActors')];
  const out = [t('analysis.sum.size', { actors: a.actors, relations: a.relations })];
  if (a.relations === 0) return [...out, t('analysis.sum.noRelations')];
  out.push(t('analysis.sum.density', { density: decimal(a.density, locale), percent: decimal(a.density * 100, locale, 0) }) + (a.density < 0.2 ? ` ${t('analysis.sum.densityLow')}` : ''));
  out.push(a.components === 1 ? t('analysis.sum.connected') : t('analysis.sum.components', { count: a.components }));
  if (a.isolated.length) out.push(t('analysis.sum.isolated', { names: list(t, a.isolated.map((x) => x.name)) }));
  const brokers = a.centrality.filter((c) => c.betweenness > 0).slice(0, 3);
  if (brokers.length) out.push(t('analysis.sum.brokers', { names: list(t, brokers.map((b) => b.name)) }));
  if (a.communities.length > 1) out.push(t('analysis.sum.communities', { count: a.communities.length, modularity: decimal(a.modularity, locale) }));
  if (a.missingDomainPairs.length) out.push(t('analysis.sum.pairs', { count: a.missingDomainPairs.length }));
  return out;
}

function AnalysisView({ analysis: a }: { analysis: NetworkAnalysisView }) {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const brokers = a.centrality.filter((c) => c.betweenness > 0).slice(0, 10);
  const domains = Object.keys(a.crossDomain);
  return (
    <>
      <section aria-labelledby="summary-heading">
        <Heading level={2} id="summary-heading">
          {t('analysis.summaryTitle')}
        </Heading>
        <ul className="utrecht-unordered-list wk-list" lang={locale === 'nl' ? undefined : locale}>
          {summaryLines(t, a, locale).map((line) => (
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
              {decimal(a.density, locale, 3)} <span className="wk-meta">— {t('analysis.densityExplain', { percent: decimal(a.density * 100, locale, 0) })}</span>
            </dd>
          </div>
          <div>
            <dt>{t('analysis.components')}</dt>
            <dd>
              {a.components} <span className="wk-meta">— {t('analysis.componentsExplain')}</span>
            </dd>
          </div>
          <div>
            <dt>{t('analysis.isolated')}</dt>
            <dd>{a.isolated.length ? a.isolated.map((x) => x.name).join(', ') : t('analysis.isolatedNone')}</dd>
          </div>
          <div>
            <dt>{t('analysis.communities')}</dt>
            <dd>
              {a.communities.length} <span className="wk-meta">— {t('analysis.modularityExplain', { modularity: decimal(a.modularity, locale, 3) })}</span>
            </dd>
          </div>
        </dl>
        {a.communities.length > 1 ? (
          <>
            <Heading level={3}>{t('analysis.communitiesTitle')}</Heading>
            <ol className="wk-list">
              {a.communities.map((c, i) => (
                <li key={c.map((x) => x.id).join()}>
                  <span className="wk-strong">{t('analysis.group', { n: i + 1 })}:</span> {c.map((x) => x.name).join(', ')}
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
                <th scope="col" className="utrecht-table__header-cell">{t('actor.name')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('actor.domain')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('map.col.betweenness')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('analysis.degreeCentrality')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {brokers.map((b) => (
                <tr key={b.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell wk-row-head">{b.name}</th>
                  <td className="utrecht-table__cell" data-label={t('actor.domain')}>{domainLabel(t, b.domain)}</td>
                  <td className="utrecht-table__cell wk-num" data-label={t('map.col.betweenness')}>{decimal(b.betweenness, locale, 3)}</td>
                  <td className="utrecht-table__cell wk-num" data-label={t('analysis.degreeCentrality')}>{decimal(b.degree, locale, 3)}</td>
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
                      <td key={col} className={`utrecht-table__cell wk-num ${self ? 'wk-matrix__self' : ''} ${empty ? 'wk-matrix__empty' : ''}`} data-label={domainLabel(t, col)}>
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
        {a.missingDomainPairs.length === 0 ? (
          <Paragraph>{domains.length > 1 ? t('analysis.pairsNone') : t('analysis.pairsOneDomain')}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list wk-list">
            {a.missingDomainPairs.map((p) => (
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

function Snapshots() {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const { data, error, reload } = useResource<SnapshotSummary[]>(`/api/networks/${networkId}/snapshots`, networkId);
  const [label, setLabel] = useState('');
  const [takenOn, setTakenOn] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [comparing, setComparing] = useState<string | null>(null);
  const isLead = role === 'kartrekker';

  const take = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!label.trim()) {
      setFields({ label: t('snapshot.labelMissing') });
      setFormError(new ApiError(422, { code: 'invalid_input', message: t('form.checkFields') }));
      return;
    }
    setBusy(true);
    setFormError(null);
    setFields({});
    try {
      const s = await post<SnapshotSummary>(`/api/networks/${networkId}/snapshots`, { label: label.trim(), ...(takenOn ? { takenOn } : {}) });
      setNotice(t('snapshot.taken', { label: s.label }));
      setLabel('');
      setTakenOn('');
      reload();
    } catch (err) {
      setFormError(err);
      if (err instanceof ApiError) setFields(err.fields);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (s: SnapshotSummary) => {
    try {
      await del(`/api/networks/${networkId}/snapshots/${s.id}`);
      if (comparing === s.id) setComparing(null);
      setNotice(t('snapshot.removed', { label: s.label }));
      reload();
    } catch (err) {
      setFormError(err);
    }
  };

  return (
    <section aria-labelledby="snapshots-heading">
      <Heading level={2} id="snapshots-heading">
        {t('snapshot.title')}
      </Heading>
      <Paragraph>{t('snapshot.intro')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      {isLead ? (
        <form onSubmit={take} noValidate className="wk-form">
          <ErrorAlert error={formError} />
          <TextField label={t('snapshot.label')} description={t('snapshot.labelHint')} required value={label} error={fields.label} maxLength={120} onChange={(e) => setLabel(e.target.value)} />
          <TextField label={t('snapshot.takenOn')} description={t('snapshot.takenOnHint')} type="date" value={takenOn} error={fields.takenOn} className="wk-short" onChange={(e) => setTakenOn(e.target.value)} />
          <Button type="submit" busy={busy}>
            {t('snapshot.take')}
          </Button>
        </form>
      ) : null}
      <ErrorAlert error={error} />
      {!data ? (
        error ? null : <Loading />
      ) : data.length === 0 ? (
        <Paragraph>{isLead ? t('snapshot.noneLead') : t('snapshot.none')}</Paragraph>
      ) : (
        <Table caption={t('snapshot.caption')}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('snapshot.label')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('snapshot.date')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('analysis.actors')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('analysis.relations')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('analysis.density')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {data.map((s) => (
              <tr key={s.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell wk-row-head">{s.label}</th>
                <td className="utrecht-table__cell" data-label={t('snapshot.date')}>{formatDate(s.takenOn, locale)}</td>
                <td className="utrecht-table__cell wk-num" data-label={t('analysis.actors')}>{s.measures.actors}</td>
                <td className="utrecht-table__cell wk-num" data-label={t('analysis.relations')}>{s.measures.relations}</td>
                <td className="utrecht-table__cell wk-num" data-label={t('analysis.density')}>{decimal(s.measures.density, locale, 3)}</td>
                <td className="utrecht-table__cell" data-label={t('common.actions')}>
                  <div className="wk-cell-actions">
                    <Button variant="secondary" aria-label={`${t('snapshot.compare')}: ${s.label}`} aria-expanded={comparing === s.id} onClick={() => setComparing(comparing === s.id ? null : s.id)}>
                      {t('snapshot.compare')}
                    </Button>
                    {isLead ? (
                      <ConfirmButton label={t('snapshot.remove')} about={s.label} question={t('snapshot.removeQuestion', { label: s.label })} confirmLabel={t('snapshot.removeConfirm')} onConfirm={() => remove(s)} />
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {comparing && data?.some((s) => s.id === comparing) ? <Comparison key={comparing} snapshot={data.find((s) => s.id === comparing)!} others={data.filter((s) => s.id !== comparing)} /> : null}
    </section>
  );
}

function Comparison({ snapshot, others }: { snapshot: SnapshotSummary; others: SnapshotSummary[] }) {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const [withId, setWithId] = useState('');
  const path = `/api/networks/${networkId}/snapshots/${snapshot.id}/compare${withId ? `?with=${encodeURIComponent(withId)}` : ''}`;
  const { data, error } = useResource<SnapshotComparison>(path, networkId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const label = (x: { label: string; takenOn: string }) => `${x.label} (${formatDate(x.takenOn, locale)})`;
  const afterLabel = (c: SnapshotComparison) => (c.after.id === null ? t('snapshot.now') : label(c.after));
  const signed = (n: number, digits: number) => (n > 0 ? '+' : '') + decimal(n, locale, digits);
  const digits = (key: string) => (key === 'density' || key === 'modularity' ? 3 : 0);

  return (
    <section aria-labelledby="compare-heading" className="wk-panel">
      <h3 id="compare-heading" ref={heading} tabIndex={-1} className="utrecht-heading-3">
        {t('snapshot.compareTitle', { label: snapshot.label })}
      </h3>
      <SelectField
        label={t('snapshot.compareWith')}
        value={withId}
        onChange={(e) => setWithId(e.target.value)}
        options={[{ value: '', label: t('snapshot.now') }, ...others.map((o) => ({ value: o.id, label: label(o) }))]}
      />
      <ErrorAlert error={error} />
      {!data ? (
        error ? null : <Loading />
      ) : (
        <>
          <Table caption={t('snapshot.compareCaption', { before: label(data.before), after: afterLabel(data) })}>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{t('snapshot.measure')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('snapshot.before')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('snapshot.after')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('snapshot.difference')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.measures.map((m) => (
                <tr key={m.key} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell wk-row-head">{t(`snapshot.measure.${m.key}` as MessageKey)}</th>
                  <td className="utrecht-table__cell wk-num" data-label={t('snapshot.before')}>{decimal(m.before, locale, digits(m.key))}</td>
                  <td className="utrecht-table__cell wk-num" data-label={t('snapshot.after')}>{decimal(m.after, locale, digits(m.key))}</td>
                  <td className="utrecht-table__cell wk-num" data-label={t('snapshot.difference')}>{m.difference === 0 ? t('snapshot.same') : signed(m.difference, digits(m.key))}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          {data.summary.length ? (
            <ul className="utrecht-unordered-list wk-list" lang="nl">
              {data.summary.map((line) => (
                <li key={line} className="utrecht-unordered-list__item">
                  {line}
                </li>
              ))}
            </ul>
          ) : null}
          <ChangeList title={t('snapshot.actorsAdded')} items={data.actorsAdded.map((x) => x.name)} />
          <ChangeList title={t('snapshot.actorsRemoved')} items={data.actorsRemoved.map((x) => x.name)} />
          <ChangeList title={t('snapshot.relationsAdded')} items={data.relationsAdded.map((r) => t('relation.pair', { a: r.a.name, b: r.b.name }))} />
          <ChangeList title={t('snapshot.relationsRemoved')} items={data.relationsRemoved.map((r) => t('relation.pair', { a: r.a.name, b: r.b.name }))} />
        </>
      )}
    </section>
  );
}

function ChangeList({ title, items }: { title: string; items: string[] }) {
  const t = useT();
  return (
    <>
      <h4 className="utrecht-heading-4 wk-h4">
        {title} ({items.length})
      </h4>
      {items.length === 0 ? (
        <p className="utrecht-paragraph wk-meta">{t('snapshot.nothing')}</p>
      ) : (
        <ul className="wk-list">
          {items.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      )}
    </>
  );
}
