import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useLocale, useT } from '../../../i18n';
import { get, patch } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { EffectModelResultView, PriceListView } from '../../../api/verankeren-types';
import type { GoalsView, LeadsView } from '../../../api/vormgeven-types';
import { useResource } from '../../../api/useResource';
import { PageTitle } from '../../../components/page';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorAlert,
  Fieldset,
  Heading,
  Loading,
  Paragraph,
  SelectField,
  TextField,
  TextLink,
} from '../../../components/ui';
import { useNetwork } from '../context';
import { apiBase, decimal, useModelResult, usePrices } from './shared';
import {
  fromDraft,
  inputFields,
  OUTCOME_FIELDS,
  toDraft,
  type InputDraft,
  type ModelDraft,
  type OutcomeDraft,
} from './modelDraft';
import { Results } from './Results';
import { emptyRequired } from '../../../components/required';
import type { EffectModelView } from '@schemas/effects';

/** One effect calculation: the editor a kartrekker and a funder fill in together, and its results. */
export default function Model() {
  const t = useT();
  const { modelId = '' } = useParams();
  const { networkId, role } = useNetwork();
  const view = useModelResult(networkId, modelId);
  const prices = usePrices(networkId);
  const goals = useResource<GoalsView>(`${apiBase(networkId)}/goals`, networkId);
  const canEdit = role !== 'meekijker';

  return (
    <>
      <PageTitle title={view.data?.name ?? t('vk.models.title')} />
      <Paragraph>
        <TextLink to={`/netwerken/${networkId}/verankeren/effecten`}>{t('vk.model.back')}</TextLink>
      </Paragraph>
      <ErrorAlert error={view.error} />
      {!view.data ? (
        <Loading />
      ) : (
        <>
          {canEdit ? (
            <Editor key={view.data.id} view={view.data} prices={prices.data} goals={goals.data} onSaved={view.reload} />
          ) : null}
          <Results view={view.data} onChange={view.reload} />
        </>
      )}
    </>
  );
}

function Editor({
  view,
  prices,
  goals,
  onSaved,
}: {
  view: EffectModelResultView;
  prices?: PriceListView;
  goals?: GoalsView;
  onSaved: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const [draft, setDraft] = useState<ModelDraft>(() => toDraft(view.model, locale));
  const [name, setName] = useState(view.name);
  // The version this draft started from: a save by someone else in between gives a conflict, never a silent overwrite.
  const save = useMutation<EffectModelResultView>({ version: view.version });
  const errors = save.fields;
  const [notice, setNotice] = useState('');

  const setInput = (i: number, change: Partial<InputDraft>) =>
    setDraft((d) => ({ ...d, inputs: d.inputs.map((x, k) => (k === i ? { ...x, ...change } : x)) }));
  const setOutcome = (i: number, change: Partial<OutcomeDraft>) =>
    setDraft((d) => ({ ...d, outcomes: d.outcomes.map((x, k) => (k === i ? { ...x, ...change } : x)) }));

  async function takeLeadHours() {
    const leads = await get<LeadsView>(`${apiBase(networkId)}/leads`);
    const rows = leads.leads.filter((l) => l.appointment?.hoursPerWeek);
    if (rows.length === 0) return setNotice(t('vk.model.leadHoursNone'));
    setDraft((d) => ({
      ...d,
      inputs: [
        ...d.inputs,
        ...rows.map((l) => ({
          stakeholder: l.appointment!.paidBy || l.actorName || l.name,
          year: '1',
          kind: 'hours' as const,
          values: {
            hours: String(Math.round(l.appointment!.hoursPerWeek! * 52 * 100) / 100).replace(
              '.',
              locale === 'nl' ? ',' : '.',
            ),
          },
          low: {},
          high: {},
          sources: { hours: t('vk.model.leadHours') },
        })),
      ],
    }));
    setNotice(
      rows
        .map((l) => t('vk.model.leadHoursAdded', { hours: decimal(l.appointment!.hoursPerWeek!, locale, 1) }))
        .join(' '),
    );
  }

  function choosePrice(i: number, priceItemId: string) {
    const item = prices?.items.find((p) => p.id === priceItemId);
    const outcome = draft.outcomes[i]!;
    const value = item?.indexedPrice ?? item?.price;
    setOutcome(i, {
      priceItemId,
      values:
        value === undefined || value === null
          ? outcome.values
          : {
              ...outcome.values,
              proxy: String(Math.round(value * 100) / 100).replace('.', locale === 'nl' ? ',' : '.'),
            },
      beneficiaries:
        item && outcome.beneficiaries.every((b) => !b.name.trim())
          ? [{ name: item.payerName, share: '100' }]
          : outcome.beneficiaries,
    });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { model, errors: fromModel } = fromDraft(draft, t);
    const local = { ...fromModel, ...emptyRequired(t, { name }) };
    if (Object.keys(local).length) return save.setFields(local);
    const ok = await save.run((version) =>
      patch<EffectModelView>(`${apiBase(networkId)}/effect-models/${view.id}`, { name, model, version }),
    );
    if (!ok) return;
    onSaved();
    setNotice(t('vk.model.saved'));
  }

  const err = (key: string) => errors[key];
  const problems = Object.entries(errors);
  const fieldLabel = (f: string) => t(`vk.model.${f}` as 'vk.model.amount');

  return (
    <section aria-labelledby="editor-heading" className="wk-effect-editor">
      <Heading level={2} id="editor-heading">
        {t('vk.model.editor')}
      </Heading>
      <Paragraph small>{t('vk.model.editorLead')}</Paragraph>
      <form onSubmit={submit} noValidate>
        {notice ? (
          <Alert type="ok" live>
            {notice}
          </Alert>
        ) : null}
        <ErrorAlert error={save.error} />
        {save.current ? (
          <Button
            variant="secondary"
            onClick={() => {
              const latest = save.current ?? view;
              setDraft(toDraft(latest.model, locale));
              setName(latest.name);
              save.reset();
            }}
          >
            {t('vk.model.loadLatest')}
          </Button>
        ) : null}
        {problems.length ? (
          <Alert type="error">
            {t('vk.model.problems')}
            <ul>
              {problems.map(([k, v]) => (
                <li key={k}>
                  <code>{k.replace(/^model\./, '')}</code>: {v}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <TextField
          label={t('vk.models.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={err('name')}
          required
        />
        <TextField
          label={t('vk.model.discountRate')}
          inputMode="decimal"
          value={draft.discountRate}
          onChange={(e) => setDraft({ ...draft, discountRate: e.target.value })}
          error={err('model.discountRate')}
          description={t('vk.model.discountHint')}
        />

        <Heading level={3}>{t('vk.model.inputs')}</Heading>
        {draft.inputs.map((input, i) => {
          const p = `model.inputs[${i}]`;
          return (
            <Fieldset key={i} legend={`${i + 1}. ${input.stakeholder || t('vk.model.stakeholder')}`}>
              <div className="wk-effect-row">
                <TextField
                  label={t('vk.model.stakeholder')}
                  value={input.stakeholder}
                  onChange={(e) => setInput(i, { stakeholder: e.target.value })}
                  error={err(`${p}.stakeholder`)}
                />
                <TextField
                  label={t('vk.model.year')}
                  inputMode="numeric"
                  value={input.year}
                  onChange={(e) => setInput(i, { year: e.target.value })}
                  error={err(`${p}.year`)}
                />
                <SelectField
                  label={t('vk.model.kind')}
                  value={input.kind}
                  onChange={(e) =>
                    setInput(i, { kind: e.target.value as InputDraft['kind'], values: {}, low: {}, high: {} })
                  }
                  options={[
                    { value: 'money', label: t('vk.model.kindMoney') },
                    { value: 'hours', label: t('vk.model.kindHours') },
                  ]}
                />
                {inputFields(input.kind).map((f) => (
                  <TextField
                    key={f}
                    label={fieldLabel(f)}
                    inputMode="decimal"
                    value={input.values[f] ?? ''}
                    onChange={(e) => setInput(i, { values: { ...input.values, [f]: e.target.value } })}
                    error={err(`${p}.${f}`)}
                  />
                ))}
              </div>
              <details>
                <summary>{t('vk.model.ranges')}</summary>
                <div className="wk-effect-row">
                  {inputFields(input.kind).flatMap((f) =>
                    (['low', 'high'] as const).map((side) => (
                      <TextField
                        key={`${side}-${f}`}
                        label={`${fieldLabel(f)}, ${t(`vk.model.${side}`)}`}
                        inputMode="decimal"
                        value={input[side][f] ?? ''}
                        onChange={(e) => setInput(i, { [side]: { ...input[side], [f]: e.target.value } })}
                        error={err(`${p}.${side}.${f}`)}
                      />
                    )),
                  )}
                  <TextField
                    label={t('vk.model.source')}
                    value={input.sources[inputFields(input.kind)[0]] ?? ''}
                    onChange={(e) =>
                      setInput(i, { sources: { ...input.sources, [inputFields(input.kind)[0]]: e.target.value } })
                    }
                  />
                </div>
              </details>
              <Button
                variant="secondary"
                onClick={() => setDraft((d) => ({ ...d, inputs: d.inputs.filter((_, k) => k !== i) }))}
                aria-label={t('vk.model.removeInputOf', { n: i + 1 })}
              >
                {t('vk.model.removeRow')}
              </Button>
            </Fieldset>
          );
        })}
        {err('model.inputs') ? <Alert type="error">{err('model.inputs')}</Alert> : null}
        <ButtonGroup>
          <Button
            variant="secondary"
            onClick={() =>
              setDraft((d) => ({
                ...d,
                inputs: [
                  ...d.inputs,
                  { stakeholder: '', year: '1', kind: 'money', values: {}, low: {}, high: {}, sources: {} },
                ],
              }))
            }
          >
            {t('vk.model.addInput')}
          </Button>
          <Button variant="secondary" onClick={() => void takeLeadHours()}>
            {t('vk.model.leadHours')}
          </Button>
        </ButtonGroup>

        <Heading level={3}>{t('vk.model.outcomes')}</Heading>
        {draft.outcomes.map((o, i) => {
          const p = `model.outcomes[${i}]`;
          return (
            <Fieldset key={i} legend={o.name || t('vk.model.outcome', { n: i + 1 })}>
              <TextField
                label={t('vk.model.outcomeName')}
                value={o.name}
                onChange={(e) => setOutcome(i, { name: e.target.value })}
                error={err(`${p}.name`)}
              />
              {prices ? (
                <SelectField
                  label={t('vk.model.priceItem')}
                  description={t('vk.model.priceItemHint')}
                  value={o.priceItemId}
                  onChange={(e) => choosePrice(i, e.target.value)}
                  error={err(`${p}.priceItemId`)}
                  options={[
                    { value: '', label: t('vk.model.priceItemNone') },
                    ...prices.items
                      .filter((item) => item.price !== null)
                      .map((item) => ({ value: item.id, label: `${item.item} (${item.unit})` })),
                  ]}
                />
              ) : null}
              <div className="wk-effect-row">
                {OUTCOME_FIELDS.map((f) => (
                  <TextField
                    key={f}
                    label={fieldLabel(f)}
                    inputMode="decimal"
                    value={o.values[f] ?? ''}
                    onChange={(e) => setOutcome(i, { values: { ...o.values, [f]: e.target.value } })}
                    error={err(`${p}.${f}`)}
                  />
                ))}
              </div>
              <Fieldset legend={t('vk.model.beneficiaries')}>
                {err(`${p}.beneficiaries`) ? <Alert type="error">{err(`${p}.beneficiaries`)}</Alert> : null}
                {o.beneficiaries.map((b, k) => (
                  <div className="wk-effect-row" key={k}>
                    <TextField
                      label={t('vk.model.stakeholder')}
                      value={b.name}
                      onChange={(e) =>
                        setOutcome(i, {
                          beneficiaries: o.beneficiaries.map((x, j) => (j === k ? { ...x, name: e.target.value } : x)),
                        })
                      }
                    />
                    <TextField
                      label={t('vk.model.share')}
                      inputMode="decimal"
                      value={b.share}
                      onChange={(e) =>
                        setOutcome(i, {
                          beneficiaries: o.beneficiaries.map((x, j) => (j === k ? { ...x, share: e.target.value } : x)),
                        })
                      }
                      error={err(`${p}.beneficiaries[${k}]`)}
                    />
                  </div>
                ))}
                <Button
                  variant="secondary"
                  onClick={() => setOutcome(i, { beneficiaries: [...o.beneficiaries, { name: '', share: '' }] })}
                >
                  {t('vk.model.addBeneficiary')}
                </Button>
              </Fieldset>
              <details>
                <summary>{t('vk.model.ranges')}</summary>
                <Paragraph small>{t('vk.model.rangesHint')}</Paragraph>
                <div className="wk-effect-row">
                  {OUTCOME_FIELDS.flatMap((f) =>
                    (['low', 'high'] as const).map((side) => (
                      <TextField
                        key={`${side}-${f}`}
                        label={`${fieldLabel(f)}, ${t(`vk.model.${side}`)}`}
                        inputMode="decimal"
                        value={o[side][f] ?? ''}
                        onChange={(e) => setOutcome(i, { [side]: { ...o[side], [f]: e.target.value } })}
                        error={err(`${p}.${side}.${f}`)}
                      />
                    )),
                  )}
                </div>
                <div className="wk-effect-row">
                  {goals ? (
                    <SelectField
                      label={t('vk.model.goal')}
                      value={o.goalId}
                      onChange={(e) => setOutcome(i, { goalId: e.target.value })}
                      error={err(`${p}.goalId`)}
                      options={[
                        { value: '', label: t('vk.model.goalNone') },
                        ...goals.goals.map((g) => ({ value: g.id, label: g.title })),
                      ]}
                    />
                  ) : null}
                  <TextField
                    label={t('vk.model.indicator')}
                    value={o.indicator}
                    onChange={(e) => setOutcome(i, { indicator: e.target.value })}
                    error={err(`${p}.indicator`)}
                  />
                  <TextField
                    label={`${t('vk.model.source')}: ${fieldLabel('proxy')}`}
                    value={o.sources.proxy ?? ''}
                    onChange={(e) => setOutcome(i, { sources: { ...o.sources, proxy: e.target.value } })}
                  />
                  <TextField
                    label={`${t('vk.model.source')}: ${fieldLabel('quantity')}`}
                    value={o.sources.quantity ?? ''}
                    onChange={(e) => setOutcome(i, { sources: { ...o.sources, quantity: e.target.value } })}
                  />
                </div>
              </details>
              <Button
                variant="secondary"
                onClick={() => setDraft((d) => ({ ...d, outcomes: d.outcomes.filter((_, k) => k !== i) }))}
              >
                {t('vk.model.removeOutcome')}
              </Button>
            </Fieldset>
          );
        })}
        <ButtonGroup>
          <Button
            variant="secondary"
            onClick={() =>
              setDraft((d) => ({
                ...d,
                outcomes: [
                  ...d.outcomes,
                  {
                    name: '',
                    values: { deadweight: '0', displacement: '0', attribution: '0', dropoff: '0', duration: '1' },
                    low: {},
                    high: {},
                    beneficiaries: [{ name: '', share: '100' }],
                    goalId: '',
                    indicator: '',
                    priceItemId: '',
                    sources: {},
                  },
                ],
              }))
            }
          >
            {t('vk.model.addOutcome')}
          </Button>
          <Button type="submit" busy={save.busy}>
            {t('vk.model.save')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
