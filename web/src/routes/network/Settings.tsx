import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n';
import { del, patch } from '../../api/client';
import { useMutation } from '../../api/useMutation';
import type { NetworkSummary } from '../../api/types';
import { PageTitle } from '../../components/page';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Alert, Button, ErrorAlert, Heading, Paragraph, TextLink } from '../../components/ui';
import { ConflictAlert } from '../../components/ConflictAlert';
import { NetworkFields, networkBody, networkValues } from '../../components/NetworkFields';
import { areaLevelLabel } from '../../labels';
import { NetworkExport } from '../../components/DataDownloads';
import { useNetwork } from './context';
import type { UpdateNetwork } from '../../api/requests';
import { emptyRequired } from '../../components/required';

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
          <Paragraph>
            <TextLink to={`/netwerken/${networkId}/feedback`}>{t('fb.view.link')}</TextLink>
          </Paragraph>
          <Paragraph>
            <TextLink to={`/netwerken/${networkId}/onderzoek`}>{t('rsm.link')}</TextLink>
          </Paragraph>
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
  const form = useMutation<NetworkSummary>({ version: overview.network.version });
  const [saved, setSaved] = useState(false);
  const current = form.current;
  const changedElsewhere = !current && overview.network.version !== form.version;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    setSaved(false);
    const missing = emptyRequired(t, { name: values.name, areaName: values.areaName });
    if (missing) return form.invalid(missing);
    const { body, populationInvalid } = networkBody(values, true);
    if (populationInvalid) {
      form.invalid({ population: t('network.populationInvalid') });
      return;
    }
    await form.run(async (version) => {
      const result = await patch<NetworkSummary>(`/api/networks/${networkId}`, {
        ...body,
        version,
      } satisfies UpdateNetwork);
      setValues(networkValues(result));
      setSaved(true);
      reload();
      return result;
    });
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
        <ErrorAlert error={form.error} />
        {current ? (
          <ConflictAlert
            facts={[
              { label: t('network.name'), value: current.name },
              { label: t('overview.area'), value: `${areaLevelLabel(t, current.areaLevel)} ${current.areaName}` },
              { label: t('network.ambition'), value: current.ambition || '—' },
            ]}
          />
        ) : null}
        {changedElsewhere ? <Alert type="info">{t('settings.changedElsewhere')}</Alert> : null}
        <NetworkFields values={values} onChange={setValues} errors={form.fields} withVision />
        <Button type="submit" busy={form.busy}>
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
  const removal = useMutation();
  return (
    <section aria-labelledby="delete-heading" className="wk-danger-zone">
      <Heading level={2} id="delete-heading">
        {t('settings.deleteTitle')}
      </Heading>
      <Paragraph>{t('settings.deleteText')}</Paragraph>
      <ErrorAlert error={removal.error} />
      <ConfirmButton
        label={t('settings.delete')}
        question={t('settings.deleteQuestion', { name: overview.network.name })}
        confirmLabel={t('settings.deleteConfirm')}
        onConfirm={() =>
          removal.run(async () => {
            await del(`/api/networks/${networkId}`);
            navigate('/');
          })
        }
      />
    </section>
  );
}
