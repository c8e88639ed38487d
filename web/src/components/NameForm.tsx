import { useState, type FormEvent } from 'react';
import { useT } from '../i18n';
import { patch } from '../api/client';
import { useMutation } from '../api/useMutation';
import type { MeResponse } from '../api/types';
import type { UpdateMe } from '../api/requests';
import { setMe } from '../session';
import { PageTitle } from './page';
import { Button, ButtonGroup, ErrorAlert, Paragraph, TextField } from './ui';

/** Name, function and organisation: the fields the name question and the invitation share. */
export function PersonFields({
  values,
  onChange,
  fields,
}: {
  values: { name: string; jobTitle: string; organisation: string };
  onChange: (next: { name: string; jobTitle: string; organisation: string }) => void;
  fields: Record<string, string>;
}) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('name.name')}
        description={t('name.nameHint')}
        autoComplete="name"
        required
        value={values.name}
        onChange={(e) => onChange({ ...values, name: e.target.value })}
        error={fields.name}
        maxLength={200}
      />
      <TextField
        label={t('name.jobTitle')}
        description={t('name.jobTitleHint')}
        autoComplete="organization-title"
        value={values.jobTitle}
        onChange={(e) => onChange({ ...values, jobTitle: e.target.value })}
        error={fields.jobTitle}
        maxLength={200}
      />
      <TextField
        label={t('name.organisation')}
        description={t('name.organisationHint')}
        autoComplete="organization"
        value={values.organisation}
        onChange={(e) => onChange({ ...values, organisation: e.target.value })}
        error={fields.organisation}
        maxLength={200}
      />
    </>
  );
}

/**
 * "Wie ben je?": shown instead of the page to someone signed in without a name. After signing up
 * the name is needed; an account from before may answer "Nu niet" once.
 */
export function NameForm({ me }: { me: MeResponse }) {
  const t = useT();
  const [values, setValues] = useState({ name: '', jobTitle: me.jobTitle, organisation: me.organisation });
  const form = useMutation();
  const later = useMutation();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    // Checked here first, so an empty form never reaches the server.
    if (!values.name.trim()) {
      form.invalid({ name: t('name.needed') });
      return;
    }
    await form.run(async () => {
      setMe(await patch<MeResponse>('/api/me', values satisfies UpdateMe));
    });
  };

  const skip = () =>
    later.run(async () => {
      setMe(await patch<MeResponse>('/api/me', { skipName: true } satisfies UpdateMe));
    });

  return (
    <>
      <PageTitle title={t('name.title')} />
      <Paragraph lead>{t(me.askName === 'once' ? 'name.leadOnce' : 'name.lead')}</Paragraph>
      <form onSubmit={submit} noValidate className="wk-form">
        <ErrorAlert error={form.error ?? later.error} />
        <PersonFields values={values} onChange={setValues} fields={form.fields} />
        <ButtonGroup>
          <Button type="submit" busy={form.busy}>
            {t('name.save')}
          </Button>
          {me.askName === 'once' ? (
            <Button variant="secondary" onClick={skip} busy={later.busy}>
              {t('name.later')}
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
    </>
  );
}
