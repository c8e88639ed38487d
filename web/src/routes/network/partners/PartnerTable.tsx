import { useMemo, useState } from 'react';
import { useT } from '../../../i18n';
import { del } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { ActorView } from '../../../api/types';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { Button, ErrorAlert, Heading, Paragraph, Table, TextField } from '../../../components/ui';
import { domainLabel, kindLabel, statusLabel } from '../../../labels';
import { useNetwork } from '../context';

type SortKey = 'name' | 'kind' | 'domain' | 'status';

/** The network's actors: search, sort, edit and remove. */
export function PartnerTable({
  actors,
  canEdit,
  onEdit,
  onRemoved,
}: {
  actors: ActorView[];
  canEdit: boolean;
  onEdit: (a: ActorView) => void;
  onRemoved: (a: ActorView) => void;
}) {
  const t = useT();
  const { networkId, role } = useNetwork();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'name', dir: 1 });
  const removal = useMutation();

  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('nl');
    const text = (a: ActorView) =>
      [a.name, a.area, a.description, domainLabel(t, a.domain), kindLabel(t, a.kind), ...a.themes, ...a.targetGroups]
        .join(' ')
        .toLocaleLowerCase('nl');
    const value = (a: ActorView): string =>
      sort.key === 'name'
        ? a.name
        : sort.key === 'kind'
          ? kindLabel(t, a.kind)
          : sort.key === 'domain'
            ? domainLabel(t, a.domain)
            : statusLabel(t, a.status);
    return actors
      .filter((a) => !q || text(a).includes(q))
      .sort(
        (a, b) =>
          sort.dir * value(a).localeCompare(value(b), 'nl', { sensitivity: 'base' }) ||
          a.name.localeCompare(b.name, 'nl'),
      );
  }, [actors, query, sort, t]);

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className="utrecht-table__header-cell"
        aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
      >
        <button
          type="button"
          className="wk-sort"
          onClick={() => setSort({ key, dir: active ? (sort.dir === 1 ? -1 : 1) : 1 })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  const remove = (a: ActorView) =>
    removal.run(async () => {
      await del(`/api/networks/${networkId}/actors/${a.id}`);
      onRemoved(a);
    });

  if (actors.length === 0) {
    return <Paragraph>{t('partners.empty')}</Paragraph>;
  }
  return (
    <section aria-labelledby="partner-list">
      <Heading level={2} id="partner-list">
        {t('partners.listTitle')}
      </Heading>
      <TextField
        label={t('partners.search')}
        description={t('partners.searchHint')}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="utrecht-paragraph wk-meta" role="status">
        {t('partners.shown', { shown: shown.length, total: actors.length })}
      </p>
      <ErrorAlert error={removal.error} />
      <Table caption={t('partners.caption')}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {header('name', t('actor.name'))}
            {header('kind', t('actor.kind'))}
            {header('domain', t('actor.domain'))}
            <th scope="col" className="utrecht-table__header-cell">
              {t('actor.themes')}
            </th>
            {header('status', t('actor.status'))}
            <th scope="col" className="utrecht-table__header-cell">
              {t('partners.members')}
            </th>
            {canEdit ? (
              <th scope="col" className="utrecht-table__header-cell">
                {t('common.actions')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {shown.map((a) => (
            <tr key={a.id} id={`partner-${a.id}`} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell wk-row-head">
                {a.name}
                {a.area ? <span className="wk-meta wk-block">{a.area}</span> : null}
                {!a.editable ? <span className="wk-meta wk-block">{t('partners.shared')}</span> : null}
              </th>
              <td className="utrecht-table__cell" data-label={t('actor.kind')}>
                {kindLabel(t, a.kind)}
              </td>
              <td className="utrecht-table__cell" data-label={t('actor.domain')}>
                {domainLabel(t, a.domain)}
              </td>
              <td className="utrecht-table__cell" data-label={t('actor.themes')}>
                {a.themes.join(', ') || '—'}
              </td>
              <td className="utrecht-table__cell" data-label={t('actor.status')}>
                {statusLabel(t, a.status)}
              </td>
              <td className="utrecht-table__cell" data-label={t('partners.members')}>
                {a.members.map((m) => m.name).join(', ') || '—'}
              </td>
              {canEdit ? (
                <td className="utrecht-table__cell" data-label={t('common.actions')}>
                  <div className="wk-cell-actions">
                    {a.editable ? (
                      <Button
                        variant="secondary"
                        aria-label={`${t('partners.edit')}: ${a.name}`}
                        onClick={() => onEdit(a)}
                      >
                        {t('partners.edit')}
                      </Button>
                    ) : null}
                    {role === 'kartrekker' ? (
                      <ConfirmButton
                        label={t('partners.remove')}
                        about={a.name}
                        question={t('partners.removeQuestion', { name: a.name })}
                        confirmLabel={t('partners.removeConfirm')}
                        onConfirm={() => remove(a)}
                      />
                    ) : null}
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
