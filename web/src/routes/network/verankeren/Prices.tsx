import { useState, type FormEvent } from 'react';
import { useLocale, useT } from '../../../i18n';
import { del, patch, post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { PriceItemView, PriceListView } from '../../../api/verankeren-types';
import { PageTitle } from '../../../components/page';
import { ConfirmButton } from '../../../components/ConfirmButton';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorAlert,
  Heading,
  Loading,
  Paragraph,
  SelectField,
  Table,
  TextAreaField,
  TextField,
} from '../../../components/ui';
import { useNetwork } from '../context';
import { apiBase, editNumber, euroCents, parseNumber, percent, usePrices } from './shared';

/** The network's societal price list: checked prices with their source, and the ones still to fill in. */
export default function Prices() {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const prices = usePrices(networkId);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  const removal = useMutation({ parallel: true });
  const canEdit = role !== 'meekijker';
  const data = prices.data;

  const done = (message: string) => {
    setEditing(null);
    setAdding(false);
    setNotice(message);
    prices.reload();
  };

  return (
    <>
      <PageTitle title={t('vk.prices.title')} />
      <Paragraph lead>{t('vk.prices.lead')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={prices.error ?? removal.error} />
      {!data ? (
        <Loading />
      ) : (
        <>
          <Paragraph>
            {t('vk.prices.counts', {
              total: data.items.length,
              unchecked: data.items.filter((i) => i.unchecked).length,
            })}
          </Paragraph>
          <Table caption={t('vk.prices.caption')} className="wk-prices">
            <thead>
              <tr>
                <th scope="col">{t('vk.prices.item')}</th>
                <th scope="col">{t('vk.prices.price')}</th>
                <th scope="col">{t('vk.prices.indexed', { year: data.settings.indexYear })}</th>
                <th scope="col">{t('vk.prices.payer')}</th>
                <th scope="col">{t('vk.prices.source')}</th>
                {canEdit ? (
                  <th scope="col">
                    <span className="wk-visually-hidden">{t('common.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) =>
                editing === item.id ? (
                  <tr key={item.id}>
                    <td colSpan={canEdit ? 6 : 5}>
                      <PriceForm
                        networkId={networkId}
                        list={data}
                        item={item}
                        onDone={() => done(t('vk.prices.saved'))}
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={item.id}>
                    <th scope="row" data-label={t('vk.prices.item')}>
                      {item.item}
                      {item.unit ? (
                        <span className="wk-block wk-meta">
                          {t('vk.prices.unit')} {item.unit}
                        </span>
                      ) : null}
                    </th>
                    <td data-label={t('vk.prices.price')}>
                      {item.price === null ? (
                        <span className="wk-badge wk-badge--warning">{t('vk.prices.unchecked')}</span>
                      ) : (
                        <>
                          {euroCents(item.price, locale)}
                          {item.priceYear ? <span className="wk-block wk-meta">{item.priceYear}</span> : null}
                        </>
                      )}
                    </td>
                    <td data-label={t('vk.prices.indexed', { year: data.settings.indexYear })}>
                      {item.indexedPrice === null ? '–' : euroCents(Math.round(item.indexedPrice * 100) / 100, locale)}
                    </td>
                    <td data-label={t('vk.prices.payer')}>{item.payerName}</td>
                    <td data-label={t('vk.prices.source')}>
                      {item.withoutSource ? (
                        <span className="wk-badge wk-badge--warning">{t('vk.prices.withoutSource')}</span>
                      ) : null}
                      {item.sourceTitle ? (
                        <span className="wk-block">
                          {item.sourceTitle}
                          {item.sourcePublisher ? `, ${item.sourcePublisher}` : ''}
                          {item.sourceYear ? ` (${item.sourceYear})` : ''}
                        </span>
                      ) : null}
                      {item.sourceUrl ? (
                        <a href={item.sourceUrl} className="utrecht-link" rel="noreferrer noopener" target="_blank">
                          {t('vk.prices.openSource')}
                        </a>
                      ) : null}
                      {item.note ? <span className="wk-block wk-meta">{item.note}</span> : null}
                    </td>
                    {canEdit ? (
                      <td>
                        <ButtonGroup>
                          <Button
                            variant="secondary"
                            onClick={() => setEditing(item.id)}
                            aria-label={t('vk.prices.editOf', { item: item.item })}
                          >
                            {t('vk.prices.edit')}
                          </Button>
                          <ConfirmButton
                            label={t('vk.prices.remove')}
                            about={item.item}
                            question={t('common.removeQuestion', { what: item.item })}
                            confirmLabel={t('common.removeConfirm')}
                            onConfirm={() =>
                              removal.run(async () => {
                                await del(`${apiBase(networkId)}/prices/${item.id}`);
                                done(t('vk.prices.removed'));
                              })
                            }
                          />
                        </ButtonGroup>
                      </td>
                    ) : null}
                  </tr>
                ),
              )}
            </tbody>
          </Table>
          {canEdit ? (
            adding ? (
              <section aria-labelledby="add-price-heading">
                <Heading level={2} id="add-price-heading">
                  {t('vk.prices.addTitle')}
                </Heading>
                <PriceForm
                  networkId={networkId}
                  list={data}
                  onDone={() => done(t('vk.prices.saved'))}
                  onCancel={() => setAdding(false)}
                />
              </section>
            ) : (
              <Button variant="secondary" onClick={() => setAdding(true)}>
                {t('vk.prices.add')}
              </Button>
            )
          ) : null}
          <IndexSettings
            networkId={networkId}
            list={data}
            canEdit={role === 'kartrekker'}
            onSaved={() => done(t('vk.prices.indexSaved'))}
          />
        </>
      )}
    </>
  );
}

function PriceForm({
  networkId,
  list,
  item,
  onDone,
  onCancel,
}: {
  networkId: string;
  list: PriceListView;
  item?: PriceItemView;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, setForm] = useState({
    item: item?.item ?? '',
    unit: item?.unit ?? '',
    price: editNumber(item?.price, locale),
    priceYear: item?.priceYear ? String(item.priceYear) : '',
    payer: item?.payer ?? list.payers[0]!.id,
    sourceTitle: item?.sourceTitle ?? '',
    sourcePublisher: item?.sourcePublisher ?? '',
    sourceYear: item?.sourceYear ? String(item.sourceYear) : '',
    sourceUrl: item?.sourceUrl ?? '',
    note: item?.note ?? '',
  });
  const save = useMutation();
  const fields = save.fields;
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    const num = (key: 'price' | 'priceYear' | 'sourceYear') => {
      const n = parseNumber(form[key]);
      if (Number.isNaN(n)) local[key] = t('vk.model.notANumber');
      return n === undefined || Number.isNaN(n) ? null : n;
    };
    const body = {
      item: form.item,
      unit: form.unit,
      price: num('price'),
      priceYear: num('priceYear'),
      payer: form.payer,
      sourceTitle: form.sourceTitle,
      sourcePublisher: form.sourcePublisher,
      sourceYear: num('sourceYear'),
      sourceUrl: form.sourceUrl || null,
      note: form.note || null,
    };
    if (Object.keys(local).length) return save.invalid(local);
    const ok = await save.run(() =>
      item
        ? patch(`${apiBase(networkId)}/prices/${item.id}`, { ...body, version: item.version })
        : post(`${apiBase(networkId)}/prices`, body),
    );
    if (ok) onDone();
  }

  return (
    <form onSubmit={submit} noValidate className="wk-price-form">
      <ErrorAlert error={save.error} />
      <TextField label={t('vk.prices.item')} value={form.item} onChange={set('item')} error={fields.item} required />
      <TextField label={t('vk.prices.unit')} value={form.unit} onChange={set('unit')} error={fields.unit} />
      <TextField
        label={t('vk.prices.price')}
        inputMode="decimal"
        value={form.price}
        onChange={set('price')}
        error={fields.price}
        description={t('vk.prices.priceHint')}
      />
      <TextField
        label={t('vk.prices.priceYear')}
        inputMode="numeric"
        value={form.priceYear}
        onChange={set('priceYear')}
        error={fields.priceYear}
      />
      <SelectField
        label={t('vk.prices.payer')}
        value={form.payer}
        onChange={set('payer')}
        error={fields.payer}
        options={list.payers.map((p) => ({ value: p.id, label: p.name }))}
      />
      <TextField
        label={t('vk.prices.sourceTitle')}
        value={form.sourceTitle}
        onChange={set('sourceTitle')}
        error={fields.sourceTitle}
        description={t('vk.prices.noSourceHint')}
      />
      <TextField
        label={t('vk.prices.sourcePublisher')}
        value={form.sourcePublisher}
        onChange={set('sourcePublisher')}
        error={fields.sourcePublisher}
      />
      <TextField
        label={t('vk.prices.sourceYear')}
        inputMode="numeric"
        value={form.sourceYear}
        onChange={set('sourceYear')}
        error={fields.sourceYear}
      />
      <TextField
        label={t('vk.prices.sourceUrl')}
        type="url"
        value={form.sourceUrl}
        onChange={set('sourceUrl')}
        error={fields.sourceUrl}
      />
      <TextAreaField
        label={t('vk.prices.note')}
        value={form.note}
        onChange={set('note')}
        error={fields.note}
        rows={2}
      />
      <ButtonGroup>
        <Button type="submit" busy={save.busy}>
          {t('vk.prices.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function IndexSettings({
  networkId,
  list,
  canEdit,
  onSaved,
}: {
  networkId: string;
  list: PriceListView;
  canEdit: boolean;
  onSaved: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [year, setYear] = useState(String(list.settings.indexYear));
  const save = useMutation();
  const years = Object.keys(list.settings.indexRates).sort();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const n = parseNumber(year);
    if (n === undefined || Number.isNaN(n)) return save.invalid({ indexYear: t('vk.model.notANumber') });
    const ok = await save.run(() =>
      patch(`${apiBase(networkId)}/prices/settings`, { indexYear: n, version: list.settings.version }),
    );
    if (ok) onSaved();
  }

  return (
    <section aria-labelledby="index-heading">
      <Heading level={2} id="index-heading">
        {t('vk.prices.indexTitle')}
      </Heading>
      <Paragraph>
        {t('vk.prices.indexText', { source: list.settings.indexSource, year: list.settings.indexYear })}
      </Paragraph>
      <Table caption={t('vk.prices.indexRatesCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('vk.prices.year')}</th>
            <th scope="col">{t('vk.prices.indexRate')}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y}>
              <th scope="row">{y}</th>
              <td>{percent(list.settings.indexRates[y]!, locale)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {canEdit ? (
        <form onSubmit={submit} noValidate>
          <ErrorAlert error={save.error} />
          <TextField
            label={t('vk.prices.indexYear')}
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value)}
            error={save.fields.indexYear}
          />
          <Button type="submit" variant="secondary" busy={save.busy}>
            {t('vk.prices.indexSave')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
