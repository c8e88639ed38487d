import { useState } from 'react';
import { useT } from '../i18n';
import { post } from '../api/client';
import { useMutation } from '../api/useMutation';
import type { UnsubscribeBody } from '../api/cockpit-types';
import { PageTitle } from '../components/page';
import { Alert, Button, ErrorAlert, Paragraph, TextLink } from '../components/ui';

/** The page the weekly digest's unsubscribe link opens. It acts only on a click: mail scanners open links too. */
export default function Unsubscribe() {
  const t = useT();
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  const [done, setDone] = useState(false);
  const action = useMutation();

  const confirm = () =>
    void action.run(async () => {
      if (!token) return;
      await post('/api/digest/unsubscribe', { token } satisfies UnsubscribeBody);
      // The secret must not stay in the address bar or the history.
      window.history.replaceState(null, '', window.location.pathname);
      setDone(true);
    });

  return (
    <>
      <PageTitle title={t('unsub.title')} />
      {done ? (
        <Alert type="ok" live>
          {t('unsub.done')} <TextLink to="/account">{t('nav.account')}</TextLink>
        </Alert>
      ) : token ? (
        <>
          <Paragraph>{t('unsub.lead')}</Paragraph>
          <ErrorAlert error={action.error} />
          <Button onClick={confirm} busy={action.busy}>
            {t('unsub.confirm')}
          </Button>
        </>
      ) : (
        <Alert type="error">{t('unsub.noToken')}</Alert>
      )}
    </>
  );
}
