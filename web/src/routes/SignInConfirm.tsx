import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n';
import { post } from '../api/client';
import { useMutation } from '../api/useMutation';
import type { MeResponse } from '../api/types';
import { setMe, takeReturn } from '../session';
import { PageTitle } from '../components/page';
import { Alert, Button, ErrorAlert, Paragraph, TextLink } from '../components/ui';
import type { SignInVerify } from '../api/requests';

/** The page the sign-in mail links to. It signs in only on a click: mail scanners open links too. */
export default function SignInConfirm() {
  const t = useT();
  const navigate = useNavigate();
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  const verification = useMutation();
  const { error } = verification;

  const confirm = async () => {
    if (!token) return;
    await verification.run(async () => {
      const user = await post<MeResponse>('/api/auth/verify', { token } satisfies SignInVerify);
      // The token must not stay in the address bar or the history.
      window.history.replaceState(null, '', window.location.pathname);
      setMe(user);
      navigate(takeReturn(), { replace: true });
    });
  };

  return (
    <>
      <PageTitle title={t('confirm.title')} />
      {token ? (
        <>
          <Paragraph>{t('confirm.text')}</Paragraph>
          <ErrorAlert error={error} />
          <Button onClick={confirm} busy={verification.busy}>
            {t('confirm.button')}
          </Button>
        </>
      ) : (
        <Alert type="warning">
          <p className="utrecht-paragraph">{t('confirm.noToken')}</p>
          <TextLink to="/inloggen">{t('confirm.newLink')}</TextLink>
        </Alert>
      )}
      {error ? (
        <Paragraph>
          <TextLink to="/inloggen">{t('confirm.newLink')}</TextLink>
        </Paragraph>
      ) : null}
    </>
  );
}
