import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { InvitationView } from '../../../api/types';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorAlert,
  Heading,
  Paragraph,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../components/ui';
import { roleOptions } from '../../../labels';
import { useNetwork } from '../context';
import type { CreateInvitation } from '../../../api/requests';
import { emptyRequired } from '../../../components/required';

/** Invite someone by e-mail, or make a link to share yourself. */
export function InviteForm() {
  const t = useT();
  const { networkId } = useNetwork();
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState('');
  const [role, setRole] = useState<CreateInvitation['role']>('partner');
  const form = useMutation();
  const [sent, setSent] = useState('');
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState(false);

  const invite = async (withEmail: boolean) => {
    if (form.busy) return;
    setSent('');
    setLink('');
    setCopied(false);
    await form.run(async () => {
      const result = await post<InvitationView>(
        `/api/networks/${networkId}/invitations`,
        (withEmail ? { role, email, ...(message.trim() ? { message } : {}) } : { role }) satisfies CreateInvitation,
      );
      if (withEmail) {
        setSent(t('invite.sent', { email: result.email ?? email }));
        setEmail('');
        setMessage('');
      } else setLink(result.link ?? '');
    });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = emptyRequired(t, { email });
    if (missing) return form.invalid(missing);
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
        <ErrorAlert error={form.error} />
        {sent ? (
          <Alert type="ok" live>
            {sent}
          </Alert>
        ) : null}
        <SelectField
          label={t('invite.role')}
          description={t('invite.roleHint')}
          value={role}
          onChange={(e) => setRole(e.target.value as CreateInvitation['role'])}
          options={roleOptions(t)}
          error={form.fields.role}
        />
        <TextField
          label={t('invite.email')}
          description={t('invite.emailHint')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={form.fields.email}
        />
        <TextAreaField
          label={t('cs.invite.message')}
          description={t('cs.invite.messageHint')}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          error={form.fields.message}
          maxLength={500}
          rows={3}
        />
        <ButtonGroup>
          <Button type="submit" busy={form.busy}>
            {t('invite.send')}
          </Button>
          <Button variant="secondary" onClick={() => void invite(false)} busy={form.busy}>
            {t('invite.makeLink')}
          </Button>
        </ButtonGroup>
      </form>
      {link ? (
        <div className="wk-linkbox" role="status">
          <TextField
            label={t('invite.linkLabel')}
            description={t('invite.linkHint')}
            value={link}
            readOnly
            onFocus={(e) => e.target.select()}
          />
          <Button variant="secondary" onClick={copy}>
            {t('invite.copy')}
          </Button>
          {copied ? <span className="wk-meta"> {t('invite.copied')}</span> : null}
        </div>
      ) : null}
    </section>
  );
}
