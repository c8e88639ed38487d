import { useState, type FormEvent } from 'react';
import type { ResearchConsentView } from '@schemas/research';
import { formatDate, useLocale, useT, type MessageKey } from '../../../i18n';
import { put } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import { useResource } from '../../../api/useResource';
import { PageTitle } from '../../../components/page';
import { Alert, Button, CheckboxField, ErrorAlert, Loading, Paragraph } from '../../../components/ui';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { useNetwork } from '../context';

const SHARED: MessageKey[] = [
  'rsm.shared.progress',
  'rsm.shared.usage',
  'rsm.shared.scan',
  'rsm.shared.effects',
  'rsm.shared.feedback',
];

/** What research mode shares, and for kartrekkers the switch. Every member may read it. */
export default function Research() {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const consent = useResource<ResearchConsentView>(`/api/networks/${networkId}/research`, networkId);

  return (
    <>
      <PageTitle title={t('rsm.title')} />
      <Paragraph lead>{t('rsm.lead')}</Paragraph>
      <Paragraph>{t('rsm.shared')}</Paragraph>
      <ul className="wk-list">
        {SHARED.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <Paragraph>{t('rsm.never')}</Paragraph>
      <Paragraph>{t('rsm.afterOff')}</Paragraph>
      {!consent.data ? (
        consent.error ? (
          <ErrorAlert error={consent.error} />
        ) : (
          <Loading />
        )
      ) : (
        <>
          <Alert type={consent.data.enabled ? 'ok' : 'info'}>
            {consent.data.enabled && consent.data.since
              ? t('rsm.statusOn', { date: formatDate(consent.data.since.slice(0, 10), locale) })
              : t('rsm.statusOff')}
          </Alert>
          {role === 'kartrekker' ? (
            <ConsentForm
              key={consent.data.version}
              current={consent.data}
              networkId={networkId}
              onSaved={consent.reload}
            />
          ) : (
            <Paragraph small>{t('rsm.onlyLead')}</Paragraph>
          )}
        </>
      )}
    </>
  );
}

function ConsentForm({
  current,
  networkId,
  onSaved,
}: {
  current: ResearchConsentView;
  networkId: string;
  onSaved: () => void;
}) {
  const t = useT();
  const [enabled, setEnabled] = useState(current.enabled);
  const [allowTexts, setAllowTexts] = useState(current.allowTexts);
  const [saved, setSaved] = useState(false);
  const save = useMutation<ResearchConsentView>({ version: current.version });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const ok = await save.run((version) =>
      put<ResearchConsentView>(`/api/networks/${networkId}/research`, {
        enabled,
        allowTexts: enabled && allowTexts,
        version,
      }),
    );
    if (ok) {
      setSaved(true);
      onSaved();
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {save.current ? (
        <ConflictAlert facts={[{ label: t('rsm.enabled'), value: save.current.enabled ? t('rr.yes') : t('rr.no') }]} />
      ) : null}
      <ErrorAlert error={save.error} />
      {saved ? (
        <Alert type="ok" live>
          {t('rsm.saved')}
        </Alert>
      ) : null}
      <CheckboxField label={t('rsm.enabled')} checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
      <CheckboxField
        label={t('rsm.texts')}
        checked={enabled && allowTexts}
        disabled={!enabled}
        onChange={(e) => setAllowTexts(e.target.checked)}
      />
      <Button type="submit" busy={save.busy}>
        {t('rsm.save')}
      </Button>
    </form>
  );
}
