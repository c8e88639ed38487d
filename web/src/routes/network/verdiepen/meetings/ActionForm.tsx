import { useState, type FormEvent } from 'react';
import { useT } from '../../../../i18n';
import { post } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { CreateMeetingAction, MeetingView } from '../../../../api/meetings-types';
import { Button, ErrorAlert, SelectField, TextField } from '../../../../components/ui';

/** An action agreed in the meeting, straight into the action plan. */
export function ActionForm({
  networkId,
  meeting,
  onSaved,
}: {
  networkId: string;
  meeting: MeetingView;
  onSaved: (saved: MeetingView) => void;
}) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [goal, setGoal] = useState('');
  const [dueOn, setDueOn] = useState('');
  const form = useMutation();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return form.invalid({ title: t('mt.f.required') });
    await form.run(async () => {
      const body = {
        title,
        ownerMemberId: owner || null,
        goalId: goal || null,
        dueOn: dueOn || null,
      } satisfies CreateMeetingAction;
      const saved = await post<MeetingView>(`/api/networks/${networkId}/meetings/${meeting.id}/actions`, body);
      setTitle('');
      setDueOn('');
      onSaved(saved);
    });
  };

  const none = { value: '', label: t('mt.f.noLink') };
  return (
    <form onSubmit={submit} noValidate className="wk-form wk-panel">
      <ErrorAlert error={form.error} />
      <TextField
        id="action-title"
        label={t('mt.act.what')}
        required
        maxLength={200}
        value={title}
        error={form.fields.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <SelectField
        id="action-owner"
        label={t('mt.act.owner')}
        value={owner}
        error={form.fields.ownerMemberId}
        onChange={(e) => setOwner(e.target.value)}
        options={[none, ...meeting.choices.members.map((m) => ({ value: m.id, label: m.name }))]}
      />
      {meeting.choices.goals.length ? (
        <SelectField
          id="action-goal"
          label={t('mt.act.goal')}
          value={goal}
          error={form.fields.goalId}
          onChange={(e) => setGoal(e.target.value)}
          options={[none, ...meeting.choices.goals.map((g) => ({ value: g.id, label: g.name }))]}
        />
      ) : null}
      <TextField
        id="action-due"
        type="date"
        label={t('mt.act.due')}
        value={dueOn}
        error={form.fields.dueOn}
        onChange={(e) => setDueOn(e.target.value)}
      />
      <Button type="submit" busy={form.busy}>
        {t('mt.act.add')}
      </Button>
    </form>
  );
}
