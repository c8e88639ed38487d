import { useState, type FormEvent } from 'react';
import { useT } from '../../../../i18n';
import { post } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { CreateDecision, MeetingView } from '../../../../api/meetings-types';
import { KINDS, kindLabel } from '../../vormgeven/agreements/terms';
import {
  Button,
  CheckboxField,
  ErrorAlert,
  Fieldset,
  Paragraph,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../components/ui';

/** A decision taken in the meeting: it also becomes an agreement with the review date. */
export function DecisionForm({
  networkId,
  meeting,
  onSaved,
}: {
  networkId: string;
  meeting: MeetingView;
  onSaved: (saved: MeetingView) => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [by, setBy] = useState<string[]>([]);
  const [reviewOn, setReviewOn] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('overig');
  const form = useMutation();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return form.invalid({ text: t('mt.f.required') });
    await form.run(async () => {
      const body = { text, decidedBy: by, reviewOn: reviewOn || null, kind } satisfies CreateDecision;
      const saved = await post<MeetingView>(`/api/networks/${networkId}/meetings/${meeting.id}/decisions`, body);
      setText('');
      setBy([]);
      setReviewOn('');
      onSaved(saved);
    });
  };

  return (
    <form onSubmit={submit} noValidate className="wk-form wk-panel">
      <ErrorAlert error={form.error} />
      <TextAreaField
        id="decision-text"
        label={t('mt.dec.text')}
        required
        rows={3}
        maxLength={4000}
        value={text}
        error={form.fields.text}
        onChange={(e) => setText(e.target.value)}
      />
      <Fieldset legend={t('mt.dec.by')}>
        {meeting.presentActors.length ? (
          <div className="wk-checks">
            {meeting.presentActors.map((a) => (
              <CheckboxField
                key={a.id}
                id={`decided-by-${a.id}`}
                label={a.name}
                checked={by.includes(a.id)}
                onChange={(e) => setBy((list) => (e.target.checked ? [...list, a.id] : list.filter((x) => x !== a.id)))}
              />
            ))}
          </div>
        ) : (
          <Paragraph small>{t('mt.dec.byNone')}</Paragraph>
        )}
        {form.fields.decidedBy ? <p className="utrecht-form-field-error-message">{form.fields.decidedBy}</p> : null}
      </Fieldset>
      <TextField
        id="decision-review"
        type="date"
        label={t('mt.dec.review')}
        description={t('mt.dec.reviewHint')}
        value={reviewOn}
        error={form.fields.reviewOn}
        onChange={(e) => setReviewOn(e.target.value)}
      />
      <SelectField
        id="decision-kind"
        label={t('mt.dec.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}
        options={KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
      />
      <Button type="submit" busy={form.busy}>
        {t('mt.dec.add')}
      </Button>
    </form>
  );
}
