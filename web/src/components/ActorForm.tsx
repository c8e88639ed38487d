import { useState, type FormEvent } from 'react';
import { useT } from '../i18n';
import { patch, post } from '../api/client';
import { useMutation } from '../api/useMutation';
import type { ActorView } from '../api/types';
import { HEALTH_DIMENSIONS, dimensionLabel, domainOptions, kindOptions, splitTags, statusOptions } from '../labels';
import { ConflictAlert } from './ConflictAlert';
import { Button, ButtonGroup, CheckboxField, ErrorAlert, Fieldset, SelectField, TextAreaField, TextField } from './ui';
import { emptyRequired } from './required';

interface Values {
  kind: string;
  name: string;
  domain: string;
  themes: string;
  targetGroups: string;
  healthDimensions: string[];
  area: string;
  description: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
  kvk: string;
  agb: string;
  findable: boolean;
  status: string;
}

const empty: Values = {
  kind: 'organisation',
  name: '',
  domain: 'welzijn',
  themes: '',
  targetGroups: '',
  healthDimensions: [],
  area: '',
  description: '',
  contactEmail: '',
  contactPhone: '',
  website: '',
  kvk: '',
  agb: '',
  findable: false,
  status: 'partner',
};

const fromActor = (a: ActorView): Values => ({
  kind: a.kind,
  name: a.name,
  domain: a.domain,
  themes: a.themes.join(', '),
  targetGroups: a.targetGroups.join(', '),
  healthDimensions: a.healthDimensions,
  area: a.area,
  description: a.description,
  contactEmail: a.contactEmail ?? '',
  contactPhone: a.contactPhone ?? '',
  website: a.website ?? '',
  kvk: a.kvk ?? '',
  agb: a.agb ?? '',
  findable: a.findable,
  status: a.status,
});

export function ActorForm({
  networkId,
  actor,
  onDone,
  onCancel,
}: {
  networkId: string;
  actor: ActorView | null;
  onDone: (a: ActorView) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [values, setValues] = useState<Values>(() => (actor ? fromActor(actor) : empty));
  // Field errors for tag lists come back per item ("themes.0"); show them on the list field.
  const form = useMutation<ActorView>({ version: actor?.version ?? 0, groupListFields: true });
  const errors = form.fields;
  const current = form.current;
  const [ownOrganisation, setOwnOrganisation] = useState(false);

  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues({ ...values, [key]: e.target.value });
  const toggleDimension = (d: string) =>
    setValues({
      ...values,
      healthDimensions: values.healthDimensions.includes(d)
        ? values.healthDimensions.filter((x) => x !== d)
        : [...values.healthDimensions, d],
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = emptyRequired(t, { name: values.name });
    if (missing) return form.invalid(missing);
    const body = {
      kind: values.kind,
      name: values.name,
      domain: values.domain,
      themes: splitTags(values.themes),
      targetGroups: splitTags(values.targetGroups),
      healthDimensions: values.healthDimensions,
      area: values.area,
      description: values.description,
      contactEmail: values.contactEmail,
      contactPhone: values.contactPhone,
      website: values.website,
      kvk: values.kvk,
      agb: values.agb,
      findable: values.findable,
      status: values.status,
    };
    await form.run(async (version) => {
      const saved = actor
        ? await patch<ActorView>(`/api/networks/${networkId}/actors/${actor.id}`, { ...body, version })
        : await post<ActorView>(`/api/networks/${networkId}/actors`, {
            ...body,
            ...(ownOrganisation ? { ownOrganisation } : {}),
          });
      onDone(saved);
    });
  };

  return (
    <form onSubmit={submit} noValidate className="wk-form">
      <ErrorAlert error={form.error} />
      {current ? (
        <ConflictAlert
          saved={
            <>
              <span className="wk-strong">{current.name}</span>
              {current.description ? ` — ${current.description}` : ''}
            </>
          }
        />
      ) : null}
      <SelectField
        label={t('actor.kind')}
        required
        value={values.kind}
        onChange={set('kind')}
        options={kindOptions(t)}
        error={errors.kind}
      />
      <TextField
        label={t('actor.name')}
        required
        value={values.name}
        onChange={set('name')}
        error={errors.name}
        maxLength={200}
      />
      <SelectField
        label={t('actor.domain')}
        description={t('actor.domainHint')}
        required
        value={values.domain}
        onChange={set('domain')}
        options={domainOptions(t)}
        error={errors.domain}
      />
      <TextField
        label={t('actor.themes')}
        description={t('actor.tagsHint')}
        value={values.themes}
        onChange={set('themes')}
        error={errors.themes}
      />
      <TextField
        label={t('actor.targetGroups')}
        description={t('actor.tagsHint')}
        value={values.targetGroups}
        onChange={set('targetGroups')}
        error={errors.targetGroups}
      />
      <Fieldset legend={t('actor.healthDimensions')} description={t('actor.healthDimensionsHint')}>
        {HEALTH_DIMENSIONS.map((d) => (
          <CheckboxField
            key={d}
            label={dimensionLabel(t, d)}
            checked={values.healthDimensions.includes(d)}
            onChange={() => toggleDimension(d)}
          />
        ))}
      </Fieldset>
      <TextField
        label={t('actor.area')}
        description={t('actor.areaHint')}
        value={values.area}
        onChange={set('area')}
        error={errors.area}
      />
      <TextAreaField
        label={t('actor.description')}
        description={`${t('actor.descriptionHint')} ${t('form.privacyHint')}`}
        value={values.description}
        onChange={set('description')}
        error={errors.description}
        maxLength={4000}
      />
      <TextField
        label={t('actor.contactEmail')}
        description={actor?.contactUnconfirmed ? t('cs.contact.pending') : t('cs.contact.hint')}
        type="email"
        value={values.contactEmail}
        onChange={set('contactEmail')}
        error={errors.contactEmail}
      />
      <TextField
        label={t('actor.contactPhone')}
        type="tel"
        value={values.contactPhone}
        onChange={set('contactPhone')}
        error={errors.contactPhone}
      />
      <TextField
        label={t('actor.website')}
        type="url"
        description={t('actor.websiteHint')}
        value={values.website}
        onChange={set('website')}
        error={errors.website}
      />
      <TextField
        label={t('actor.kvk')}
        inputMode="numeric"
        description={t('actor.kvkHint')}
        value={values.kvk}
        onChange={set('kvk')}
        error={errors.kvk}
        className="wk-short"
      />
      <TextField
        label={t('actor.agb')}
        inputMode="numeric"
        description={t('actor.agbHint')}
        value={values.agb}
        onChange={set('agb')}
        error={errors.agb}
        className="wk-short"
      />
      <SelectField
        label={t('actor.status')}
        value={values.status}
        onChange={set('status')}
        options={statusOptions(t)}
        error={errors.status}
      />
      <CheckboxField
        label={t('actor.findable')}
        description={values.kind === 'person' ? t('actor.findablePersonHint') : t('actor.findableHint')}
        checked={values.findable}
        onChange={(e) => setValues({ ...values, findable: e.target.checked })}
        error={errors.findable}
      />
      {actor ? null : (
        <CheckboxField
          label={t('actor.ownOrganisation')}
          description={t('actor.ownOrganisationHint')}
          checked={ownOrganisation}
          onChange={(e) => setOwnOrganisation(e.target.checked)}
          error={errors.ownOrganisation}
        />
      )}
      <ButtonGroup>
        <Button type="submit" busy={form.busy}>
          {actor ? t('actor.save') : t('actor.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
