import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatDate, useLocale, useT, type MessageKey } from '../../../i18n';
import { del, post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import { useResource } from '../../../api/useResource';
import type { SnapshotComparison, SnapshotSummary } from '../../../api/verkennen-types';
import { ConfirmButton } from '../../../components/ConfirmButton';
import {
  Alert,
  Button,
  ErrorAlert,
  Heading,
  Loading,
  Paragraph,
  SelectField,
  Table,
  TextField,
} from '../../../components/ui';
import { useNetwork } from '../context';
import { decimal } from './domains';

/** Snapshots of the network on the analysis page: take one, list them, compare one with now or another. */
export function Snapshots() {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const { data, error, reload } = useResource<SnapshotSummary[]>(`/api/networks/${networkId}/snapshots`, networkId);
  const [label, setLabel] = useState('');
  const [takenOn, setTakenOn] = useState('');
  const form = useMutation();
  const [notice, setNotice] = useState('');
  const [comparing, setComparing] = useState<string | null>(null);
  const isLead = role === 'kartrekker';

  const take = async (e: FormEvent) => {
    e.preventDefault();
    if (!label.trim()) return form.invalid({ label: t('snapshot.labelMissing') });
    const ok = await form.run(async () => {
      const s = await post<SnapshotSummary>(`/api/networks/${networkId}/snapshots`, {
        label: label.trim(),
        ...(takenOn ? { takenOn } : {}),
      });
      setNotice(t('snapshot.taken', { label: s.label }));
    });
    if (!ok) return;
    setLabel('');
    setTakenOn('');
    reload();
  };

  const remove = (s: SnapshotSummary) =>
    form.run(async () => {
      await del(`/api/networks/${networkId}/snapshots/${s.id}`);
      if (comparing === s.id) setComparing(null);
      setNotice(t('snapshot.removed', { label: s.label }));
      reload();
    });

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
          <ErrorAlert error={form.error} />
          <TextField
            label={t('snapshot.label')}
            description={t('snapshot.labelHint')}
            required
            value={label}
            error={form.fields.label}
            maxLength={120}
            onChange={(e) => setLabel(e.target.value)}
          />
          <TextField
            label={t('snapshot.takenOn')}
            description={t('snapshot.takenOnHint')}
            type="date"
            value={takenOn}
            error={form.fields.takenOn}
            className="wk-short"
            onChange={(e) => setTakenOn(e.target.value)}
          />
          <Button type="submit" busy={form.busy}>
            {t('snapshot.take')}
          </Button>
        </form>
      ) : null}
      <ErrorAlert error={error} />
      {!data ? (
        error ? null : (
          <Loading />
        )
      ) : data.length === 0 ? (
        <Paragraph>{isLead ? t('snapshot.noneLead') : t('snapshot.none')}</Paragraph>
      ) : (
        <Table caption={t('snapshot.caption')}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('snapshot.label')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('snapshot.date')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('analysis.actors')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('analysis.relations')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('analysis.density')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('common.actions')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {data.map((s) => (
              <tr key={s.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell wk-row-head">
                  {s.label}
                </th>
                <td className="utrecht-table__cell" data-label={t('snapshot.date')}>
                  {formatDate(s.takenOn, locale)}
                </td>
                <td className="utrecht-table__cell wk-num" data-label={t('analysis.actors')}>
                  {s.measures.actors}
                </td>
                <td className="utrecht-table__cell wk-num" data-label={t('analysis.relations')}>
                  {s.measures.relations}
                </td>
                <td className="utrecht-table__cell wk-num" data-label={t('analysis.density')}>
                  {decimal(s.measures.density, locale, 3)}
                </td>
                <td className="utrecht-table__cell" data-label={t('common.actions')}>
                  <div className="wk-cell-actions">
                    <Button
                      variant="secondary"
                      aria-label={`${t('snapshot.compare')}: ${s.label}`}
                      aria-expanded={comparing === s.id}
                      onClick={() => setComparing(comparing === s.id ? null : s.id)}
                    >
                      {t('snapshot.compare')}
                    </Button>
                    {isLead ? (
                      <ConfirmButton
                        label={t('snapshot.remove')}
                        about={s.label}
                        question={t('snapshot.removeQuestion', { label: s.label })}
                        confirmLabel={t('snapshot.removeConfirm')}
                        onConfirm={() => remove(s)}
                      />
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {comparing && data?.some((s) => s.id === comparing) ? (
        <Comparison
          key={comparing}
          snapshot={data.find((s) => s.id === comparing)!}
          others={data.filter((s) => s.id !== comparing)}
        />
      ) : null}
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
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          <Table caption={t('snapshot.compareCaption', { before: label(data.before), after: afterLabel(data) })}>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('snapshot.measure')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('snapshot.before')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('snapshot.after')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('snapshot.difference')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.measures.map((m) => (
                <tr key={m.key} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell wk-row-head">
                    {t(`snapshot.measure.${m.key}` as MessageKey)}
                  </th>
                  <td className="utrecht-table__cell wk-num" data-label={t('snapshot.before')}>
                    {decimal(m.before, locale, digits(m.key))}
                  </td>
                  <td className="utrecht-table__cell wk-num" data-label={t('snapshot.after')}>
                    {decimal(m.after, locale, digits(m.key))}
                  </td>
                  <td className="utrecht-table__cell wk-num" data-label={t('snapshot.difference')}>
                    {m.difference === 0 ? t('snapshot.same') : signed(m.difference, digits(m.key))}
                  </td>
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
          <ChangeList
            title={t('snapshot.relationsAdded')}
            items={data.relationsAdded.map((r) => t('relation.pair', { a: r.a.name, b: r.b.name }))}
          />
          <ChangeList
            title={t('snapshot.relationsRemoved')}
            items={data.relationsRemoved.map((r) => t('relation.pair', { a: r.a.name, b: r.b.name }))}
          />
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
