import { useMemo, useState } from 'react';
import { useLocale, useT } from '../../../../i18n';
import type { ActorView } from '../../../../api/types';
import type { RelationView } from '../../../../api/verkennen-types';
import { ConfirmButton } from '../../../../components/ConfirmButton';
import { SortHeader, useSort } from '../../../../components/SortHeader';
import { Button, Paragraph, Table } from '../../../../components/ui';
import { domainLabel } from '../../../../labels';
import { decimal } from '../domains';
import { frequencyLabel, qualityLabel } from '../shared';

/** Tables longer than this show the first rows and a button for the rest. */
const PAGE = 50;

type ActorSort = 'name' | 'domain' | 'degree' | 'betweenness';

/** The map as a table: every shown actor with its number of relations and role as a connector. */
export function ActorTable({
  actors,
  degree,
  betweenness,
  analysed,
  onSelect,
}: {
  actors: ActorView[];
  degree: Map<string, number>;
  betweenness: Map<string, number>;
  analysed: boolean;
  onSelect: (id: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const { sort, toggle } = useSort<ActorSort>('name');
  const [all, setAll] = useState(false);
  const rows = useMemo(() => {
    const byName = (a: ActorView, b: ActorView) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' });
    const cmp = (a: ActorView, b: ActorView): number =>
      sort.key === 'name'
        ? byName(a, b)
        : sort.key === 'domain'
          ? domainLabel(t, a.domain).localeCompare(domainLabel(t, b.domain), 'nl')
          : sort.key === 'degree'
            ? (degree.get(a.id) ?? 0) - (degree.get(b.id) ?? 0)
            : (betweenness.get(a.id) ?? 0) - (betweenness.get(b.id) ?? 0);
    return [...actors].sort((a, b) => sort.dir * cmp(a, b) || byName(a, b));
  }, [actors, sort, degree, betweenness, t]);
  const shown = all || rows.length <= PAGE + 10 ? rows : rows.slice(0, PAGE);
  if (actors.length === 0) return <Paragraph>{t('map.noneShown')}</Paragraph>;
  return (
    <>
      <Table caption={t('map.actorsCaption')}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <SortHeader column="name" label={t('actor.name')} sort={sort} onSort={toggle} />
            <SortHeader column="domain" label={t('actor.domain')} sort={sort} onSort={toggle} />
            <SortHeader column="degree" label={t('map.col.degree')} sort={sort} onSort={toggle} firstDir={-1} />
            <SortHeader
              column="betweenness"
              label={t('map.col.betweenness')}
              sort={sort}
              onSort={toggle}
              firstDir={-1}
            />
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {shown.map((a) => (
            <tr key={a.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell wk-row-head">
                <button
                  type="button"
                  className="wk-linkbutton"
                  aria-label={t('map.showDetails', { name: a.name })}
                  onClick={() => onSelect(a.id)}
                >
                  {a.name}
                </button>
              </th>
              <td className="utrecht-table__cell" data-label={t('actor.domain')}>
                <span className="wk-legend__swatch" data-domain={a.domain} aria-hidden="true" />
                {domainLabel(t, a.domain)}
              </td>
              <td className="utrecht-table__cell wk-num" data-label={t('map.col.degree')}>
                {degree.get(a.id) ?? 0}
              </td>
              <td className="utrecht-table__cell wk-num" data-label={t('map.col.betweenness')}>
                {analysed ? decimal(betweenness.get(a.id) ?? 0, locale, 3) : '…'}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {shown.length < rows.length ? (
        <Button variant="secondary" onClick={() => setAll(true)}>
          {t('map.showAllActors', { count: rows.length })}
        </Button>
      ) : null}
    </>
  );
}

type RelationSort = 'a' | 'b' | 'kind' | 'frequency' | 'quality';

/** Every shown relation; the ones you may change have edit and remove buttons. */
export function RelationTable({
  relations,
  onEdit,
  onRemove,
}: {
  relations: RelationView[];
  onEdit: (r: RelationView) => void;
  onRemove: (r: RelationView) => Promise<unknown>;
}) {
  const t = useT();
  const { sort, toggle } = useSort<RelationSort>('a');
  const [all, setAll] = useState(false);
  const anyEditable = relations.some((r) => r.editable);
  const rows = useMemo(() => {
    const text = (r: RelationView): string =>
      sort.key === 'a'
        ? r.actorAName
        : sort.key === 'b'
          ? r.actorBName
          : sort.key === 'kind'
            ? r.kind
            : frequencyLabel(t, r.frequency);
    const cmp = (a: RelationView, b: RelationView) =>
      sort.key === 'quality'
        ? (a.quality ?? 0) - (b.quality ?? 0)
        : text(a).localeCompare(text(b), 'nl', { sensitivity: 'base' });
    return [...relations].sort(
      (a, b) =>
        sort.dir * cmp(a, b) ||
        a.actorAName.localeCompare(b.actorAName, 'nl') ||
        a.actorBName.localeCompare(b.actorBName, 'nl'),
    );
  }, [relations, sort, t]);
  const shown = all || rows.length <= PAGE + 10 ? rows : rows.slice(0, PAGE);
  if (relations.length === 0) return <Paragraph>{t('map.noRelations')}</Paragraph>;
  return (
    <>
      <Table caption={t('map.relationsCaption')}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <SortHeader column="a" label={t('map.col.partner')} sort={sort} onSort={toggle} />
            <SortHeader column="b" label={t('map.col.with')} sort={sort} onSort={toggle} />
            <SortHeader column="kind" label={t('relation.kind')} sort={sort} onSort={toggle} />
            <SortHeader column="frequency" label={t('relation.frequency')} sort={sort} onSort={toggle} />
            <SortHeader column="quality" label={t('relation.quality')} sort={sort} onSort={toggle} firstDir={-1} />
            {anyEditable ? (
              <th scope="col" className="utrecht-table__header-cell">
                {t('common.actions')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {shown.map((r) => {
            const pair = t('relation.pair', { a: r.actorAName, b: r.actorBName });
            return (
              <tr key={r.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell wk-row-head">
                  {r.actorAName}
                </th>
                <td className="utrecht-table__cell" data-label={t('map.col.with')}>
                  {r.actorBName}
                </td>
                <td className="utrecht-table__cell" data-label={t('relation.kind')}>
                  {r.kind || '—'}
                </td>
                <td className="utrecht-table__cell" data-label={t('relation.frequency')}>
                  {frequencyLabel(t, r.frequency)}
                </td>
                <td className="utrecht-table__cell" data-label={t('relation.quality')}>
                  {qualityLabel(t, r.quality)}
                </td>
                {anyEditable ? (
                  <td className="utrecht-table__cell" data-label={t('common.actions')}>
                    {r.editable ? (
                      <div className="wk-cell-actions">
                        <Button
                          variant="secondary"
                          aria-label={`${t('relation.edit')}: ${pair}`}
                          onClick={() => onEdit(r)}
                        >
                          {t('relation.edit')}
                        </Button>
                        <ConfirmButton
                          label={t('relation.remove')}
                          about={pair}
                          question={t('relation.removeQuestion', { pair })}
                          confirmLabel={t('relation.removeConfirm')}
                          onConfirm={() => onRemove(r)}
                        />
                      </div>
                    ) : (
                      '—'
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </Table>
      {shown.length < rows.length ? (
        <Button variant="secondary" onClick={() => setAll(true)}>
          {t('map.showAllRelations', { count: rows.length })}
        </Button>
      ) : null}
    </>
  );
}
