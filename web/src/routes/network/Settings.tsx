import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n';
import { ApiError, del, patch } from '../../api/client';
import type { NetworkSummary } from '../../api/types';
import { PageTitle } from '../../components/page';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Alert, Button, ErrorAlert, Heading, Paragraph } from '../../components/ui';
import { NetworkFields, networkBody, networkValues } from '../../components/NetworkFields';
import { areaLevelLabel } from '../../labels';
import { NetworkExport } from '../../components/DataDownloads';
import { useNetwork } from './context';

export default function Settings() {
  const t = useT();
  const { role, networkId } = useNetwork();
  return (
    <>
      <PageTitle title={t('settings.title')} />
      {role === 'kartrekker' ? (
        <>
          <EditNetwork />
          <NetworkExport networkId={networkId} />
          <DeleteNetwork />
        </>
      ) : (
        <Paragraph>{t('settings.onlyLead')}</Paragraph>
      )}
    </>
  );
}

function EditNetwork() {
  const t = useT();
  const { networkId, overview, reload } = useNetwork();
  // The form keeps its own copy: live updates from others must not overwrite what you type.
  const [values, setValues] = useState(() => networkValues(overview.network));
  const [baseVersion, setBaseVersion] = useState(overview.network.version);
  const [error, setError] = useState<ApiError | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [current, setCurrent] = useState<NetworkSummary | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const changedElsewhere = !current && overview.network.version !== baseVersion;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setSaved(false);
    const { body, populationInvalid } = networkBody(values, true);
    if (populationInvalid) {
      setFields({ population: t('network.populationInvalid') });
      setError(new ApiError(422, { code: 'invalid_input', message: t('form.checkFields') }));
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const result = await patch<NetworkSummary>(`/api/networks/${networkId}`, { ...body, version: baseVersion });
      setBaseVersion(result.version);
      setValues(networkValues(result));
      setCurrent(null);
      setSaved(true);
      reload();
    } catch (err) {
      const apiErr = err as ApiError;
      setError(apiErr);
      setFields(apiErr.fields ?? {});
      if (apiErr.code === 'version_conflict' && apiErr.body.current) {
        const now = apiErr.body.current as NetworkSummary;
        setCurrent(now);
        setBaseVersion(now.version);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="edit-heading">
      <Heading level={2} id="edit-heading">
        {t('settings.editTitle')}
      </Heading>
      <form onSubmit={submit} noValidate className="wk-form">
        {saved ? (
          <Alert type="ok" live>
            {t('settings.saved')}
          </Alert>
        ) : null}
        <ErrorAlert error={error} />
        {current ? (
          <Alert type="warning">
            <p className="utrecht-paragraph">{t('conflict.keepYours')}</p>
            <p className="utrecht-paragraph">{t('conflict.nowSaved')}</p>
            <dl className="wk-facts">
              <div>
                <dt>{t('network.name')}</dt>
                <dd>{current.name}</dd>
              </div>
              <div>
                <dt>{t('overview.area')}</dt>
                <dd>
                  {areaLevelLabel(t, current.areaLevel)} {current.areaName}
                </dd>
              </div>
              <div>
                <dt>{t('network.ambition')}</dt>
                <dd>{current.ambition || '—'}</dd>
              </div>
            </dl>
          </Alert>
        ) : null}
        {changedElsewhere ? <Alert type="info">{t('settings.changedElsewhere')}</Alert> : null}
        <NetworkFields values={values} onChange={setValues} errors={fields} withVision />
        <Button type="submit" busy={busy}>
          {t('settings.save')}
        </Button>
      </form>
    </section>
  );
}

function DeleteNetwork() {
  const t = useT();
  const navigate = useNavigate();
  const { networkId, overview } = useNetwork();
  const [error, setError] = useState<unknown>(null);
  return (
    <section aria-labelledby="delete-heading" className="wk-danger-zone">
      <Heading level={2} id="delete-heading">
        {t('settings.deleteTitle')}
      </Heading>
      <Paragraph>{t('settings.deleteText')}</Paragraph>
      <ErrorAlert error={error} />
      <ConfirmButton
        label={t('settings.delete')}
        question={t('settings.deleteQuestion', { name: overview.network.name })}
        confirmLabel={t('settings.deleteConfirm')}
        onConfirm={async () => {
          try {
            await del(`/api/networks/${networkId}`);
            navigate('/');
          } catch (err) {
            setError(err);
          }
        }}
      />
    </section>
  );
}
