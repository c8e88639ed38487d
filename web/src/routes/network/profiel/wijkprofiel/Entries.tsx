import { useState, type FormEvent } from 'react';
import { useLocale, useT } from '../../../../i18n';
import { del, post } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { EntryView } from '@schemas/profile';
import { ConfirmButton } from '../../../../components/ConfirmButton';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorAlert,
  Heading,
  Paragraph,
  PrivacyHint,
  TextAreaField,
  TextField,
} from '../../../../components/ui';
import { formatDate } from '../files';
import type { CreateEntry } from '../../../../api/requests';
import { emptyRequired } from '../../../../components/required';

/** Needs (with source and date) or notes of the neighbourhood. */
export function Entries({
  kind,
  networkId,
  entries,
  canEdit,
  reload,
}: {
  kind: 'need' | 'note';
  networkId: string;
  entries: EntryView[];
  canEdit: boolean;
  reload: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const prefix = kind === 'need' ? 'profile.needs' : 'profile.notes';
  const empty = { text: '', source: '', notedOn: '' };
  const [form, setForm] = useState(empty);
  const change = useMutation({ groupListFields: true });
  const errors = change.fields;
  const [notice, setNotice] = useState('');
  const set = (k: keyof typeof empty) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNotice('');
    const missing = emptyRequired(t, { text: form.text });
    if (missing) return change.invalid(missing);
    await change.run(async () => {
      await post(
        `/api/networks/${networkId}/profile/entries`,
        (kind === 'need' ? { kind, ...form } : { kind, text: form.text }) satisfies CreateEntry,
      );
      setForm(empty);
      setNotice(t(kind === 'need' ? 'profile.needs.added' : 'profile.notes.added'));
      reload();
    });
  };
  const remove = (id: string) =>
    change.run(async () => {
      await del(`/api/networks/${networkId}/profile/entries/${id}`);
      setNotice(t('profile.removed'));
      reload();
    });

  const headingId = `profile-${kind}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t(`${prefix}.title` as 'profile.needs.title')}
      </Heading>
      <Paragraph>{t(`${prefix}.intro` as 'profile.needs.intro')}</Paragraph>
      {entries.length === 0 ? (
        <Paragraph>{t(`${prefix}.empty` as 'profile.needs.empty')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list wk-list">
          {entries.map((n) => (
            <li key={n.id}>
              {n.text}
              {kind === 'need' && (n.source || n.notedOn) ? (
                <span className="wk-muted">
                  {' '}
                  — {[n.source, formatDate(n.notedOn, locale)].filter(Boolean).join(', ')}
                </span>
              ) : null}
              {canEdit ? (
                <>
                  {' '}
                  <ConfirmButton
                    label={t('profile.indicators.remove')}
                    about={n.text.slice(0, 60)}
                    question={t('common.removeQuestion', { what: n.text.slice(0, 60) })}
                    confirmLabel={t('common.removeConfirm')}
                    onConfirm={() => remove(n.id)}
                  />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      {canEdit ? (
        <form onSubmit={submit} noValidate>
          <TextAreaField
            label={t(`${prefix}.text` as 'profile.needs.text')}
            description={<PrivacyHint />}
            value={form.text}
            onChange={set('text')}
            error={errors.text}
            required
          />
          {kind === 'need' ? (
            <>
              <TextField
                label={t('profile.needs.source')}
                description={t('profile.needs.sourceHelp')}
                value={form.source}
                onChange={set('source')}
                error={errors.source}
              />
              <TextField
                type="date"
                label={t('profile.needs.date')}
                value={form.notedOn}
                onChange={set('notedOn')}
                error={errors.notedOn}
              />
            </>
          ) : null}
          <ButtonGroup>
            <Button type="submit">{t(`${prefix}.add` as 'profile.needs.add')}</Button>
          </ButtonGroup>
        </form>
      ) : null}
      <ErrorAlert error={change.error} />
    </section>
  );
}
