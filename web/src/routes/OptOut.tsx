import { useState } from 'react';
import { useT } from '../i18n';
import { post } from '../api/client';
import { useMutation } from '../api/useMutation';
import type { OptOut as OptOutBody } from '../api/requests';
import { PageTitle } from '../components/page';
import { Alert, Button, ErrorAlert, Paragraph } from '../components/ui';

/** "Ik wil geen mail meer via Wijknet": the link at the bottom of every mail. Only the button counts. */
export default function OptOut() {
  const t = useT();
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  const [done, setDone] = useState(false);
  const optOut = useMutation();
  const run = () =>
    token &&
    optOut.run(async () => {
      await post('/api/mail/optout', { token } satisfies OptOutBody);
      window.history.replaceState(null, '', window.location.pathname);
      setDone(true);
    });
  return (
    <>
      <PageTitle title={t('cs.optout.title')} />
      {done ? (
        <Alert type="ok" live>
          {t('cs.optout.done')}
        </Alert>
      ) : token ? (
        <>
          <Paragraph>{t('cs.optout.text')}</Paragraph>
          <ErrorAlert error={optOut.error} />
          <Button onClick={run} busy={optOut.busy}>
            {t('cs.optout.button')}
          </Button>
        </>
      ) : (
        <Alert type="warning">{t('cs.optout.noToken')}</Alert>
      )}
    </>
  );
}
