import { useState, type FormEvent } from 'react';
import { useLocale, useT } from '../../../i18n';
import { del, post } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import type { CbsPreview, EntryView as ProfileEntry, ProfileView } from '@schemas/profile';
import { roleAtLeast } from '@domain/vocabulary.ts';
import { PageTitle } from '../../../components/page';
import { Alert, Button, ButtonGroup, CheckboxField, ErrorAlert, Fieldset, Heading, Loading, Paragraph, PrivacyHint, SelectField, Table, TextAreaField, TextField } from '../../../components/ui';
import { useNetwork } from '../context';
import { fieldErrors, formatDate, formatNumber, MAX_FILE_BYTES, readFile, type FilePayload } from './files';
import { ConfirmButton } from '../../../components/ConfirmButton';

export default function Wijkprofiel() {
  const t = useT();
  const { networkId, role } = useNetwork();
  const [selection, setSelection] = useState('');
  const [region, year] = selection ? selection.split(':') : ['', ''];
  const path = `/api/networks/${networkId}/profile${region ? `?region=${encodeURIComponent(region)}&year=${year}` : ''}`;
  const profile = useResource<ProfileView>(path, networkId);
  const canEdit = roleAtLeast(role, 'partner');
  const data = profile.data;

  return (
    <>
      <PageTitle title={t('profile.title')} />
      <Paragraph lead>{t('profile.intro')}</Paragraph>
      <ErrorAlert error={profile.error} />
      {!data ? (
        profile.error ? null : <Loading />
      ) : (
        <>
          <Figures data={data} selection={selection} onSelect={setSelection} canRemove={role === 'kartrekker'} reload={profile.reload} />
          {canEdit ? <CbsImport networkId={networkId} onDone={profile.reload} /> : null}
          <Indicators networkId={networkId} data={data} canEdit={canEdit} reload={profile.reload} />
          <Entries kind="need" networkId={networkId} entries={data.needs} canEdit={canEdit} reload={profile.reload} />
          <Entries kind="note" networkId={networkId} entries={data.notes} canEdit={canEdit} reload={profile.reload} />
        </>
      )}
    </>
  );
}

function Figures({ data, selection, onSelect, canRemove, reload }: { data: ProfileView; selection: string; onSelect: (v: string) => void; canRemove: boolean; reload: () => void }) {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const [error, setError] = useState<unknown>(null);
  const show = (v: number | string | null) => (v === null ? t('profile.figures.missing') : typeof v === 'number' ? formatNumber(v, locale) : v);
  const area = data.area;
  const areaName = area ? area.name || area.code : '';
  const remove = async () => {
    if (!area) return;
    setError(null);
    try {
      await del(`/api/networks/${networkId}/profile/regions/${area.id}`);
      onSelect('');
      reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="profile-figures">
      <Heading level={2} id="profile-figures">
        {t('profile.figures.title')}
      </Heading>
      {!area ? (
        <Paragraph>{t('profile.figures.empty')}</Paragraph>
      ) : (
        <>
          {data.regions.length > 1 ? (
            <SelectField
              label={t('profile.figures.region')}
              value={selection || `${area.code}:${area.year}`}
              onChange={(e) => onSelect(e.target.value)}
              options={data.regions.map((r) => ({ value: `${r.code}:${r.year}`, label: `${r.name || r.code} (${r.code}), ${r.year}` }))}
            />
          ) : null}
          <Table caption={t('profile.figures.caption', { area: areaName, code: area.code, year: area.year })}>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{t('profile.figures.what')}</th>
                <th scope="col" className="utrecht-table__header-cell">{areaName}</th>
                {data.municipality ? <th scope="col" className="utrecht-table__header-cell">{t('profile.figures.municipality')} ({data.municipality.name || data.municipality.code})</th> : null}
                <th scope="col" className="utrecht-table__header-cell">{t('profile.figures.unit')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.figures.map((f) => (
                <tr key={f.key} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell wk-row-head">{f.label}</th>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric" data-label={areaName}>{show(f.area)}</td>
                  {data.municipality ? <td className="utrecht-table__cell utrecht-table__cell--numeric" data-label={t('profile.figures.municipality')}>{show(f.municipality)}</td> : null}
                  <td className="utrecht-table__cell" data-label={t('profile.figures.unit')}>{f.unit}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Paragraph small>{t('profile.figures.missingHelp')}</Paragraph>
          <Paragraph small>{t('profile.figures.source', { source: area.source, licence: data.licence })}</Paragraph>
          {canRemove ? (
            <ButtonGroup>
              <ConfirmButton
                label={t('profile.figures.remove', { area: areaName })}
                question={t('common.removeQuestion', { what: areaName })}
                confirmLabel={t('common.removeConfirm')}
                onConfirm={remove}
              />
            </ButtonGroup>
          ) : null}
          <ErrorAlert error={error} />
          <Heading level={3}>{t('profile.compare.title')}</Heading>
          {data.comparison.length === 0 ? (
            <Paragraph>{t('profile.compare.none')}</Paragraph>
          ) : (
            <>
              {data.comparison.some((c) => c.direction !== 'same') ? (
                <>
                  <ul className="utrecht-unordered-list wk-list">
                    {data.comparison
                      .filter((c) => c.direction !== 'same')
                      .map((c) => (
                        <li key={c.key}>{c.sentence}</li>
                      ))}
                  </ul>
                  <Paragraph small>{t('profile.compare.same')}</Paragraph>
                </>
              ) : (
                <Paragraph>{t('profile.compare.noDifferences')}</Paragraph>
              )}
              <Table caption={t('profile.compare.caption', { area: areaName })}>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">{t('profile.compare.measure')}</th>
                    <th scope="col" className="utrecht-table__header-cell">{areaName}</th>
                    <th scope="col" className="utrecht-table__header-cell">{t('profile.figures.municipality')}</th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {data.comparison.map((c) => (
                    <tr key={c.key} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__cell wk-row-head">
                        {c.label}
                        {c.measure === 'share' ? ` (${t('profile.compare.share')})` : ''}
                      </th>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric" data-label={areaName}>
                        {formatNumber(c.area, locale)}
                        {c.unit === '%' ? '%' : ''}
                      </td>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric" data-label={t('profile.figures.municipality')}>
                        {formatNumber(c.municipality, locale)}
                        {c.unit === '%' ? '%' : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </>
          )}
        </>
      )}
    </section>
  );
}

function CbsImport({ networkId, onDone }: { networkId: string; onDone: () => void }) {
  const t = useT();
  const locale = useLocale();
  const [file, setFile] = useState<FilePayload | null>(null);
  const [preview, setPreview] = useState<CbsPreview | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [year, setYear] = useState('');
  const [filter, setFilter] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  const choose = async (list: FileList | null) => {
    setPreview(null);
    setNotice('');
    setErrors({});
    const f = list?.[0];
    if (!f) return setFile(null);
    if (f.size > MAX_FILE_BYTES) {
      setFile(null);
      return setErrors({ contentBase64: t('file.tooBig') });
    }
    try {
      setFile(await readFile(f));
    } catch {
      setErrors({ contentBase64: t('file.unreadable') });
    }
  };

  const check = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setNotice('');
    if (!file) return setErrors({ contentBase64: t('file.none') });
    setBusy(true);
    try {
      const p = await post<CbsPreview>(`/api/networks/${networkId}/profile/cbs/preview`, file);
      setPreview(p);
      setErrors({});
      setChosen(p.regions.filter((r) => r.suggested).map((r) => r.code));
      setYear(p.year ? String(p.year) : '');
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!file || !preview) return;
    setError(null);
    setBusy(true);
    try {
      const body: Record<string, unknown> = { ...file, regionCodes: chosen };
      if (!preview.year) body.year = Number(year) || 0;
      const res = await post<{ imported: unknown[] }>(`/api/networks/${networkId}/profile/cbs`, body);
      setNotice(t('profile.cbs.saved', { count: res.imported.length }));
      setPreview(null);
      setFile(null);
      setErrors({});
      onDone();
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="profile-cbs">
      <Heading level={2} id="profile-cbs">
        {t('profile.cbs.title')}
      </Heading>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <form onSubmit={check} noValidate>
        <TextField type="file" label={t('file.choose')} description={t('profile.cbs.help')} accept=".csv,.json,text/csv,application/json" onChange={(e) => choose(e.target.files)} error={errors.contentBase64 ?? errors.fileName} required />
        <ButtonGroup>
          <Button type="submit" variant={preview ? 'secondary' : 'primary'} busy={busy && !preview}>
            {t('profile.cbs.check')}
          </Button>
        </ButtonGroup>
      </form>
      {preview ? (
        <form onSubmit={save} noValidate>
          <Paragraph>{t('profile.cbs.found', { count: preview.regions.length })}</Paragraph>
          {preview.year ? <Paragraph>{t('profile.cbs.yearFound', { year: preview.year })}</Paragraph> : null}
          <Fieldset legend={t('profile.cbs.regions')}>
            {errors.regionCodes ? <p className="utrecht-form-field-error-message">{errors.regionCodes}</p> : null}
            {preview.regions.length > 20 ? (
              <TextField label={t('profile.cbs.filter')} description={t('profile.cbs.filterHelp')} value={filter} onChange={(e) => setFilter(e.target.value)} />
            ) : null}
            {preview.regions
              .filter((r) => chosen.includes(r.code) || !filter.trim() || `${r.name} ${r.code}`.toLowerCase().includes(filter.trim().toLowerCase()))
              .slice(0, 100)
              .map((r) => (
              <CheckboxField
                key={r.code}
                label={t('profile.cbs.regionLabel', { name: r.name || r.code, code: r.code, level: r.level, inhabitants: r.inhabitants === null ? '?' : formatNumber(r.inhabitants, locale) })}
                checked={chosen.includes(r.code)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, r.code] : chosen.filter((c) => c !== r.code))}
              />
            ))}
          </Fieldset>
          {!preview.year ? (
            <TextField label={t('profile.cbs.year')} description={t('profile.cbs.yearHelp')} inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} error={errors.year} required />
          ) : null}
          <ButtonGroup>
            <Button type="submit" busy={busy}>
              {t('profile.cbs.save')}
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
      <ErrorAlert error={error} />
    </section>
  );
}

function Indicators({ networkId, data, canEdit, reload }: { networkId: string; data: ProfileView; canEdit: boolean; reload: () => void }) {
  const t = useT();
  const locale = useLocale();
  const empty = { name: '', value: '', unit: '', source: '', measuredOn: '' };
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const set = (k: keyof typeof empty) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setNotice('');
    const value = form.value.trim() === '' ? null : Number(form.value.replace(/\./g, '').replace(',', '.'));
    try {
      await post(`/api/networks/${networkId}/profile/indicators`, { ...form, value: value !== null && Number.isFinite(value) ? value : form.value });
      setForm(empty);
      setErrors({});
      setNotice(t('profile.indicators.added'));
      reload();
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(err);
    }
  };
  const remove = async (id: string) => {
    setError(null);
    try {
      await del(`/api/networks/${networkId}/profile/indicators/${id}`);
      setNotice(t('profile.removed'));
      reload();
    } catch (err) {
      setError(err);
    }
  };

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
              <th scope="col" className="utrecht-table__header-cell">{t('profile.indicators.name')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('profile.indicators.value')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('profile.indicators.source')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('profile.indicators.date')}</th>
              {canEdit ? <th scope="col" className="utrecht-table__header-cell">{t('common.actions')}</th> : null}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {data.indicators.map((i) => (
              <tr key={i.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell wk-row-head">{i.name}</th>
                <td className="utrecht-table__cell" data-label={t('profile.indicators.value')}>
                  {formatNumber(i.value, locale)} {i.unit}
                </td>
                <td className="utrecht-table__cell" data-label={t('profile.indicators.source')}>{i.source}</td>
                <td className="utrecht-table__cell" data-label={t('profile.indicators.date')}>{formatDate(i.measuredOn, locale)}</td>
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
            <TextField label={t('profile.indicators.name')} value={form.name} onChange={set('name')} error={errors.name} required />
            <TextField label={t('profile.indicators.value')} description={t('profile.indicators.valueHelp')} inputMode="decimal" value={form.value} onChange={set('value')} error={errors.value} required />
            <TextField label={t('profile.indicators.unit')} description={t('profile.indicators.unitHelp')} value={form.unit} onChange={set('unit')} error={errors.unit} />
            <TextField label={t('profile.indicators.source')} value={form.source} onChange={set('source')} error={errors.source} required />
            <TextField type="date" label={t('profile.indicators.date')} value={form.measuredOn} onChange={set('measuredOn')} error={errors.measuredOn} required />
          </Fieldset>
          <ButtonGroup>
            <Button type="submit">{t('profile.indicators.add')}</Button>
          </ButtonGroup>
        </form>
      ) : null}
      <ErrorAlert error={error} />
    </section>
  );
}

function Entries({ kind, networkId, entries, canEdit, reload }: { kind: 'need' | 'note'; networkId: string; entries: ProfileEntry[]; canEdit: boolean; reload: () => void }) {
  const t = useT();
  const locale = useLocale();
  const prefix = kind === 'need' ? 'profile.needs' : 'profile.notes';
  const empty = { text: '', source: '', notedOn: '' };
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const set = (k: keyof typeof empty) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setNotice('');
    try {
      await post(`/api/networks/${networkId}/profile/entries`, kind === 'need' ? { kind, ...form } : { kind, text: form.text });
      setForm(empty);
      setErrors({});
      setNotice(t(kind === 'need' ? 'profile.needs.added' : 'profile.notes.added'));
      reload();
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(err);
    }
  };
  const remove = async (id: string) => {
    setError(null);
    try {
      await del(`/api/networks/${networkId}/profile/entries/${id}`);
      setNotice(t('profile.removed'));
      reload();
    } catch (err) {
      setError(err);
    }
  };

  const headingId = `profile-${kind}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t(`${prefix}.title` as 'profile.needs.title')}
      </Heading>
      <Paragraph>{t(`${prefix}.intro` as 'profile.needs.intro')}</Paragraph>
      {entries.length === 0 ? (
        <Paragraph>{t(`${prefix}.empty` as 'profile.needs.empty')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list wk-list">
          {entries.map((n) => (
            <li key={n.id}>
              {n.text}
              {kind === 'need' && (n.source || n.notedOn) ? (
                <span className="wk-muted"> — {[n.source, formatDate(n.notedOn, locale)].filter(Boolean).join(', ')}</span>
              ) : null}
              {canEdit ? (
                <>
                  {' '}
                  <ConfirmButton
                    label={t('profile.indicators.remove')}
                    about={n.text.slice(0, 60)}
                    question={t('common.removeQuestion', { what: n.text.slice(0, 60) })}
                    confirmLabel={t('common.removeConfirm')}
                    onConfirm={() => remove(n.id)}
                  />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      {canEdit ? (
        <form onSubmit={submit} noValidate>
          <TextAreaField label={t(`${prefix}.text` as 'profile.needs.text')} description={<PrivacyHint />} value={form.text} onChange={set('text')} error={errors.text} required />
          {kind === 'need' ? (
            <>
              <TextField label={t('profile.needs.source')} description={t('profile.needs.sourceHelp')} value={form.source} onChange={set('source')} error={errors.source} />
              <TextField type="date" label={t('profile.needs.date')} value={form.notedOn} onChange={set('notedOn')} error={errors.notedOn} />
            </>
          ) : null}
          <ButtonGroup>
            <Button type="submit">{t(`${prefix}.add` as 'profile.needs.add')}</Button>
          </ButtonGroup>
        </form>
      ) : null}
      <ErrorAlert error={error} />
    </section>
  );
}
