import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { setLocale, useT, useLocale, formatDate } from '../i18n';
import { del, patch, post } from '../api/client';
import { useMutation } from '../api/useMutation';
import { useResource } from '../api/useResource';
import type { MeResponse, TokenResponse } from '../api/types';
import { forgetMe, setMe, useMe } from '../session';
import { PageTitle } from '../components/page';
import { RequireAuth } from '../components/RequireAuth';
import { ConfirmButton } from '../components/ConfirmButton';
import { DataDownloads } from '../components/DataDownloads';
import { DigestSetting } from '../components/DigestSetting';
import {
  Alert,
  Button,
  CheckboxField,
  ErrorAlert,
  Heading,
  Paragraph,
  SelectField,
  Table,
  TextField,
} from '../components/ui';
import type { CreateToken, UpdateMe } from '../api/requests';
import { emptyRequired } from '../components/required';

export default function Account() {
  return (
    <RequireAuth>
      <AccountPage />
    </RequireAuth>
  );
}

function AccountPage() {
  const t = useT();
  const me = useMe()!;
  return (
    <>
      <PageTitle title={t('account.title')} />
      <Paragraph>{t('account.signedInAs', { email: me.email })}</Paragraph>
      <Profile me={me} />
      <DigestSetting heading={t('account.digestTitle')} />
      <Tokens />
      <DataDownloads />
      <DeleteAccount />
    </>
  );
}

function Profile({ me }: { me: MeResponse }) {
  const t = useT();
  const [name, setName] = useState(me.name);
  const [jobTitle, setJobTitle] = useState(me.jobTitle);
  const [organisation, setOrganisation] = useState(me.organisation);
  const [locale, setLoc] = useState(me.locale);
  const [reminders, setReminders] = useState(me.reminders);
  const form = useMutation();
  const [saved, setSaved] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    setSaved(false);
    await form.run(async () => {
      const updated = await patch<MeResponse>('/api/me', {
        name,
        jobTitle,
        organisation,
        locale,
        reminders,
      } satisfies UpdateMe);
      setLocale(updated.locale);
      setMe(updated);
      setSaved(true);
    });
  };

  return (
    <section aria-labelledby="profile-heading">
      <Heading level={2} id="profile-heading">
        {t('account.profile')}
      </Heading>
      <form onSubmit={submit} noValidate className="wk-form">
        {saved ? (
          <Alert type="ok" live>
            {t('account.saved')}
          </Alert>
        ) : null}
        <ErrorAlert error={form.error} />
        <TextField
          label={t('account.name')}
          description={t('account.nameHint')}
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.fields.name}
          maxLength={200}
        />
        <TextField
          label={t('name.jobTitle')}
          description={t('name.jobTitleHint')}
          autoComplete="organization-title"
          value={jobTitle}
          onChange={(e) => setJobTitle(e.target.value)}
          error={form.fields.jobTitle}
          maxLength={200}
        />
        <TextField
          label={t('name.organisation')}
          description={t('name.organisationHint')}
          autoComplete="organization"
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
          error={form.fields.organisation}
          maxLength={200}
        />
        <SelectField
          label={t('account.language')}
          value={locale}
          onChange={(e) => setLoc(e.target.value as 'nl' | 'en')}
          options={[
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ]}
          error={form.fields.locale}
        />
        <CheckboxField
          label={t('account.reminders')}
          description={t('account.remindersHint')}
          checked={reminders}
          onChange={(e) => setReminders(e.target.checked)}
        />
        <Button type="submit" busy={form.busy}>
          {t('account.save')}
        </Button>
      </form>
    </section>
  );
}

function Tokens() {
  const t = useT();
  const locale = useLocale();
  const { data, error, reload } = useResource<TokenResponse[]>('/api/me/tokens');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<TokenResponse | null>(null);
  const form = useMutation();
  const revocation = useMutation();

  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    setCreated(null);
    const missing = emptyRequired(t, { name });
    if (missing) return form.invalid(missing);
    await form.run(async () => {
      setCreated(await post<TokenResponse>('/api/me/tokens', { name } satisfies CreateToken));
      setName('');
      reload();
    });
  };

  const revoke = (id: string) =>
    revocation.run(async () => {
      await del(`/api/me/tokens/${id}`);
      if (created?.id === id) setCreated(null);
      reload();
    });

  return (
    <section aria-labelledby="tokens-heading">
      <Heading level={2} id="tokens-heading">
        {t('tokens.title')}
      </Heading>
      <Paragraph>{t('tokens.intro')}</Paragraph>
      <ErrorAlert error={error ?? revocation.error} />
      {data && data.length === 0 ? <Paragraph>{t('tokens.none')}</Paragraph> : null}
      {data && data.length > 0 ? (
        <Table caption={t('tokens.caption')}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('tokens.name')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('tokens.created')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('tokens.lastUsed')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('common.actions')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {data.map((tok) => (
              <tr key={tok.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell wk-row-head">
                  {tok.name}
                </th>
                <td className="utrecht-table__cell" data-label={t('tokens.created')}>
                  {formatDate(tok.createdAt, locale)}
                </td>
                <td className="utrecht-table__cell" data-label={t('tokens.lastUsed')}>
                  {tok.lastUsedAt ? formatDate(tok.lastUsedAt, locale) : t('tokens.never')}
                </td>
                <td className="utrecht-table__cell" data-label={t('common.actions')}>
                  <ConfirmButton
                    label={t('tokens.revoke')}
                    about={tok.name}
                    question={t('tokens.revokeQuestion', { name: tok.name })}
                    confirmLabel={t('tokens.revokeConfirm')}
                    onConfirm={() => revoke(tok.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      <form onSubmit={create} noValidate className="wk-form">
        <ErrorAlert error={form.error} />
        <TextField
          label={t('tokens.newName')}
          description={t('tokens.newNameHint')}
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.fields.name}
          maxLength={100}
        />
        <Button type="submit" busy={form.busy}>
          {t('tokens.create')}
        </Button>
      </form>
      {created?.token ? (
        <div className="wk-linkbox" role="status">
          <Alert type="warning">{t('tokens.showOnce', { name: created.name })}</Alert>
          <TextField
            label={t('tokens.value')}
            value={created.token}
            readOnly
            onFocus={(e) => e.target.select()}
            className="wk-mono"
          />
        </div>
      ) : null}
    </section>
  );
}

function DeleteAccount() {
  const t = useT();
  const navigate = useNavigate();
  const removal = useMutation();
  return (
    <section aria-labelledby="delete-account" className="wk-danger-zone">
      <Heading level={2} id="delete-account">
        {t('account.deleteTitle')}
      </Heading>
      <Paragraph>{t('account.deleteText')}</Paragraph>
      <ErrorAlert error={removal.error} />
      <ConfirmButton
        label={t('account.delete')}
        question={t('account.deleteQuestion')}
        confirmLabel={t('account.deleteConfirm')}
        onConfirm={() =>
          removal.run(async () => {
            await del('/api/me');
            forgetMe();
            navigate('/');
          })
        }
      />
    </section>
  );
}
