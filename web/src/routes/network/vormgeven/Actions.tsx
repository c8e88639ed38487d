import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useT, useLocale, formatDate, type MessageKey, type T } from '../../../i18n';
import { del, patch, post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { ActionView } from '../../../api/vormgeven-types';
import { roleAtLeast } from '@domain/vocabulary.ts';
import { PageTitle } from '../../../components/page';
import { ConfirmButton } from '../../../components/ConfirmButton';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorAlert,
  Heading,
  Loading,
  Paragraph,
  SelectField,
  Table,
  TextAreaField,
  TextField,
} from '../../../components/ui';
import { useNetwork } from '../context';
import { useScrollToHash } from '../../../components/useScrollToHash';
import { apiBase, dayDate, useActions, useGoals, useMyMemberId } from './shared';
import type { RenewPlan } from '../../../api/requests';
import type { PlanRenewed } from '@schemas/actions';
import { personName } from '../../../labels';
import { emptyRequired } from '../../../components/required';

export const STATUSES = ['open', 'bezig', 'klaar', 'vervallen'] as const;
export const actionStatusLabel = (t: T, s: string) => t(`vg.act.status.${s}` as MessageKey);

/** Actieplan: the actions of a plan year, with filters, editing and renewing for next year. */
export default function Actions() {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('jaar')) || thisYear;
  const goalId = params.get('doel') ?? '';
  const status = params.get('status') ?? '';
  const query = new URLSearchParams({ planYear: String(year) });
  if (goalId) query.set('goalId', goalId);
  if (status) query.set('status', status);
  const actions = useActions(networkId, query.toString());
  const goals = useGoals(networkId);
  useScrollToHash(!!actions.data);
  const canWrite = roleAtLeast(role, 'partner');
  const lead = role === 'kartrekker';
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const renewal = useMutation();

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const done = (msg?: string) => {
    setEditing(null);
    if (msg) setNotice(msg);
    actions.reload();
  };
  const renew = () =>
    renewal.run(async () => {
      const r = await post<PlanRenewed>(`${apiBase(networkId)}/actions/renew`, {
        fromYear: year,
        toYear: year + 1,
      } satisfies RenewPlan);
      setNotice(t('vg.act.renewed', { count: r.carried, year: year + 1 }));
      setFilter('jaar', String(year + 1));
    });

  const years = [
    thisYear - 1,
    thisYear,
    thisYear + 1,
    ...(year < thisYear - 1 || year > thisYear + 1 ? [year] : []),
  ].sort();
  const editingAction = actions.data?.find((a) => a.id === editing);

  return (
    <>
      <PageTitle title={t('vg.act.title')} />
      <Paragraph lead>{t('vg.act.lead')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={renewal.error ?? actions.error} />

      <form className="wk-vfilters" onSubmit={(e) => e.preventDefault()} aria-label={t('vg.act.filters')}>
        <SelectField
          label={t('vg.act.year')}
          value={String(year)}
          onChange={(e) => setFilter('jaar', e.target.value)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectField
          label={t('vg.act.goal')}
          value={goalId}
          onChange={(e) => setFilter('doel', e.target.value)}
          options={[
            { value: '', label: t('vg.act.allGoals') },
            ...(goals.data?.goals ?? []).map((g) => ({ value: g.id, label: g.title })),
          ]}
        />
        <SelectField
          label={t('vg.act.status')}
          value={status}
          onChange={(e) => setFilter('status', e.target.value)}
          options={[
            { value: '', label: t('vg.act.allStatuses') },
            ...STATUSES.map((s) => ({ value: s, label: actionStatusLabel(t, s) })),
          ]}
        />
      </form>

      {!actions.data ? (
        <Loading />
      ) : actions.data.length === 0 ? (
        <div className="wk-empty">
          <Paragraph>{goalId || status ? t('vg.act.noneFiltered') : t('vg.act.none', { year })}</Paragraph>
        </div>
      ) : (
        <Table caption={t('vg.act.caption', { year })}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {t('vg.act.what')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('vg.act.owner')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('vg.act.goal')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('vg.act.due')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('vg.act.status')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                <span className="wk-visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {actions.data.map((a) => (
              <tr
                key={a.id}
                id={`actie-${a.id}`}
                className={`utrecht-table__row ${a.overdue ? 'wk-row--overdue' : ''}`}
              >
                <th className="utrecht-table__header-cell wk-row-head" scope="row" data-label={t('vg.act.what')}>
                  {a.title}
                  {a.carriedFrom ? <span className="wk-block wk-meta">{t('vg.act.carried')}</span> : null}
                </th>
                <td className="utrecht-table__cell" data-label={t('vg.act.owner')}>
                  {a.ownerName ?? '—'}
                  {a.actorName ? <span className="wk-block wk-meta">{a.actorName}</span> : null}
                </td>
                <td className="utrecht-table__cell" data-label={t('vg.act.goal')}>
                  {a.goalTitle ?? '—'}
                </td>
                <td className="utrecht-table__cell" data-label={t('vg.act.due')}>
                  {a.dueOn ? formatDate(dayDate(a.dueOn).toISOString(), locale) : '—'}
                  {a.overdue ? <span className="wk-block wk-overdue">{t('vg.act.overdue')}</span> : null}
                </td>
                <td className="utrecht-table__cell" data-label={t('vg.act.status')}>
                  <span className={`wk-astatus wk-astatus--${a.status}`}>{actionStatusLabel(t, a.status)}</span>
                </td>
                <td className="utrecht-table__cell wk-cell-actions">
                  {a.editable ? (
                    <Button
                      variant="subtle"
                      onClick={() => setEditing(a.id)}
                      aria-label={`${t('vg.common.edit')}: ${a.title}`}
                    >
                      {t('vg.common.edit')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      {editingAction ? <ActionForm key={editingAction.id} action={editingAction} onDone={done} /> : null}

      {canWrite ? (
        <section aria-labelledby="new-action-heading">
          <Heading level={2} id="new-action-heading">
            {t('vg.act.newTitle')}
          </Heading>
          {editing === 'new' ? (
            <ActionForm year={year} onDone={done} />
          ) : (
            <Button onClick={() => setEditing('new')}>{t('vg.act.add')}</Button>
          )}
        </section>
      ) : null}

      {lead ? (
        <section aria-labelledby="renew-heading">
          <Heading level={2} id="renew-heading">
            {t('vg.act.renewTitle')}
          </Heading>
          <Paragraph>{t('vg.act.renewText', { from: year, to: year + 1 })}</Paragraph>
          <Button variant="secondary" onClick={renew}>
            {t('vg.act.renew', { to: year + 1 })}
          </Button>
        </section>
      ) : null}
    </>
  );
}

function ActionForm({ action, year, onDone }: { action?: ActionView; year?: number; onDone: (msg?: string) => void }) {
  const t = useT();
  const { networkId, overview } = useNetwork();
  const goals = useGoals(networkId);
  const myMemberId = useMyMemberId();
  const [title, setTitle] = useState(action?.title ?? '');
  const [description, setDescription] = useState(action?.description ?? '');
  const [owner, setOwner] = useState(action ? (action.ownerMemberId ?? '') : (myMemberId ?? ''));
  const [actorId, setActorId] = useState(
    action ? (action.actorId ?? '') : (overview.members.find((m) => m.id === myMemberId)?.actorId ?? ''),
  );
  const [goalId, setGoalId] = useState(action?.goalId ?? '');
  const [dueOn, setDueOn] = useState(action?.dueOn ?? '');
  const [status, setStatus] = useState(action?.status ?? 'open');
  const [planYear, setPlanYear] = useState(String(action?.planYear ?? year ?? new Date().getFullYear()));
  const form = useMutation({ version: action?.version ?? 0 });
  const idBase = action?.id ?? 'new-action';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = emptyRequired(t, { title });
    if (missing) return form.invalid(missing);
    const body = {
      title,
      description,
      ownerMemberId: owner || null,
      actorId: actorId || null,
      goalId: goalId || null,
      dueOn: dueOn || null,
      status,
      planYear: Number(planYear),
    };
    await form.run(async (version) => {
      if (action) await patch(`${apiBase(networkId)}/actions/${action.id}`, { ...body, version });
      else await post(`${apiBase(networkId)}/actions`, body);
      onDone(t('vg.act.saved', { title }));
    });
  };
  const f = form.fields;
  const thisYear = new Date().getFullYear();
  return (
    <form onSubmit={submit} noValidate className="wk-form wk-panel">
      <Heading level={3}>{action ? t('vg.act.editTitle', { title: action.title }) : t('vg.act.newFormTitle')}</Heading>
      <ErrorAlert error={form.error} />
      <TextField
        id={`${idBase}-title`}
        label={t('vg.act.what')}
        description={t('vg.act.whatHint')}
        required
        maxLength={200}
        value={title}
        error={f.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextAreaField
        id={`${idBase}-desc`}
        label={t('vg.act.description')}
        rows={2}
        maxLength={4000}
        value={description}
        error={f.description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <SelectField
        id={`${idBase}-owner`}
        label={t('vg.act.owner')}
        value={owner}
        error={f.ownerMemberId}
        onChange={(e) => setOwner(e.target.value)}
        options={[
          { value: '', label: t('vg.act.nobody') },
          ...overview.members
            .filter((m) => m.role !== 'meekijker')
            .map((m) => ({ value: m.id, label: personName(t, m) })),
        ]}
      />
      <SelectField
        id={`${idBase}-actor`}
        label={t('vg.act.partner')}
        value={actorId}
        error={f.actorId}
        onChange={(e) => setActorId(e.target.value)}
        options={[
          { value: '', label: t('vg.act.noPartner') },
          ...overview.actors.map((a) => ({ value: a.id, label: a.name })),
        ]}
      />
      <SelectField
        id={`${idBase}-goal`}
        label={t('vg.act.goal')}
        value={goalId}
        error={f.goalId}
        onChange={(e) => setGoalId(e.target.value)}
        options={[
          { value: '', label: t('vg.act.noGoal') },
          ...(goals.data?.goals ?? []).map((g) => ({ value: g.id, label: g.title })),
        ]}
      />
      <TextField
        id={`${idBase}-due`}
        type="date"
        label={t('vg.act.due')}
        className="wk-short"
        value={dueOn}
        error={f.dueOn}
        onChange={(e) => setDueOn(e.target.value)}
      />
      <SelectField
        id={`${idBase}-status`}
        label={t('vg.act.status')}
        value={status}
        error={f.status}
        onChange={(e) => setStatus(e.target.value)}
        options={STATUSES.map((s) => ({ value: s, label: actionStatusLabel(t, s) }))}
      />
      <SelectField
        id={`${idBase}-year`}
        label={t('vg.act.planYear')}
        value={planYear}
        error={f.planYear}
        onChange={(e) => setPlanYear(e.target.value)}
        options={[...new Set([thisYear - 1, thisYear, thisYear + 1, Number(planYear)])]
          .sort()
          .map((y) => ({ value: String(y), label: String(y) }))}
      />
      <ButtonGroup>
        <Button type="submit" busy={form.busy}>
          {t('vg.act.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone()}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
      {action ? (
        <div className="wk-editor-remove">
          <ConfirmButton
            label={t('vg.act.remove')}
            question={t('vg.act.removeQuestion', { title: action.title })}
            confirmLabel={t('vg.act.removeConfirm')}
            onConfirm={() =>
              form.run(async () => {
                await del(`${apiBase(networkId)}/actions/${action.id}`);
                onDone(t('vg.act.removed'));
              })
            }
          />
        </div>
      ) : null}
    </form>
  );
}
