import { useState, type FormEvent } from 'react';
import { useLocale, useT } from '../../../../i18n';
import { post } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { CbsPreview } from '@schemas/profile';
import {
  Alert,
  Button,
  ButtonGroup,
  CheckboxField,
  ErrorAlert,
  Fieldset,
  Heading,
  Paragraph,
  TextField,
} from '../../../../components/ui';
import { formatNumber, MAX_FILE_BYTES, readFile, type FilePayload } from '../files';
import type { CbsImport as CbsImportRequest, CbsPreviewRequest } from '../../../../api/requests';
import type { CbsImported } from '@schemas/profile';

/** Import figures from a CBS file (Kerncijfers wijken en buurten): check it first, then pick the regions. */
export function CbsImport({ networkId, onDone }: { networkId: string; onDone: () => void }) {
  const t = useT();
  const locale = useLocale();
  const [file, setFile] = useState<FilePayload | null>(null);
  const [preview, setPreview] = useState<CbsPreview | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [year, setYear] = useState('');
  const [filter, setFilter] = useState('');
  const [notice, setNotice] = useState('');
  const form = useMutation({ groupListFields: true });
  const errors = form.fields;

  const choose = async (list: FileList | null) => {
    setPreview(null);
    setNotice('');
    form.setFields({});
    const f = list?.[0];
    if (!f) return setFile(null);
    if (f.size > MAX_FILE_BYTES) {
      setFile(null);
      return form.setFields({ contentBase64: t('file.tooBig') });
    }
    try {
      setFile(await readFile(f));
    } catch {
      form.setFields({ contentBase64: t('file.unreadable') });
    }
  };

  const check = async (e: FormEvent) => {
    e.preventDefault();
    setNotice('');
    if (!file) {
      form.reset();
      form.setFields({ contentBase64: t('file.none') });
      return;
    }
    await form.run(async () => {
      const p = await post<CbsPreview>(
        `/api/networks/${networkId}/profile/cbs/preview`,
        file satisfies CbsPreviewRequest,
      );
      setPreview(p);
      setChosen(p.regions.filter((r) => r.suggested).map((r) => r.code));
      setYear(p.year ? String(p.year) : '');
    });
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!file || !preview) return;
    // What the server would refuse is said here first: no area chosen, or no year when the file has none.
    const missing: Record<string, string> = {};
    if (chosen.length === 0) missing.regionCodes = t('profile.cbs.noRegion');
    if (!preview.year && !year.trim()) missing.year = t('profile.cbs.yearNeeded');
    if (Object.keys(missing).length) return form.invalid(missing);
    await form.run(async () => {
      const body: CbsImportRequest = { ...file, regionCodes: chosen };
      if (!preview.year) body.year = Number(year) || 0;
      const res = await post<CbsImported>(`/api/networks/${networkId}/profile/cbs`, body);
      setNotice(t('profile.cbs.saved', { count: res.imported.length }));
      setPreview(null);
      setFile(null);
      onDone();
    });
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
        <TextField
          type="file"
          label={t('file.choose')}
          description={t('profile.cbs.help')}
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => choose(e.target.files)}
          error={errors.contentBase64 ?? errors.fileName}
          required
        />
        <ButtonGroup>
          <Button type="submit" variant={preview ? 'secondary' : 'primary'} busy={form.busy && !preview}>
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
              <TextField
                label={t('profile.cbs.filter')}
                description={t('profile.cbs.filterHelp')}
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
              />
            ) : null}
            {preview.regions
              .filter(
                (r) =>
                  chosen.includes(r.code) ||
                  !filter.trim() ||
                  `${r.name} ${r.code}`.toLowerCase().includes(filter.trim().toLowerCase()),
              )
              .slice(0, 100)
              .map((r) => (
                <CheckboxField
                  key={r.code}
                  label={t('profile.cbs.regionLabel', {
                    name: r.name || r.code,
                    code: r.code,
                    level: r.level,
                    inhabitants: r.inhabitants === null ? '?' : formatNumber(r.inhabitants, locale),
                  })}
                  checked={chosen.includes(r.code)}
                  onChange={(e) =>
                    setChosen(e.target.checked ? [...chosen, r.code] : chosen.filter((c) => c !== r.code))
                  }
                />
              ))}
          </Fieldset>
          {!preview.year ? (
            <TextField
              label={t('profile.cbs.year')}
              description={t('profile.cbs.yearHelp')}
              inputMode="numeric"
              value={year}
              onChange={(e) => setYear(e.target.value)}
              error={errors.year}
              required
            />
          ) : null}
          <ButtonGroup>
            <Button type="submit" busy={form.busy}>
              {t('profile.cbs.save')}
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
      <ErrorAlert error={form.error} />
    </section>
  );
}
