import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useLocale, useT } from '../../../i18n';
import { post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { EffectModelView } from '../../../api/verankeren-types';
import { PageTitle } from '../../../components/page';
import { Button, ErrorAlert, Heading, Loading, Paragraph, Table, TextField, TextLink } from '../../../components/ui';
import { useNetwork } from '../context';
import { apiBase, decimal, euro, useModels } from './shared';
import { emptyRequired } from '../../../components/required';

/** The network's effect calculations (programme method), and a start for a new one. */
export default function Models() {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const { networkId, role } = useNetwork();
  const models = useModels(networkId);
  const [name, setName] = useState('');
  const form = useMutation();
  const base = `/netwerken/${networkId}/verankeren/effecten`;

  async function create(e: FormEvent) {
    e.preventDefault();
    const missing = emptyRequired(t, { name });
    if (missing) return form.invalid(missing);
    await form.run(async () => {
      // A first model that computes: one investment and one effect to overwrite together.
      const model = {
        discountRate: 0.0225,
        inputs: [{ stakeholder: t('vk.models.starterInput'), year: 1, amount: 10000 }],
        outcomes: [
          {
            name: t('vk.models.starterOutcome'),
            quantity: 50,
            proxy: 100,
            deadweight: 0.2,
            displacement: 0,
            attribution: 0.25,
            dropoff: 0.2,
            duration: 3,
            beneficiaries: { [t('vk.models.starterInput')]: 1 },
          },
        ],
      };
      const created = await post<EffectModelView>(`${apiBase(networkId)}/effect-models`, { name, model });
      navigate(`${base}/${created.id}`);
    });
  }

  return (
    <>
      <PageTitle title={t('vk.models.title')} />
      <Paragraph lead>{t('vk.models.lead')}</Paragraph>
      <ErrorAlert error={models.error} />
      {!models.data ? (
        <Loading />
      ) : models.data.models.length === 0 ? (
        <Paragraph>{t('vk.models.none')}</Paragraph>
      ) : (
        <Table caption={t('vk.models.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('vk.models.name')}</th>
              <th scope="col">{t('vk.models.ratio')}</th>
              <th scope="col">{t('vk.models.npv')}</th>
            </tr>
          </thead>
          <tbody>
            {models.data.models.map((m) => (
              <tr key={m.id}>
                <th scope="row" data-label={t('vk.models.name')}>
                  <TextLink to={`${base}/${m.id}`}>{m.name}</TextLink>
                </th>
                <td data-label={t('vk.models.ratio')}>{m.ratio === null ? '–' : decimal(m.ratio, locale)}</td>
                <td data-label={t('vk.models.npv')}>{euro(m.npv, locale)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {role !== 'meekijker' ? (
        <section aria-labelledby="new-model-heading">
          <Heading level={2} id="new-model-heading">
            {t('vk.models.new')}
          </Heading>
          <form onSubmit={create} noValidate>
            <ErrorAlert error={form.error} />
            <TextField
              label={t('vk.models.newName')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              error={form.fields.name}
            />
            <Button type="submit" busy={form.busy}>
              {t('vk.models.create')}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
