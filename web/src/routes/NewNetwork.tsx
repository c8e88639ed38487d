import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n';
import { post } from '../api/client';
import { useMutation } from '../api/useMutation';
import type { NetworkSummary } from '../api/types';
import { PageTitle } from '../components/page';
import { RequireAuth } from '../components/RequireAuth';
import { Button, ErrorAlert, Paragraph } from '../components/ui';
import { NetworkFields, emptyNetwork, networkBody } from '../components/NetworkFields';
import { emptyRequired } from '../components/required';

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
  const form = useMutation();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    const missing = emptyRequired(t, { name: values.name, areaName: values.areaName });
    if (missing) return form.invalid(missing);
    const { body, populationInvalid } = networkBody(values, false);
    if (populationInvalid) {
      form.invalid({ population: t('network.populationInvalid') });
      return;
    }
    await form.run(async () => {
      const created = await post<NetworkSummary>('/api/networks', body);
      navigate(`/netwerken/${created.id}`, { state: { firstRun: true } });
    });
  };

  return (
    <>
      <PageTitle title={t('newNetwork.title')} />
      <Paragraph lead>{t('newNetwork.intro')}</Paragraph>
      <Paragraph>{t('newNetwork.kartrekker')}</Paragraph>
      <form onSubmit={submit} noValidate className="wk-form">
        <ErrorAlert error={form.error} />
        <NetworkFields values={values} onChange={setValues} errors={form.fields} />
        <Button type="submit" busy={form.busy}>
          {t('newNetwork.submit')}
        </Button>
      </form>
    </>
  );
}
