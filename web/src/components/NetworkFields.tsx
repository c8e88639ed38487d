import { useT } from '../i18n';
import type { NetworkSummary } from '../api/types';
import { areaLevelOptions } from '../labels';
import { SelectField, TextAreaField, TextField } from './ui';

export interface NetworkFormValues {
  name: string;
  areaLevel: string;
  areaName: string;
  regionCode: string;
  population: string;
  ambition: string;
  vision: string;
}

export const emptyNetwork: NetworkFormValues = {
  name: '',
  areaLevel: 'wijk',
  areaName: '',
  regionCode: '',
  population: '',
  ambition: '',
  vision: '',
};

export const networkValues = (n: NetworkSummary): NetworkFormValues => ({
  name: n.name,
  areaLevel: n.areaLevel,
  areaName: n.areaName,
  regionCode: n.regionCode ?? '',
  population: n.population === null ? '' : String(n.population),
  ambition: n.ambition,
  vision: n.vision,
});

/** The request body; a population that is not a whole number is reported as a field error. */
export function networkBody(
  v: NetworkFormValues,
  withVision: boolean,
): { body: Record<string, unknown>; populationInvalid: boolean } {
  const digits = v.population.replace(/[.\s]/g, '');
  const population = digits === '' ? null : Number(digits);
  const populationInvalid = population !== null && (!Number.isInteger(population) || population < 0);
  const body: Record<string, unknown> = {
    name: v.name,
    areaLevel: v.areaLevel,
    areaName: v.areaName,
    regionCode: v.regionCode,
    population,
    ambition: v.ambition,
  };
  if (withVision) body.vision = v.vision;
  return { body, populationInvalid };
}

export function NetworkFields({
  values,
  onChange,
  errors,
  withVision,
}: {
  values: NetworkFormValues;
  onChange: (v: NetworkFormValues) => void;
  errors: Record<string, string>;
  withVision?: boolean;
}) {
  const t = useT();
  const set = (key: keyof NetworkFormValues) => (e: { target: { value: string } }) =>
    onChange({ ...values, [key]: e.target.value });
  return (
    <>
      <TextField
        label={t('network.name')}
        description={t('network.nameHint')}
        required
        value={values.name}
        onChange={set('name')}
        error={errors.name}
        maxLength={200}
      />
      <SelectField
        label={t('network.areaLevel')}
        description={t('network.areaLevelHint')}
        required
        value={values.areaLevel}
        onChange={set('areaLevel')}
        options={areaLevelOptions(t)}
        error={errors.areaLevel}
      />
      <TextField
        label={t('network.areaName')}
        description={t('network.areaNameHint')}
        required
        value={values.areaName}
        onChange={set('areaName')}
        error={errors.areaName}
        maxLength={200}
      />
      <TextField
        label={t('network.regionCode')}
        description={t('network.regionCodeHint')}
        value={values.regionCode}
        onChange={set('regionCode')}
        error={errors.regionCode}
        className="wk-short"
        autoCapitalize="characters"
      />
      <TextField
        label={t('network.population')}
        description={t('network.populationHint')}
        inputMode="numeric"
        value={values.population}
        onChange={set('population')}
        error={errors.population}
        className="wk-short"
      />
      <TextAreaField
        label={t('network.ambition')}
        description={`${t('network.ambitionHint')} ${t('form.privacyHint')}`}
        value={values.ambition}
        onChange={set('ambition')}
        error={errors.ambition}
        maxLength={500}
        rows={3}
      />
      {withVision ? (
        <TextAreaField
          label={t('network.vision')}
          description={`${t('network.visionHint')} ${t('form.privacyHint')}`}
          value={values.vision}
          onChange={set('vision')}
          error={errors.vision}
          maxLength={4000}
        />
      ) : null}
    </>
  );
}
