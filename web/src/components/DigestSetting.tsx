import { useState } from 'react';
import { useT } from '../i18n';
import { put } from '../api/client';
import { useMutation } from '../api/useMutation';
import { useResource } from '../api/useResource';
import type { DigestSetting as DigestBody, DigestSettingView } from '../api/cockpit-types';
import { Alert, CheckboxField, ErrorAlert, Heading } from './ui';

/** The personal switch of the kartrekker's weekly digest mail (on the account page and the cockpit). */
export function DigestSetting({ heading }: { heading: string }) {
  const t = useT();
  const setting = useResource<DigestSettingView>('/api/me/digest');
  const save = useMutation();
  const [notice, setNotice] = useState('');
  // What the person just chose shows at once; a failed save puts back what the server holds.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const on = chosen ?? setting.data?.weeklyDigest ?? true;

  const change = (weeklyDigest: boolean) => {
    setChosen(weeklyDigest);
    setNotice('');
    void save
      .run(async () => {
        const saved = await put<DigestSettingView>('/api/me/digest', { weeklyDigest } satisfies DigestBody);
        setNotice(t(saved.weeklyDigest ? 'ck.digestOn' : 'ck.digestOff'));
        setting.reload();
      })
      .then((ok) => {
        if (!ok) setChosen(null);
      });
  };

  return (
    <section aria-labelledby="digest-heading">
      <Heading level={2} id="digest-heading">
        {heading}
      </Heading>
      <ErrorAlert error={setting.error ?? save.error} />
      {setting.data ? (
        <CheckboxField label={t('ck.digestLabel')} checked={on} onChange={(e) => change(e.target.checked)} />
      ) : null}
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
    </section>
  );
}
