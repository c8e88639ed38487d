import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { ApiError, put } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { useMutation } from '../../../api/useMutation';
import type { ResultsSettingsView, UpdateResults } from '../../../api/results-types';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { PageTitle } from '../../../components/page';
import {
  Alert,
  Button,
  CheckboxField,
  ErrorAlert,
  Fieldset,
  Heading,
  Loading,
  Paragraph,
  SelectField,
} from '../../../components/ui';
import { useNetwork } from '../context';
import { apiBase } from './shared';
import { PartnerNames } from './resultaten/PartnerNames';
import { PublicView } from '../../results/PublicView';

const FIELDS = ['ambition', 'goals', 'done', 'effects'] as const;

/** Resultaten: the kartrekkers switch the public page on or off, choose what is on it, and see a preview. */
export default function ResultsPage() {
  const t = useT();
  const { networkId, role } = useNetwork();
  const settings = useResource<ResultsSettingsView>(`${apiBase(networkId)}/results`, networkId);
  if (settings.error) return <ErrorAlert error={settings.error} />;
  if (!settings.data) return <Loading />;
  const view = settings.data;
  const link = view.token ? `${window.location.origin}/resultaten/${view.token}` : null;
  return (
    <>
      <PageTitle title={t('rs.title')} />
      <Paragraph lead>{t('rs.lead')}</Paragraph>
      {link ? (
        <Alert type="ok">
          <p className="utrecht-paragraph">{t('rs.statusOn')}</p>
          <p className="utrecht-paragraph wk-break">
            <a className="utrecht-link" href={link} aria-label={t('rs.linkLabel')} data-testid="results-link">
              {link}
            </a>
          </p>
        </Alert>
      ) : (
        <Alert type="info">{t('rs.statusOff')}</Alert>
      )}
      {role === 'kartrekker' ? (
        <SettingsForm view={view} networkId={networkId} onSaved={settings.reload} />
      ) : (
        <Paragraph>{t('rs.onlyLead')}</Paragraph>
      )}
      <PartnerNames view={view} networkId={networkId} onSaved={settings.reload} />
      <section aria-labelledby="preview-heading" className="wk-preview">
        <Heading level={2} id="preview-heading">
          {t('rs.preview')}
        </Heading>
        <PublicView page={view.preview} headingLevel={3} />
      </section>
    </>
  );
}

function SettingsForm({
  view,
  networkId,
  onSaved,
}: {
  view: ResultsSettingsView;
  networkId: string;
  onSaved: () => void;
}) {
  const t = useT();
  const [enabled, setEnabled] = useState(view.enabled);
  const [fields, setFields] = useState(view.fields);
  const [indexable, setIndexable] = useState(view.indexable);
  const [choice, setChoice] = useState(
    view.modelId && view.versionNumber ? `${view.modelId}:${view.versionNumber}` : '',
  );
  const [saved, setSaved] = useState(false);
  const form = useMutation<ResultsSettingsView>({ version: view.version });
  const versions = view.models.flatMap((m) =>
    m.versions.map((n) => ({ value: `${m.id}:${n}`, label: t('rs.versionOption', { model: m.name, n }) })),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    setSaved(false);
    // "Wat het oplevert" needs a saved version; the server would refuse it without one.
    if (fields.effects && !choice) {
      if (versions.length) return form.invalid({ versionNumber: t('rs.versionNeeded') });
      return form.fail(new ApiError(422, { code: 'invalid_input', message: t('rs.versionNeeded') }));
    }
    const [modelId, n] = choice ? choice.split(':') : [null, null];
    await form.run(async (version) => {
      const result = await put<ResultsSettingsView>(`${apiBase(networkId)}/results`, {
        enabled,
        fields,
        modelId: fields.effects ? modelId : null,
        versionNumber: fields.effects && n ? Number(n) : null,
        indexable,
        version,
      } satisfies UpdateResults);
      setSaved(true);
      onSaved();
      return result;
    });
  };

  return (
    <form onSubmit={submit} noValidate className="wk-form">
      {saved ? (
        <Alert type="ok" live>
          {t('rs.saved')}
        </Alert>
      ) : null}
      <ErrorAlert error={form.error} />
      {form.current ? (
        <ConflictAlert facts={[{ label: t('rs.enabled'), value: form.current.enabled ? '✓' : '–' }]} />
      ) : null}
      <CheckboxField
        label={t('rs.enabled')}
        description={t('rs.enabledHelp')}
        checked={enabled}
        onChange={(e) => setEnabled(e.target.checked)}
      />
      <Fieldset legend={t('rs.fields')}>
        {FIELDS.map((f) => (
          <CheckboxField
            key={f}
            label={t(`rs.field.${f}`)}
            checked={fields[f]}
            onChange={(e) => setFields({ ...fields, [f]: e.target.checked })}
          />
        ))}
      </Fieldset>
      {fields.effects ? (
        versions.length ? (
          <SelectField
            label={t('rs.version')}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            options={[{ value: '', label: t('rs.versionChoose') }, ...versions]}
            error={form.fields.versionNumber}
          />
        ) : (
          <Alert type="warning">{t('rs.noVersions')}</Alert>
        )
      ) : null}
      <CheckboxField
        label={t('rs.indexable')}
        description={t('rs.indexableHelp')}
        checked={indexable}
        onChange={(e) => setIndexable(e.target.checked)}
      />
      <Button type="submit" busy={form.busy}>
        {t('rs.save')}
      </Button>
    </form>
  );
}
