import { useState, type FormEvent } from 'react';
import { useT } from '../../../../i18n';
import { patch, post } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { CreateMeeting, MeetingChoices, MeetingView, UpdateMeeting } from '../../../../api/meetings-types';
import { ConflictAlert } from '../../../../components/ConflictAlert';
import { Button, ButtonGroup, ErrorAlert, Fieldset, SelectField, TextField } from '../../../../components/ui';

type Item = { text: string; goalId: string; agreementId: string };

const nextWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

/** Plan a meeting, or change its plan: title, day and times, place or video link, and the agenda. */
export function MeetingForm({
  networkId,
  choices,
  meeting,
  onDone,
  onCancel,
}: {
  networkId: string;
  choices: MeetingChoices;
  meeting?: MeetingView;
  onDone: (saved: MeetingView) => void;
  onCancel?: () => void;
}) {
  const t = useT();
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [date, setDate] = useState(meeting?.date ?? nextWeek());
  const [startTime, setStartTime] = useState(meeting?.startTime ?? '19:30');
  const [endTime, setEndTime] = useState(meeting?.endTime ?? '21:00');
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [videoUrl, setVideoUrl] = useState(meeting?.videoUrl ?? '');
  const [items, setItems] = useState<Item[]>(() =>
    meeting?.agenda.length
      ? meeting.agenda.map((a) => ({ text: a.text, goalId: a.goalId ?? '', agreementId: a.agreementId ?? '' }))
      : [{ text: '', goalId: '', agreementId: '' }],
  );
  const form = useMutation<MeetingView>({ version: meeting?.version ?? 0 });
  const { fields } = form;
  const id = meeting?.id ?? 'new-meeting';

  const setItem = (i: number, change: Partial<Item>) =>
    setItems((list) => list.map((item, j) => (j === i ? { ...item, ...change } : item)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    const missing: Record<string, string> = {};
    if (!title.trim()) missing.title = t('mt.f.required');
    if (!date) missing.date = t('mt.f.required');
    if (!startTime) missing.startTime = t('mt.f.required');
    if (Object.keys(missing).length) return form.invalid(missing);
    const body = {
      title,
      date,
      startTime,
      endTime: endTime || null,
      place: place || null,
      videoUrl: videoUrl || null,
      agenda: items
        .filter((a) => a.text.trim())
        .map((a) => ({ text: a.text, goalId: a.goalId || null, agreementId: a.agreementId || null })),
    };
    await form.run(async (version) => {
      const base = `/api/networks/${networkId}/meetings`;
      const saved = meeting
        ? await patch<MeetingView>(`${base}/${meeting.id}`, { ...body, version } satisfies UpdateMeeting)
        : await post<MeetingView>(base, body satisfies CreateMeeting);
      onDone(saved);
      return saved;
    });
  };

  const goalOptions = [
    { value: '', label: t('mt.f.noLink') },
    ...choices.goals.map((g) => ({ value: g.id, label: g.name })),
  ];
  const agreementOptions = [
    { value: '', label: t('mt.f.noLink') },
    ...choices.agreements.map((g) => ({ value: g.id, label: g.name })),
  ];

  return (
    <form onSubmit={submit} noValidate className="wk-form wk-panel">
      <ErrorAlert error={form.error} />
      {form.current ? (
        <ConflictAlert
          facts={[
            { label: t('mt.f.title'), value: form.current.title },
            { label: t('mt.when'), value: `${form.current.date} ${form.current.startTime}` },
          ]}
        />
      ) : null}
      <TextField
        id={`${id}-title`}
        label={t('mt.f.title')}
        description={t('mt.f.titleHint')}
        required
        maxLength={200}
        value={title}
        error={fields.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="wk-meeting-times">
        <TextField
          id={`${id}-date`}
          type="date"
          label={t('mt.f.date')}
          required
          value={date}
          error={fields.date}
          onChange={(e) => setDate(e.target.value)}
        />
        <TextField
          id={`${id}-start`}
          type="time"
          label={t('mt.f.start')}
          description={t('mt.f.timeHint')}
          required
          value={startTime}
          error={fields.startTime}
          onChange={(e) => setStartTime(e.target.value)}
        />
        <TextField
          id={`${id}-end`}
          type="time"
          label={t('mt.f.end')}
          value={endTime}
          error={fields.endTime}
          onChange={(e) => setEndTime(e.target.value)}
        />
      </div>
      <TextField
        id={`${id}-place`}
        label={t('mt.f.place')}
        description={t('mt.f.placeHint')}
        maxLength={200}
        value={place}
        error={fields.place}
        onChange={(e) => setPlace(e.target.value)}
      />
      <TextField
        id={`${id}-video`}
        type="url"
        label={t('mt.f.video')}
        description={t('mt.f.videoHint')}
        maxLength={500}
        value={videoUrl}
        error={fields.videoUrl}
        onChange={(e) => setVideoUrl(e.target.value)}
      />
      <Fieldset legend={t('mt.f.agenda')} description={t('mt.f.agendaHint')}>
        <ol className="wk-agenda-edit">
          {items.map((item, i) => (
            <li key={i} className="wk-agenda-edit__item">
              <TextField
                id={`${id}-item-${i}`}
                label={t('mt.f.item', { n: i + 1 })}
                maxLength={500}
                value={item.text}
                error={fields[`agenda.${i}.text`]}
                onChange={(e) => setItem(i, { text: e.target.value })}
              />
              {choices.goals.length ? (
                <SelectField
                  id={`${id}-item-${i}-goal`}
                  label={t('mt.f.itemGoal', { n: i + 1 })}
                  value={item.goalId}
                  error={fields[`agenda.${i}.goalId`]}
                  onChange={(e) => setItem(i, { goalId: e.target.value })}
                  options={goalOptions}
                />
              ) : null}
              {choices.agreements.length ? (
                <SelectField
                  id={`${id}-item-${i}-agreement`}
                  label={t('mt.f.itemAgreement', { n: i + 1 })}
                  value={item.agreementId}
                  error={fields[`agenda.${i}.agreementId`]}
                  onChange={(e) => setItem(i, { agreementId: e.target.value })}
                  options={agreementOptions}
                />
              ) : null}
              {items.length > 1 ? (
                <Button variant="subtle" onClick={() => setItems((list) => list.filter((_, j) => j !== i))}>
                  {t('mt.f.removeItem', { n: i + 1 })}
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
        <Button
          variant="secondary"
          onClick={() => setItems((list) => [...list, { text: '', goalId: '', agreementId: '' }])}
        >
          {t('mt.f.addItem')}
        </Button>
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" busy={form.busy}>
          {meeting ? t('mt.f.save') : t('mt.f.planSave')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('mt.f.cancelEdit')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
