import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../i18n';
import { post } from '../api/client';
import { useMutation } from '../api/useMutation';
import type { MeResponse } from '../api/types';
import { rememberReturn, setMe, takeReturn, useMe } from '../session';
import { PageTitle } from '../components/page';
import { Alert, Button, ButtonGroup, ErrorAlert, Paragraph, TextField } from '../components/ui';
import type { SignInRequest, SignInVerify } from '../api/requests';
import type { SignInRequested } from '@schemas/auth';
import { emptyRequired } from '../components/required';

export default function SignIn() {
  const t = useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const returnTo = params.get('terug');
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [code, setCode] = useState('');
  const [mailDelayed, setMailDelayed] = useState(false);
  const [step, setStep] = useState<'email' | 'code'>('email');
  const form = useMutation();
  const codeRef = useRef<HTMLInputElement>(null);
  const signedInHere = useRef(false);

  useEffect(() => {
    if (me && !signedInHere.current) navigate(returnTo ?? '/', { replace: true });
  }, [me, navigate, returnTo]);

  useEffect(() => {
    if (step === 'code') codeRef.current?.focus();
  }, [step]);

  const requestMail = async (e: FormEvent) => {
    e.preventDefault();
    const missing = emptyRequired(t, { email });
    if (missing) return form.invalid(missing);
    await form.run(async () => {
      const answer = await post<SignInRequested>('/api/auth/request', { email } satisfies SignInRequest);
      setMailDelayed(Boolean(answer?.mailDelayed));
      rememberReturn(returnTo);
      setStep('code');
    });
  };

  const verify = async (e: FormEvent) => {
    e.preventDefault();
    const missing = emptyRequired(t, { code });
    if (missing) return form.invalid(missing);
    await form.run(async () => {
      const user = await post<MeResponse>('/api/auth/verify', { email, code } satisfies SignInVerify);
      const target = takeReturn();
      signedInHere.current = true;
      setMe(user);
      navigate(returnTo ?? target, { replace: true });
    });
  };

  const fieldError = (name: string) => form.fields[name];

  return (
    <>
      <PageTitle title={t('signIn.title')} />
      {step === 'email' ? (
        <form onSubmit={requestMail} noValidate className="wk-form">
          <Paragraph>{t('signIn.intro')}</Paragraph>
          <ErrorAlert error={form.error} />
          <TextField
            label={t('signIn.email')}
            description={t('signIn.emailHint')}
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldError('email')}
          />
          <Button type="submit" busy={form.busy}>
            {t('signIn.send')}
          </Button>
        </form>
      ) : (
        <form onSubmit={verify} noValidate className="wk-form">
          {mailDelayed ? (
            <Alert type="warning" live>
              {t('signIn.mailDelayed')}
            </Alert>
          ) : (
            <Alert type="ok" live>
              {t('signIn.sent', { email })}
            </Alert>
          )}
          <Paragraph>{t('signIn.codeIntro')}</Paragraph>
          <ErrorAlert error={form.error} />
          <TextField
            ref={codeRef}
            label={t('signIn.code')}
            description={t('signIn.codeHint')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={fieldError('code')}
            className="wk-code"
          />
          <ButtonGroup>
            <Button type="submit" busy={form.busy}>
              {t('signIn.submit')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setStep('email');
                setCode('');
                form.reset();
              }}
            >
              {t('signIn.otherEmail')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </>
  );
}
