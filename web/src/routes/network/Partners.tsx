import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n';
import { ApiError, del, get, patch, post } from '../../api/client';
import { useResource } from '../../api/useResource';
import type { ActorView, DirectoryEntry } from '../../api/types';
import type { RepresentationView } from '../../../../src/modules/representation/schemas.ts';
import { roleAtLeast } from '../../../../src/domain/vocabulary.ts';
import { useMe } from '../../session';
import { PageTitle } from '../../components/page';
import { ActorForm } from '../../components/ActorForm';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Alert, Button, ErrorAlert, Heading, Loading, Paragraph, SelectField, Table, TextField, TextLink } from '../../components/ui';
import { domainLabel, domainOptions, kindLabel, statusLabel } from '../../labels';
import { useNetwork } from './context';

type SortKey = 'name' | 'kind' | 'domain' | 'status';

export default function Partners() {
  const t = useT();
  const { networkId, role } = useNetwork();
  const { data, error, reload } = useResource<ActorView[]>(`/api/networks/${networkId}/actors`, networkId);
  const [editing, setEditing] = useState<ActorView | 'new' | null>(null);
  const [notice, setNotice] = useState('');
  const formHeading = useRef<HTMLHeadingElement>(null);
  const canEdit = roleAtLeast(role, 'partner');

  useEffect(() => {
    if (editing) formHeading.current?.focus();
  }, [editing]);

  return (
    <>
      <PageTitle title={t('partners.title')} />
      <Paragraph>{t('partners.intro')}</Paragraph>
      <Paragraph>
        <TextLink to={`/netwerken/${networkId}/verkennen/import-export`}>{t('exchange.fromPartners')}</TextLink>
      </Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      {canEdit && !editing ? (
        <Button onClick={() => { setNotice(''); setEditing('new'); }}>{t('partners.add')}</Button>
      ) : null}
      {editing ? (
        <section aria-labelledby="actor-form-heading" className="wk-panel">
          <h2 id="actor-form-heading" ref={formHeading} tabIndex={-1} className="utrecht-heading-2">
            {editing === 'new' ? t('partners.addTitle') : t('partners.editTitle', { name: editing.name })}
          </h2>
          <ActorForm
            key={editing === 'new' ? 'new' : editing.id}
            networkId={networkId}
            actor={editing === 'new' ? null : editing}
            onCancel={() => setEditing(null)}
            onDone={(a) => {
              setNotice(editing === 'new' ? t('partners.added', { name: a.name }) : t('partners.saved', { name: a.name }));
              setEditing(null);
              reload();
            }}
          />
        </section>
      ) : null}
      <ErrorAlert error={error} />
      {data ? (
        <PartnerTable actors={data} canEdit={canEdit} onEdit={(a) => { setNotice(''); setEditing(a); }} onRemoved={(a) => { setNotice(t('partners.removed', { name: a.name })); reload(); }} />
      ) : error ? null : (
        <Loading />
      )}
      {data ? <ActsFor actors={data} /> : null}
      {canEdit && data ? <Directory inNetwork={new Set(data.map((a) => a.id))} onAdded={(name) => { setNotice(t('partners.added', { name })); reload(); }} /> : null}
    </>
  );
}

function PartnerTable({ actors, canEdit, onEdit, onRemoved }: { actors: ActorView[]; canEdit: boolean; onEdit: (a: ActorView) => void; onRemoved: (a: ActorView) => void }) {
  const t = useT();
  const { networkId, role } = useNetwork();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'name', dir: 1 });
  const [error, setError] = useState<unknown>(null);

  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('nl');
    const text = (a: ActorView) =>
      [a.name, a.area, a.description, domainLabel(t, a.domain), kindLabel(t, a.kind), ...a.themes, ...a.targetGroups].join(' ').toLocaleLowerCase('nl');
    const value = (a: ActorView): string =>
      sort.key === 'name' ? a.name : sort.key === 'kind' ? kindLabel(t, a.kind) : sort.key === 'domain' ? domainLabel(t, a.domain) : statusLabel(t, a.status);
    return actors
      .filter((a) => !q || text(a).includes(q))
      .sort((a, b) => sort.dir * value(a).localeCompare(value(b), 'nl', { sensitivity: 'base' }) || a.name.localeCompare(b.name, 'nl'));
  }, [actors, query, sort, t]);

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" className="utrecht-table__header-cell" aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}>
        <button type="button" className="wk-sort" onClick={() => setSort({ key, dir: active ? (sort.dir === 1 ? -1 : 1) : 1 })}>
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  const remove = async (a: ActorView) => {
    setError(null);
    try {
      await del(`/api/networks/${networkId}/actors/${a.id}`);
      onRemoved(a);
    } catch (err) {
      setError(err);
    }
  };

  if (actors.length === 0) {
    return <Paragraph>{t('partners.empty')}</Paragraph>;
  }
  return (
    <section aria-labelledby="partner-list">
      <Heading level={2} id="partner-list">
        {t('partners.listTitle')}
      </Heading>
      <TextField label={t('partners.search')} description={t('partners.searchHint')} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <p className="utrecht-paragraph wk-meta" role="status">
        {t('partners.shown', { shown: shown.length, total: actors.length })}
      </p>
      <ErrorAlert error={error} />
      <Table caption={t('partners.caption')}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {header('name', t('actor.name'))}
            {header('kind', t('actor.kind'))}
            {header('domain', t('actor.domain'))}
            <th scope="col" className="utrecht-table__header-cell">{t('actor.themes')}</th>
            {header('status', t('actor.status'))}
            <th scope="col" className="utrecht-table__header-cell">{t('partners.members')}</th>
            {canEdit ? <th scope="col" className="utrecht-table__header-cell">{t('common.actions')}</th> : null}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {shown.map((a) => (
            <tr key={a.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell wk-row-head">
                {a.name}
                {a.area ? <span className="wk-meta wk-block">{a.area}</span> : null}
                {!a.editable ? <span className="wk-meta wk-block">{t('partners.shared')}</span> : null}
              </th>
              <td className="utrecht-table__cell" data-label={t('actor.kind')}>{kindLabel(t, a.kind)}</td>
              <td className="utrecht-table__cell" data-label={t('actor.domain')}>{domainLabel(t, a.domain)}</td>
              <td className="utrecht-table__cell" data-label={t('actor.themes')}>{a.themes.join(', ') || '—'}</td>
              <td className="utrecht-table__cell" data-label={t('actor.status')}>{statusLabel(t, a.status)}</td>
              <td className="utrecht-table__cell" data-label={t('partners.members')}>{a.members.map((m) => m.name).join(', ') || '—'}</td>
              {canEdit ? (
                <td className="utrecht-table__cell" data-label={t('common.actions')}>
                  <div className="wk-cell-actions">
                    {a.editable ? (
                      <Button variant="secondary" aria-label={`${t('partners.edit')}: ${a.name}`} onClick={() => onEdit(a)}>
                        {t('partners.edit')}
                      </Button>
                    ) : null}
                    {role === 'kartrekker' ? (
                      <ConfirmButton label={t('partners.remove')} about={a.name} question={t('partners.removeQuestion', { name: a.name })} confirmLabel={t('partners.removeConfirm')} onConfirm={() => remove(a)} />
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

/**
 * "Ik doe mee namens …": which partner the signed-in member acts for is a confirmed fact. A member
 * asks; someone who already acts for that partner (or, when nobody does, a kartrekker) confirms.
 */
function ActsFor({ actors }: { actors: ActorView[] }) {
  const t = useT();
  const me = useMe();
  const { networkId, overview, role, reload } = useNetwork();
  const url = `/api/networks/${networkId}/representation`;
  const state = useResource<RepresentationView>(url, networkId);
  const mine = overview.members.find((m) => m.userId === me?.id);
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  if (!mine) return null;
  const refresh = () => {
    state.reload();
    reload();
  };
  const run = async (action: () => Promise<unknown>, done: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      await action();
      setNotice(done);
      refresh();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const ask = (e: FormEvent) => {
    e.preventDefault();
    void run(() => post(`${url}/requests`, { actorId: value, ...(reason.trim() ? { reason: reason.trim() } : {}) }), t('actsFor.asked'));
  };
  const requests = state.data?.requests ?? [];
  const own = requests.find((r) => r.memberId === mine.id);
  const toDecide = requests.filter((r) => r.canDecide);
  const others = requests.filter((r) => r.status === 'open' && r.memberId !== mine.id && !r.canDecide);
  const canAsk = roleAtLeast(role, 'partner');

  return (
    <section aria-labelledby="acts-for">
      <Heading level={2} id="acts-for">
        {t('actsFor.title')}
      </Heading>
      <ErrorAlert error={error ?? state.error} />
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <Paragraph>{mine.actorName ? t('actsFor.current', { name: mine.actorName }) : t('actsFor.none')}</Paragraph>
      {mine.actorName ? (
        <Button variant="secondary" busy={busy} onClick={() => void run(() => del(`/api/networks/${networkId}/members/${mine.id}/representation`), t('actsFor.ended'))}>
          {t('actsFor.end')}
        </Button>
      ) : null}
      {own && own.status === 'open' ? <Paragraph>{t('actsFor.pending', { name: own.actorName })}</Paragraph> : null}
      {own && own.status === 'refused' ? <Paragraph>{t('actsFor.refused', { name: own.actorName, reason: own.reason || '—' })}</Paragraph> : null}
      {canAsk ? (
        <form onSubmit={ask} className="wk-form">
          <SelectField
            label={t('actsFor.label')}
            description={t('actsFor.hint')}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            options={[{ value: '', label: t('actsFor.choose') }, ...actors.filter((a) => a.id !== mine.actorId).map((a) => ({ value: a.id, label: a.name }))]}
          />
          <TextField label={t('actsFor.reason')} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
          <Button type="submit" variant="secondary" busy={busy} disabled={!value}>
            {t('actsFor.ask')}
          </Button>
        </form>
      ) : null}
      {toDecide.length ? (
        <Table caption={t('actsFor.toDecide')}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">{t('actsFor.who')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('actsFor.partner')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('actsFor.why')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('actsFor.decision')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {toDecide.map((r) => (
              <tr key={r.id} className="utrecht-table__row">
                <td className="utrecht-table__cell" data-label={t('actsFor.who')}>{r.memberName}</td>
                <td className="utrecht-table__cell" data-label={t('actsFor.partner')}>{r.actorName}</td>
                <td className="utrecht-table__cell" data-label={t('actsFor.why')}>{r.reason || '—'}</td>
                <td className="utrecht-table__cell" data-label={t('actsFor.decision')}>
                  <Button busy={busy} aria-label={t('actsFor.confirmFor', { who: r.memberName, name: r.actorName })} onClick={() => void run(() => post(`${url}/requests/${r.id}/decision`, { confirm: true }), t('actsFor.confirmed'))}>
                    {t('actsFor.confirm')}
                  </Button>{' '}
                  <Button variant="secondary" busy={busy} aria-label={t('actsFor.refuseFor', { who: r.memberName, name: r.actorName })} onClick={() => void run(() => post(`${url}/requests/${r.id}/decision`, { confirm: false }), t('actsFor.refusedDone'))}>
                    {t('actsFor.refuse')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {others.length ? (
        <ul>
          {others.map((r) => (
            <li key={r.id}>{t('actsFor.openOther', { who: r.memberName, name: r.actorName })}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function Directory({ inNetwork, onAdded }: { inNetwork: Set<string>; onAdded: (name: string) => void }) {
  const t = useT();
  const { networkId } = useNetwork();
  const [q, setQ] = useState('');
  const [domain, setDomain] = useState('');
  const [results, setResults] = useState<DirectoryEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const search = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const params = new URLSearchParams();
      if (q.trim()) params.set('q', q.trim());
      if (domain) params.set('domain', domain);
      setResults(await get<DirectoryEntry[]>(`/api/directory?${params}`));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const add = async (entry: DirectoryEntry) => {
    setError(null);
    try {
      await post(`/api/networks/${networkId}/actors/link`, { actorId: entry.id });
      onAdded(entry.name);
    } catch (err) {
      setError(err instanceof ApiError ? err : err);
    }
  };

  return (
    <section aria-labelledby="directory-heading">
      <Heading level={2} id="directory-heading">
        {t('directory.title')}
      </Heading>
      <Paragraph>{t('directory.intro')}</Paragraph>
      <form onSubmit={search} role="search" aria-labelledby="directory-heading" className="wk-form">
        <TextField label={t('directory.query')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <SelectField label={t('actor.domain')} value={domain} onChange={(e) => setDomain(e.target.value)} options={[{ value: '', label: t('directory.allDomains') }, ...domainOptions(t)]} />
        <Button type="submit" variant="secondary" busy={busy}>
          {t('directory.search')}
        </Button>
      </form>
      <ErrorAlert error={error} />
      {results ? (
        <div role="status">
          {results.length === 0 ? (
            <Paragraph>{t('directory.none')}</Paragraph>
          ) : (
            <>
              <p className="utrecht-paragraph wk-meta">{t('directory.found', { count: results.length })}</p>
              <ul className="wk-cards">
                {results.map((r) => (
                  <li key={r.id} className="wk-card">
                    <h3 className="utrecht-heading-3">{r.name}</h3>
                    <p className="utrecht-paragraph wk-meta">
                      {kindLabel(t, r.kind)} · {domainLabel(t, r.domain)}
                      {r.area ? ` · ${r.area}` : ''} · {t('directory.from', { network: r.homeNetworkName })}
                    </p>
                    {r.themes.length ? <p className="utrecht-paragraph">{r.themes.join(', ')}</p> : null}
                    {inNetwork.has(r.id) ? (
                      <p className="utrecht-paragraph wk-meta">{t('directory.alreadyIn')}</p>
                    ) : (
                      <Button variant="secondary" aria-label={`${t('directory.add')}: ${r.name}`} onClick={() => add(r)}>
                        {t('directory.add')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
