import { useState, type FormEvent } from 'react';
import { formatDate, useLocale, useT } from '../../../../i18n';
import { del, patch } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type {
  ContinuityItemView,
  ContinuityListView,
  ContinuityStatus,
  UpdateContinuityItem,
} from '../../../../api/cases-types';
import { ConfirmButton } from '../../../../components/ConfirmButton';
import { ConflictAlert } from '../../../../components/ConflictAlert';
import { Button, ButtonGroup, ErrorAlert, SelectField, TextField } from '../../../../components/ui';
import { useNetwork } from '../../context';
import { apiBase } from '../shared';

export const STATUSES: ContinuityStatus[] = ['open', 'bezig', 'geregeld', 'nvt'];

/** One point of the checklist: its status (with a reason when it does not apply), owner and date. */
export function ItemForm({
  item,
  owners,
  onDone,
}: {
  item: ContinuityItemView;
  owners: ContinuityListView['owners'];
  onDone: (message: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const [status, setStatus] = useState<ContinuityStatus>(item.status);
  const [reason, setReason] = useState(item.reason);
  const [owner, setOwner] = useState(
    item.ownerMemberId ? `m:${item.ownerMemberId}` : item.ownerActorId ? `a:${item.ownerActorId}` : '',
  );
  const [dueOn, setDueOn] = useState(item.dueOn ?? '');
  const form = useMutation<ContinuityItemView>({ version: item.version });
  const { fields } = form;
  const canEdit = role !== 'meekijker';
  const id = (f: string) => `item-${item.id}-${f}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // "Niet van toepassing" needs a reason; the server would refuse it without one.
    if (status === 'nvt' && !reason.trim()) return form.invalid({ reason: t('bg.reasonNeeded') });
    await form.run(async (version) => {
      const payload = {
        status,
        reason: status === 'nvt' ? reason : '',
        ownerMemberId: owner.startsWith('m:') ? owner.slice(2) : null,
        ownerActorId: owner.startsWith('a:') ? owner.slice(2) : null,
        dueOn: dueOn || null,
        version,
      } satisfies UpdateContinuityItem;
      const saved = await patch<ContinuityItemView>(`${apiBase(networkId)}/continuity/${item.id}`, payload);
      onDone(t('bg.saved', { title: item.title }));
      return saved;
    });
  };
  const remove = () =>
    form.run(async () => {
      await del(`${apiBase(networkId)}/continuity/${item.id}`);
      onDone(t('bg.removed'));
    });

  if (!canEdit)
    return (
      <p className="utrecht-paragraph">
        {t('bg.status')}: {t(`bg.status.${item.status}`)}
        {item.status === 'nvt' && item.reason ? ` (${item.reason})` : ''} · {t('bg.owner')}:{' '}
        {item.ownerName ?? t('bg.noOwner')}
        {item.dueOn ? ` · ${t('bg.dueOn')}: ${formatDate(item.dueOn, locale)}` : ''}
      </p>
    );

  return (
    <form onSubmit={submit} noValidate className="wk-form">
      <ErrorAlert error={form.error} />
      {form.current ? <ConflictAlert saved={t(`bg.status.${form.current.status}`)} /> : null}
      <div className="wk-effect-row">
        <SelectField
          id={id('status')}
          label={t('bg.status')}
          value={status}
          error={fields.status}
          onChange={(e) => setStatus(e.target.value as ContinuityStatus)}
          options={STATUSES.map((s) => ({ value: s, label: t(`bg.status.${s}`) }))}
        />
        <SelectField
          id={id('owner')}
          label={t('bg.owner')}
          value={owner}
          error={fields.ownerMemberId ?? fields.ownerActorId}
          onChange={(e) => setOwner(e.target.value)}
          options={[
            { value: '', label: t('bg.noOwner') },
            ...owners.members.map((m) => ({ value: `m:${m.id}`, label: `${m.name} (${t('bg.ownerMembers')})` })),
            ...owners.partners.map((p) => ({ value: `a:${p.id}`, label: `${p.name} (${t('bg.ownerPartners')})` })),
          ]}
        />
        <TextField
          id={id('due')}
          type="date"
          label={t('bg.dueOn')}
          value={dueOn}
          error={fields.dueOn}
          onChange={(e) => setDueOn(e.target.value)}
        />
      </div>
      {status === 'nvt' ? (
        <TextField
          id={id('reason')}
          label={t('bg.reason')}
          required
          maxLength={500}
          value={reason}
          error={fields.reason}
          onChange={(e) => setReason(e.target.value)}
        />
      ) : null}
      <ButtonGroup>
        <Button type="submit" busy={form.busy} aria-label={`${t('bg.save')}: ${item.title}`}>
          {t('bg.save')}
        </Button>
        {role === 'kartrekker' ? (
          <ConfirmButton
            label={t('bg.remove')}
            about={item.title}
            question={t('bg.removeQuestion')}
            confirmLabel={t('bg.remove')}
            onConfirm={remove}
          />
        ) : null}
      </ButtonGroup>
    </form>
  );
}
