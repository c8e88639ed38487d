import { useState, type FormEvent } from 'react';
import { useLocale, useT } from '../../../../i18n';
import { patch } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { CaseLineBody, CaseView, UpdateCase } from '../../../../api/cases-types';
import type { PriceListView } from '../../../../api/verankeren-types';
import { ConflictAlert } from '../../../../components/ConflictAlert';
import {
  Button,
  ButtonGroup,
  ErrorAlert,
  Fieldset,
  Heading,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../components/ui';
import { useNetwork } from '../../context';
import { apiBase, editNumber, parseNumber } from '../shared';

type Timeline = 'approach' | 'reference';
interface Draft {
  key: number;
  timeline: Timeline;
  label: string;
  kind: 'event' | 'activity';
  year: string;
  month: string;
  /** A price id, or '' for an own amount. */
  price: string;
  ownPrice: string;
  note: string;
  quantity: string;
  payer: string;
}

let nextKey = 1;

/** Edit a case: name, resident, N, and the lines of both timelines; saved at once with the case's version. */
export function CaseEditor({
  view,
  prices,
  onDone,
}: {
  view: CaseView;
  prices: PriceListView;
  onDone: (message?: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const [name, setName] = useState(view.name);
  const [resident, setResident] = useState(view.resident);
  const [residents, setResidents] = useState(String(view.residents));
  const [lines, setLines] = useState<Draft[]>(() =>
    view.lines.map((l) => ({
      key: nextKey++,
      timeline: l.timeline,
      label: l.label,
      kind: l.kind,
      year: String(l.year),
      month: l.month === null ? '' : String(l.month),
      price: l.priceItemId ?? '',
      ownPrice: editNumber(l.ownPrice, locale),
      note: l.note,
      quantity: editNumber(l.quantity, locale),
      payer: l.payer ?? '',
    })),
  );
  const form = useMutation<CaseView>({ version: view.version });
  const { fields } = form;

  const change = (key: number, part: Partial<Draft>) =>
    setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...part } : l)));
  const add = (timeline: Timeline) =>
    setLines((ls) => [
      ...ls,
      {
        key: nextKey++,
        timeline,
        label: '',
        kind: timeline === 'approach' ? 'activity' : 'event',
        year: '1',
        month: '',
        price: prices.items.find((p) => p.price !== null)?.id ?? '',
        ownPrice: '',
        note: '',
        quantity: '1',
        payer: '',
      },
    ]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    const bad: Record<string, string> = {};
    const num = (text: string, field: string, optional = false) => {
      const n = parseNumber(text);
      if (n === undefined && optional) return null;
      if (n === undefined || Number.isNaN(n)) bad[field] = t('cs.form.number');
      return n ?? null;
    };
    const body: CaseLineBody[] = lines.map((l, i) => ({
      timeline: l.timeline,
      label: l.label,
      kind: l.kind,
      year: num(l.year, `lines.${i}.year`) ?? 1,
      month: num(l.month, `lines.${i}.month`, true),
      priceItemId: l.price || null,
      ownPrice: l.price ? null : num(l.ownPrice, `lines.${i}.ownPrice`),
      note: l.note,
      quantity: num(l.quantity, `lines.${i}.quantity`) ?? 0,
      payer: (l.payer || null) as CaseLineBody['payer'],
    }));
    const n = num(residents, 'residents') ?? 1;
    if (Object.keys(bad).length) {
      form.invalid(bad);
      return;
    }
    await form.run(async (version) => {
      const payload = { name, resident, residents: n, lines: body, version } satisfies UpdateCase;
      const saved = await patch<CaseView>(`${apiBase(networkId)}/cases/${view.id}`, payload);
      onDone(t('cs.saved'));
      return saved;
    });
  };

  const priceOptions = [
    { value: '', label: t('cs.form.own') },
    ...prices.items.map((p) => ({
      value: p.id,
      label: `${p.withoutSource ? t('cs.form.unsourced', { item: p.item }) : p.item} — ${p.payerName}`,
    })),
  ];
  const payerOptions = (own: boolean) => [
    ...(own ? [{ value: '', label: '–' }] : [{ value: '', label: t('cs.form.payerOfPrice') }]),
    ...prices.payers.map((p) => ({ value: p.id, label: p.name })),
  ];
  const timelineName = (tl: Timeline) => (tl === 'approach' ? t('cs.withApproach') : t('cs.reference'));

  return (
    <form onSubmit={submit} noValidate className="wk-form wk-panel wk-effect-editor">
      <Heading level={3}>{t('cs.form.title')}</Heading>
      <ErrorAlert error={form.error} />
      {form.current ? <ConflictAlert saved={form.current.name} /> : null}
      <TextField
        id="case-name"
        label={t('cs.form.name')}
        required
        maxLength={200}
        value={name}
        error={fields.name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextAreaField
        id="case-resident"
        label={t('cs.form.resident')}
        description={t('cs.form.residentHint')}
        rows={3}
        maxLength={4000}
        value={resident}
        error={fields.resident}
        onChange={(e) => setResident(e.target.value)}
      />
      <TextField
        id="case-residents"
        label={t('cs.form.residents')}
        description={t('cs.form.residentsHint')}
        inputMode="numeric"
        value={residents}
        error={fields.residents}
        onChange={(e) => setResidents(e.target.value)}
      />
      {(['reference', 'approach'] as const).map((tl) => (
        <section key={tl} aria-label={timelineName(tl)}>
          {lines.map((l, i) =>
            l.timeline !== tl ? null : (
              <Fieldset
                key={l.key}
                legend={t('cs.form.lineLegend', {
                  timeline: timelineName(tl),
                  n: lines.filter((x, j) => x.timeline === tl && j <= i).length,
                })}
              >
                <div className="wk-effect-row">
                  <TextField
                    id={`line-${l.key}-label`}
                    label={t('cs.form.label')}
                    required
                    maxLength={200}
                    value={l.label}
                    error={fields[`lines.${i}.label`]}
                    onChange={(e) => change(l.key, { label: e.target.value })}
                  />
                  <SelectField
                    id={`line-${l.key}-kind`}
                    label={t('cs.form.kind')}
                    value={l.kind}
                    onChange={(e) => change(l.key, { kind: e.target.value as Draft['kind'] })}
                    options={[
                      { value: 'event', label: t('cs.kind.event') },
                      { value: 'activity', label: t('cs.kind.activity') },
                    ]}
                  />
                  <TextField
                    id={`line-${l.key}-year`}
                    label={t('cs.form.year')}
                    inputMode="numeric"
                    value={l.year}
                    error={fields[`lines.${i}.year`]}
                    onChange={(e) => change(l.key, { year: e.target.value })}
                  />
                  <TextField
                    id={`line-${l.key}-month`}
                    label={t('cs.form.month')}
                    inputMode="numeric"
                    value={l.month}
                    error={fields[`lines.${i}.month`]}
                    onChange={(e) => change(l.key, { month: e.target.value })}
                  />
                  <SelectField
                    id={`line-${l.key}-price`}
                    label={t('cs.form.price')}
                    value={l.price}
                    error={fields[`lines.${i}.priceItemId`]}
                    onChange={(e) => change(l.key, { price: e.target.value })}
                    options={priceOptions}
                  />
                  {l.price ? null : (
                    <>
                      <TextField
                        id={`line-${l.key}-own`}
                        label={t('cs.form.ownPrice')}
                        inputMode="decimal"
                        value={l.ownPrice}
                        error={fields[`lines.${i}.ownPrice`]}
                        onChange={(e) => change(l.key, { ownPrice: e.target.value })}
                      />
                      <TextField
                        id={`line-${l.key}-note`}
                        label={t('cs.form.note')}
                        maxLength={500}
                        value={l.note}
                        error={fields[`lines.${i}.note`]}
                        onChange={(e) => change(l.key, { note: e.target.value })}
                      />
                    </>
                  )}
                  <TextField
                    id={`line-${l.key}-quantity`}
                    label={t('cs.form.quantity')}
                    inputMode="decimal"
                    value={l.quantity}
                    error={fields[`lines.${i}.quantity`]}
                    onChange={(e) => change(l.key, { quantity: e.target.value })}
                  />
                  <SelectField
                    id={`line-${l.key}-payer`}
                    label={t('cs.form.payer')}
                    value={l.payer}
                    error={fields[`lines.${i}.payer`]}
                    onChange={(e) => change(l.key, { payer: e.target.value })}
                    options={payerOptions(!l.price)}
                  />
                </div>
                <Button variant="secondary" onClick={() => setLines((ls) => ls.filter((x) => x.key !== l.key))}>
                  {t('cs.form.removeLine')}
                </Button>
              </Fieldset>
            ),
          )}
          <Button variant="secondary" onClick={() => add(tl)}>
            {t('cs.form.addLine', { timeline: timelineName(tl) })}
          </Button>
        </section>
      ))}
      <ButtonGroup>
        <Button type="submit" busy={form.busy}>
          {t('cs.form.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone()}>
          {t('cs.form.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
