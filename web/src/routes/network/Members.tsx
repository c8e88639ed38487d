import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT, useLocale, formatDate } from '../../i18n';
import { ApiError, del, patch, post } from '../../api/client';
import { useResource } from '../../api/useResource';
import type { InvitationView, MemberView } from '../../api/types';
import { useMe } from '../../session';
import { PageTitle } from '../../components/page';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Alert, Button, ButtonGroup, ErrorAlert, Heading, Paragraph, SelectField, Table, TextField, errorText } from '../../components/ui';
import { roleLabel, roleOptions } from '../../labels';
import { useNetwork } from './context';

export default function Members() {
  const t = useT();
  const { overview, role } = useNetwork();
  return (
    <>
      <PageTitle title={t('members.title')} />
      <Paragraph>{t('members.intro')}</Paragraph>
      <MemberTable members={overview.members} />
      {role === 'kartrekker' ? (
        <>
          <InviteForm />
          <OpenInvitations />
        </>
      ) : null}
    </>
  );
}

function MemberTable({ members }: { members: MemberView[] }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { networkId, role, reload } = useNetwork();
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const isLead = role === 'kartrekker';

  const remove = async (m: MemberView) => {
    setError(null);
    try {
      await del(`/api/networks/${networkId}/members/${m.id}`);
      if (m.userId === me?.id) navigate('/');
      else {
        setNotice(t('members.removed', { name: m.name || m.email }));
        reload();
      }
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="members-list">
      <Heading level={2} id="members-list">
        {t('members.listTitle')}
      </Heading>
      <ErrorAlert error={error} />
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <Table caption={t('members.caption')}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('members.name')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('members.role')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('members.actsFor')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {members.map((m) => {
            const self = m.userId === me?.id;
            const display = m.name || m.email;
            return (
              <tr key={m.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell wk-row-head">
                  {display}
                  {self ? ` (${t('members.you')})` : ''}
                  {m.name ? <span className="wk-meta wk-block">{m.email}</span> : null}
                </th>
                <td className="utrecht-table__cell" data-label={t('members.role')}>
                  {isLead ? <RoleEditor member={m} onError={setError} onSaved={(text) => setNotice(text)} /> : roleLabel(t, m.role)}
                </td>
                <td className="utrecht-table__cell" data-label={t('members.actsFor')}>{m.actorName ?? '—'}</td>
                <td className="utrecht-table__cell" data-label={t('common.actions')}>
                  {self ? (
                    <ConfirmButton label={t('members.leave')} question={t('members.leaveQuestion')} confirmLabel={t('members.leaveConfirm')} onConfirm={() => remove(m)} />
                  ) : isLead ? (
                    <ConfirmButton
                      label={t('members.remove')}
                      about={display}
                      question={t('members.removeQuestion', { name: display })}
                      confirmLabel={t('members.removeConfirm')}
                      onConfirm={() => remove(m)}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </section>
  );
}

function RoleEditor({ member, onError, onSaved }: { member: MemberView; onError: (e: unknown) => void; onSaved: (text: string) => void }) {
  const t = useT();
  const { networkId, reload } = useNetwork();
  const [value, setValue] = useState(member.role);
  const [busy, setBusy] = useState(false);
  const display = member.name || member.email;
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    onError(null);
    try {
      await patch(`/api/networks/${networkId}/members/${member.id}`, { role: value, version: member.version });
      onSaved(t('members.roleSaved', { name: display, role: roleLabel(t, value) }));
      reload();
    } catch (err) {
      onError(err);
      setValue(member.role);
      reload();
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={save} className="wk-inline-form">
      <SelectField hideLabel label={t('members.roleOf', { name: display })} value={value} onChange={(e) => setValue(e.target.value as MemberView['role'])} options={roleOptions(t)} />
      {value !== member.role ? (
        <Button type="submit" variant="secondary" busy={busy}>
          {t('members.saveRole')}
        </Button>
      ) : null}
    </form>
  );
}

function InviteForm() {
  const t = useT();
  const { networkId } = useNetwork();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('partner');
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState('');
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);

  const invite = async (withEmail: boolean) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setSent('');
    setLink('');
    setCopied(false);
    try {
      const result = await post<InvitationView>(`/api/networks/${networkId}/invitations`, withEmail ? { role, email } : { role });
      if (withEmail) {
        setSent(t('invite.sent', { email: result.email ?? email }));
        setEmail('');
      } else setLink(result.link ?? '');
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void invite(true);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section aria-labelledby="invite-heading">
      <Heading level={2} id="invite-heading">
        {t('invite.title')}
      </Heading>
      <Paragraph>{t('invite.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="wk-form">
        <ErrorAlert error={error} />
        {sent ? (
          <Alert type="ok" live>
            {sent}
          </Alert>
        ) : null}
        <SelectField label={t('invite.role')} description={t('invite.roleHint')} value={role} onChange={(e) => setRole(e.target.value)} options={roleOptions(t)} error={error?.fields.role} />
        <TextField
          label={t('invite.email')}
          description={t('invite.emailHint')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={error?.fields.email}
        />
        <ButtonGroup>
          <Button type="submit" busy={busy}>
            {t('invite.send')}
          </Button>
          <Button variant="secondary" onClick={() => void invite(false)} busy={busy}>
            {t('invite.makeLink')}
          </Button>
        </ButtonGroup>
      </form>
      {link ? (
        <div className="wk-linkbox" role="status">
          <TextField label={t('invite.linkLabel')} description={t('invite.linkHint')} value={link} readOnly onFocus={(e) => e.target.select()} />
          <Button variant="secondary" onClick={copy}>
            {t('invite.copy')}
          </Button>
          {copied ? <span className="wk-meta"> {t('invite.copied')}</span> : null}
        </div>
      ) : null}
    </section>
  );
}

function OpenInvitations() {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const { data, error, reload } = useResource<InvitationView[]>(`/api/networks/${networkId}/invitations`, networkId);
  const [actionError, setActionError] = useState<unknown>(null);

  const revoke = async (id: string) => {
    setActionError(null);
    try {
      await del(`/api/networks/${networkId}/invitations/${id}`);
      reload();
    } catch (err) {
      setActionError(err);
    }
  };

  return (
    <section aria-labelledby="open-invitations">
      <Heading level={2} id="open-invitations">
        {t('invitations.title')}
      </Heading>
      {error ? <Alert type="error">{errorText(error, t)}</Alert> : null}
      <ErrorAlert error={actionError} />
      {data && data.length === 0 ? <Paragraph>{t('invitations.none')}</Paragraph> : null}
      {data && data.length > 0 ? (
        <Table caption={t('invitations.caption')}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('invitations.for')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('members.role')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('invitations.expires')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {data.map((inv) => (
              <tr key={inv.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell wk-row-head">{inv.email ?? t('invitations.sharedLink')}</th>
                <td className="utrecht-table__cell" data-label={t('members.role')}>{roleLabel(t, inv.role)}</td>
                <td className="utrecht-table__cell" data-label={t('invitations.expires')}>{formatDate(inv.expiresAt, locale)}</td>
                <td className="utrecht-table__cell" data-label={t('common.actions')}>
                  <ConfirmButton
                    label={t('invitations.revoke')}
                    about={inv.email ?? t('invitations.sharedLink')}
                    question={t('invitations.revokeQuestion', { who: inv.email ?? t('invitations.sharedLink') })}
                    confirmLabel={t('invitations.revokeConfirm')}
                    onConfirm={() => revoke(inv.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </section>
  );
}
