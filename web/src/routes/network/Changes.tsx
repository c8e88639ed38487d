import '../../styles/vormgeven.css';
import { useState, type FormEvent } from 'react';
import { useT, useLocale, type MessageKey, type T } from '../../i18n';
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

const ENTITIES = [
  'network',
  'member',
  'invitation',
  'actor',
  'relation',
  'snapshot',
  'function',
  'why_ladder',
  'network_term',
  'network_goal',
  'card_item',
  'card_settings',
  'card_version',
  'card_consent',
  'lead_appointment',
  'agreement',
  'action',
  'work_session',
] as const;
const PAGE = 50;

const entityLabel = (t: T, e: string) =>
  (ENTITIES as readonly string[]).includes(e) ? t(`vg.audit.entity.${e}` as MessageKey) : e;
const actionLabel = (t: T, a: string) =>
  ['create', 'update', 'delete'].includes(a) ? t(`vg.audit.action.${a}` as MessageKey) : a;

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return v.length > 80 ? `${v.slice(0, 80)}…` : v;
  const s = JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
};

/** The changed fields worth showing: no ids, versions or timestamps; at most six. */
const shown = (changes: Record<string, { before: unknown; after: unknown }>) =>
  Object.entries(changes)
    .filter(([k]) => !['version', 'updated_at', 'created_at', 'id', 'position'].includes(k) && !k.endsWith('_id'))
    .slice(0, 6);

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
            ...ENTITIES.map((x) => ({ value: x, label: entityLabel(t, x) })),
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
                  {t('vg.audit.who')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('vg.audit.what')}
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
                  <td className="utrecht-table__cell" data-label={t('vg.audit.who')}>
                    {e.user ? (e.user.deleted ? t('vg.audit.deletedUser') : e.user.name) : t('vg.audit.system')}
                  </td>
                  <td className="utrecht-table__cell" data-label={t('vg.audit.what')}>
                    {entityLabel(t, e.entity)}: {actionLabel(t, e.action)}
                  </td>
                  <td className="utrecht-table__cell wk-audit-changes" data-label={t('vg.audit.changes')}>
                    {shown(e.changes).length ? (
                      <ul className="wk-plain-list">
                        {shown(e.changes).map(([k, c]) => (
                          <li key={k}>
                            <span className="wk-strong">{k}</span>:{' '}
                            {e.action === 'create'
                              ? show(c.after)
                              : e.action === 'delete'
                                ? show(c.before)
                                : `${show(c.before)} → ${show(c.after)}`}
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
