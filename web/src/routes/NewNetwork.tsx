import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n';
import { ApiError, post } from '../api/client';
import type { NetworkSummary } from '../api/types';
import { PageTitle } from '../components/page';
import { RequireAuth } from '../components/RequireAuth';
import { Button, ErrorAlert, Paragraph } from '../components/ui';
import { NetworkFields, emptyNetwork, networkBody } from '../components/NetworkFields';

export default function NewNetwork() {
  return (
    <RequireAuth>
      <NewNetworkForm />
    </RequireAuth>
  );
}

function NewNetworkForm() {
  const t = useT();
  const navigate = useNavigate();
  const [values, setValues] = useState(emptyNetwork);
  const [error, setError] = useState<ApiError | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const { body, populationInvalid } = networkBody(values, false);
    if (populationInvalid) {
      setFields({ population: t('network.populationInvalid') });
      setError(new ApiError(422, { code: 'invalid_input', message: t('form.checkFields') }));
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const created = await post<NetworkSummary>('/api/networks', body);
      navigate(`/netwerken/${created.id}`);
    } catch (err) {
      const apiErr = err as ApiError;
      setError(apiErr);
      setFields(apiErr.fields ?? {});
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title={t('newNetwork.title')} />
      <Paragraph lead>{t('newNetwork.intro')}</Paragraph>
      <Paragraph>{t('newNetwork.kartrekker')}</Paragraph>
      <form onSubmit={submit} noValidate className="wk-form">
        <ErrorAlert error={error} />
        <NetworkFields values={values} onChange={setValues} errors={fields} />
        <Button type="submit" busy={busy}>
          {t('newNetwork.submit')}
        </Button>
      </form>
    </>
  );
}
