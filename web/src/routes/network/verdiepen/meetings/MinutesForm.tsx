import { useState, type FormEvent } from 'react';
import { useT } from '../../../../i18n';
import { patch } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { MeetingView, UpdateMeeting } from '../../../../api/meetings-types';
import { ConflictAlert } from '../../../../components/ConflictAlert';
import { Button, CheckboxField, ErrorAlert, Fieldset, TextAreaField } from '../../../../components/ui';

const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

/** After the meeting: who came (members and partners) and the notes. */
export function MinutesForm({
  networkId,
  meeting,
  onSaved,
}: {
  networkId: string;
  meeting: MeetingView;
  onSaved: (saved: MeetingView) => void;
}) {
  const t = useT();
  const [members, setMembers] = useState(meeting.presentMembers.map((m) => m.id));
  const [partners, setPartners] = useState(meeting.presentActors.map((a) => a.id));
  const [notes, setNotes] = useState(meeting.notes);
  const form = useMutation<MeetingView>({ version: meeting.version });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await form.run(async (version) => {
      const body = { presentMemberIds: members, presentActorIds: partners, notes, version } satisfies UpdateMeeting;
      const saved = await patch<MeetingView>(`/api/networks/${networkId}/meetings/${meeting.id}`, body);
      onSaved(saved);
      return saved;
    });
  };

  return (
    <form onSubmit={submit} noValidate className="wk-form wk-panel">
      <ErrorAlert error={form.error} />
      {form.current ? (
        <ConflictAlert
          facts={[
            { label: t('mt.min.partners'), value: form.current.presentActors.map((a) => a.name).join(', ') || '—' },
            { label: t('mt.min.notes'), value: form.current.notes || '—' },
          ]}
        />
      ) : null}
      <Fieldset legend={t('mt.min.members')}>
        <div className="wk-checks">
          {meeting.choices.members.map((m) => (
            <CheckboxField
              key={m.id}
              id={`present-member-${m.id}`}
              label={m.name}
              checked={members.includes(m.id)}
              onChange={(e) => setMembers((list) => toggle(list, m.id, e.target.checked))}
            />
          ))}
        </div>
        {form.fields.presentMemberIds ? (
          <p className="utrecht-form-field-error-message">{form.fields.presentMemberIds}</p>
        ) : null}
      </Fieldset>
      {meeting.choices.partners.length ? (
        <Fieldset legend={t('mt.min.partners')}>
          <div className="wk-checks">
            {meeting.choices.partners.map((a) => (
              <CheckboxField
                key={a.id}
                id={`present-partner-${a.id}`}
                label={a.name}
                checked={partners.includes(a.id)}
                onChange={(e) => setPartners((list) => toggle(list, a.id, e.target.checked))}
              />
            ))}
          </div>
          {form.fields.presentActorIds ? (
            <p className="utrecht-form-field-error-message">{form.fields.presentActorIds}</p>
          ) : null}
        </Fieldset>
      ) : null}
      <TextAreaField
        id="meeting-notes"
        label={t('mt.min.notes')}
        description={t('mt.min.notesHint')}
        rows={6}
        maxLength={10000}
        value={notes}
        error={form.fields.notes}
        onChange={(e) => setNotes(e.target.value)}
      />
      <Button type="submit" busy={form.busy}>
        {t('mt.min.save')}
      </Button>
    </form>
  );
}
