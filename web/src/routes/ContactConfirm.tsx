import { useState } from 'react';
import { useT } from '../i18n';
import { post } from '../api/client';
import { useMutation } from '../api/useMutation';
import type { ContactConfirmation } from '../api/requests';
import { PageTitle } from '../components/page';
import { Alert, Button, ErrorAlert, Paragraph } from '../components/ui';
import type { ContactConfirmed } from '@schemas/actors';

/** Confirms a partner's changed contact address. Only the button confirms: mail scanners open links too. */
export default function ContactConfirm() {
  const t = useT();
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  const [partner, setPartner] = useState<string | null>(null);
  const confirm = useMutation();
  const run = () =>
    token &&
    confirm.run(async () => {
      const res = await post<ContactConfirmed>('/api/contact-confirmations', {
        token,
      } satisfies ContactConfirmation);
      window.history.replaceState(null, '', window.location.pathname);
      setPartner(res.actorName);
    });
  return (
    <>
      <PageTitle title={t('cs.contact.title')} />
      {partner !== null ? (
        <Alert type="ok" live>
          {t('cs.contact.done', { partner })}
        </Alert>
      ) : token ? (
        <>
          <Paragraph>{t('cs.contact.text')}</Paragraph>
          <ErrorAlert error={confirm.error} />
          <Button onClick={run} busy={confirm.busy}>
            {t('cs.contact.button')}
          </Button>
        </>
      ) : (
        <Alert type="warning">{t('cs.contact.noToken')}</Alert>
      )}
    </>
  );
}
