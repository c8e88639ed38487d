import '../../styles/vormgeven.css';
import { useState, type FormEvent } from 'react';
import { useT, useLocale } from '../../i18n';
import { AUDIT_ENTITY_FILTER } from '@domain/audit/sentences.ts';
import { useResource } from '../../api/useResource';
import type { AuditPage } from '../../api/vormgeven-types';
import { PageTitle } from '../../components/page';
import {
  Button,
  ButtonGroup,
  ErrorAlert,
  Loading,
  Paragraph,
  SelectField,
  Table,
  TextField,
} from '../../components/ui';
import { useNetwork } from './context';
import { personName } from '../../labels';

const PAGE = 50;
const ENTITIES = Object.keys(AUDIT_ENTITY_FILTER) as (keyof typeof AUDIT_ENTITY_FILTER)[];

/** Wijzigingen: the audit trail of the network, for kartrekkers, with filters. */
export default function Changes() {
  const t = useT();
  const locale = useLocale();
  const { networkId, role, overview } = useNetwork();
  const [form, setForm] = useState({ entity: '', userId: '', from: '', to: '' });
  const [filters, setFilters] = useState(form);
  const [offset, setOffset] = useState(0);
  const query = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
  for (const [k, v] of Object.entries(filters)) if (v) query.set(k, v);
  const page = useResource<AuditPage>(
    role === 'kartrekker' ? `/api/networks/${networkId}/audit?${query}` : null,
    networkId,
  );
  const when = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

  if (role !== 'kartrekker') {
    return (
      <>
        <PageTitle title={t('vg.audit.title')} />
        <Paragraph>{t('vg.audit.onlyLead')}</Paragraph>
      </>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setOffset(0);
    setFilters(form);
  };
  const data = page.data;
  return (
    <>
      <PageTitle title={t('vg.audit.title')} />
      <Paragraph>{t('vg.audit.intro')}</Paragraph>
      <form onSubmit={submit} className="wk-vfilters" aria-label={t('vg.audit.filters')}>
        <SelectField
          label={t('vg.audit.entity')}
          value={form.entity}
          onChange={(e) => setForm({ ...form, entity: e.target.value })}
          options={[
            { value: '', label: t('vg.audit.allEntities') },
            ...ENTITIES.map((x) => ({ value: x, label: AUDIT_ENTITY_FILTER[x][locale] })).sort((a, b) =>
              a.label.localeCompare(b.label, locale),
            ),
          ]}
        />
        <SelectField
          label={t('vg.audit.user')}
          value={form.userId}
          onChange={(e) => setForm({ ...form, userId: e.target.value })}
          options={[
            { value: '', label: t('vg.audit.allUsers') },
            ...overview.members.map((m) => ({ value: m.userId, label: personName(t, m) })),
          ]}
        />
        <TextField
          type="date"
          label={t('vg.audit.from')}
          value={form.from}
          onChange={(e) => setForm({ ...form, from: e.target.value })}
        />
        <TextField
          type="date"
          label={t('vg.audit.to')}
          value={form.to}
          onChange={(e) => setForm({ ...form, to: e.target.value })}
        />
        <div className="wk-vfilters__submit">
          <Button type="submit">{t('vg.audit.apply')}</Button>
        </div>
      </form>
      <ErrorAlert error={page.error} />
      {!data ? (
        page.error ? null : (
          <Loading />
        )
      ) : data.entries.length === 0 ? (
        <div className="wk-empty">
          <Paragraph>{t('vg.audit.none')}</Paragraph>
        </div>
      ) : (
        <>
          <Paragraph small>
            {t('vg.audit.shown', { from: data.offset + 1, to: data.offset + data.entries.length, total: data.total })}
          </Paragraph>
          <Table caption={t('vg.audit.caption')}>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('vg.audit.when')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('audit.happened')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('vg.audit.changes')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.entries.map((e) => (
                <tr key={e.id} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell wk-row-head" scope="row" data-label={t('vg.audit.when')}>
                    {when.format(new Date(e.at))}
                  </th>
                  <td className="utrecht-table__cell" data-label={t('audit.happened')}>
                    {e.sentence}
                  </td>
                  <td className="utrecht-table__cell wk-audit-changes" data-label={t('vg.audit.changes')}>
                    {e.details.length ? (
                      <ul className="wk-plain-list">
                        {e.details.map((d, i) => (
                          <li key={i}>
                            <span className="wk-strong">{d.label}</span>:{' '}
                            {e.action === 'create' ? (d.after ?? '—') : `${d.before ?? '—'} → ${d.after ?? '—'}`}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <ButtonGroup>
            {data.offset > 0 ? (
              <Button variant="secondary" onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                {t('vg.audit.newer')}
              </Button>
            ) : null}
            {data.offset + data.entries.length < data.total ? (
              <Button variant="secondary" onClick={() => setOffset(offset + PAGE)}>
                {t('vg.audit.older')}
              </Button>
            ) : null}
          </ButtonGroup>
        </>
      )}
    </>
  );
}
