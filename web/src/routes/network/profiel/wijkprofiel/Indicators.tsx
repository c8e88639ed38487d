import { useState, type FormEvent } from 'react';
import { useLocale, useT } from '../../../../i18n';
import { del, post } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { ProfileView } from '@schemas/profile';
import { ConfirmButton } from '../../../../components/ConfirmButton';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorAlert,
  Fieldset,
  Heading,
  Paragraph,
  Table,
  TextField,
} from '../../../../components/ui';
import { formatDate, formatNumber } from '../files';
import { emptyRequired } from '../../../../components/required';

/** The network's own indicators, each with its source and date. */
export function Indicators({
  networkId,
  data,
  canEdit,
  reload,
}: {
  networkId: string;
  data: ProfileView;
  canEdit: boolean;
  reload: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const empty = { name: '', value: '', unit: '', source: '', measuredOn: '' };
  const [form, setForm] = useState(empty);
  const change = useMutation({ groupListFields: true });
  const errors = change.fields;
  const [notice, setNotice] = useState('');
  const set = (k: keyof typeof empty) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNotice('');
    const missing = emptyRequired(t, {
      name: form.name,
      value: form.value,
      source: form.source,
      measuredOn: form.measuredOn,
    });
    if (missing) return change.invalid(missing);
    const value = form.value.trim() === '' ? null : Number(form.value.replace(/\./g, '').replace(',', '.'));
    await change.run(async () => {
      await post(`/api/networks/${networkId}/profile/indicators`, {
        ...form,
        value: value !== null && Number.isFinite(value) ? value : form.value,
      });
      setForm(empty);
      setNotice(t('profile.indicators.added'));
      reload();
    });
  };
  const remove = (id: string) =>
    change.run(async () => {
      await del(`/api/networks/${networkId}/profile/indicators/${id}`);
      setNotice(t('profile.removed'));
      reload();
    });

  return (
    <section aria-labelledby="profile-indicators">
      <Heading level={2} id="profile-indicators">
        {t('profile.indicators.title')}
      </Heading>
      <Paragraph>{t('profile.indicators.intro')}</Paragraph>
      {data.indicators.length === 0 ? (
        <Paragraph>{t('profile.indicators.empty')}</Paragraph>
      ) : (
        <Table caption={t('profile.indicators.caption')}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('profile.indicators.name')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('profile.indicators.value')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('profile.indicators.source')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('profile.indicators.date')}
              </th>
              {canEdit ? (
                <th scope="col" className="utrecht-table__header-cell">
                  {t('common.actions')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {data.indicators.map((i) => (
              <tr key={i.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell wk-row-head">
                  {i.name}
                </th>
                <td className="utrecht-table__cell" data-label={t('profile.indicators.value')}>
                  {formatNumber(i.value, locale)} {i.unit}
                </td>
                <td className="utrecht-table__cell" data-label={t('profile.indicators.source')}>
                  {i.source}
                </td>
                <td className="utrecht-table__cell" data-label={t('profile.indicators.date')}>
                  {formatDate(i.measuredOn, locale)}
                </td>
                {canEdit ? (
                  <td className="utrecht-table__cell" data-label={t('common.actions')}>
                    <ConfirmButton
                      label={t('profile.indicators.remove')}
                      about={i.name}
                      question={t('common.removeQuestion', { what: i.name })}
                      confirmLabel={t('common.removeConfirm')}
                      onConfirm={() => remove(i.id)}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      {canEdit ? (
        <form onSubmit={submit} noValidate>
          <Fieldset legend={t('profile.indicators.add')}>
            <TextField
              label={t('profile.indicators.name')}
              value={form.name}
              onChange={set('name')}
              error={errors.name}
              required
            />
            <TextField
              label={t('profile.indicators.value')}
              description={t('profile.indicators.valueHelp')}
              inputMode="decimal"
              value={form.value}
              onChange={set('value')}
              error={errors.value}
              required
            />
            <TextField
              label={t('profile.indicators.unit')}
              description={t('profile.indicators.unitHelp')}
              value={form.unit}
              onChange={set('unit')}
              error={errors.unit}
            />
            <TextField
              label={t('profile.indicators.source')}
              value={form.source}
              onChange={set('source')}
              error={errors.source}
              required
            />
            <TextField
              type="date"
              label={t('profile.indicators.date')}
              value={form.measuredOn}
              onChange={set('measuredOn')}
              error={errors.measuredOn}
              required
            />
          </Fieldset>
          <ButtonGroup>
            <Button type="submit">{t('profile.indicators.add')}</Button>
          </ButtonGroup>
        </form>
      ) : null}
      <ErrorAlert error={change.error} />
    </section>
  );
}
