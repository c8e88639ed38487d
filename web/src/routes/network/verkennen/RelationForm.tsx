import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { ApiError, patch, post } from '../../../api/client';
import type { ActorView } from '../../../api/types';
import type { RelationView } from '../../../api/verkennen-types';
import { Alert, Button, ButtonGroup, ErrorAlert, Fieldset, SelectField, TextField } from '../../../components/ui';
import { FREQUENCIES, KINDS, QUALITIES, frequencyLabel, qualityLabel } from './shared';

interface Values {
  actorAId: string;
  actorBId: string;
  kind: string;
  frequency: string;
  quality: string;
}

const valuesOf = (r: RelationView): Values => ({
  actorAId: r.actorAId,
  actorBId: r.actorBId,
  kind: r.kind,
  frequency: r.frequency,
  quality: r.quality === null ? '' : String(r.quality),
});

/**
 * Enter a new relation, or change one. A partner enters relations of the actor they act for
 * (`fixedActorId`); a kartrekker any pair. Conflicts are shown, never silently overwritten.
 */
export function RelationForm({
  networkId,
  actors,
  relation,
  fixedActorId,
  onDone,
  onCancel,
  onEditExisting,
}: {
  networkId: string;
  actors: ActorView[];
  relation: RelationView | null;
  fixedActorId: string | null;
  onDone: (r: RelationView, created: boolean) => void;
  onCancel?: () => void;
  onEditExisting: (r: RelationView) => void;
}) {
  const t = useT();
  const qualityName = useId();
  const [values, setValues] = useState<Values>(() =>
    relation ? valuesOf(relation) : { actorAId: fixedActorId ?? '', actorBId: '', kind: '', frequency: '', quality: '' },
  );
  const [baseVersion, setBaseVersion] = useState(relation?.version ?? 0);
  const [error, setError] = useState<ApiError | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [current, setCurrent] = useState<RelationView | null>(null);
  const [existing, setExisting] = useState<RelationView | null>(null);
  const [busy, setBusy] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (current || existing) conflictRef.current?.focus();
  }, [current, existing]);

  const set = (patchValues: Partial<Values>) => setValues((v) => ({ ...v, ...patchValues }));
  const sorted = [...actors].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const options = (exclude: string) => [{ value: '', label: t('relation.choose') }, ...sorted.filter((a) => a.id !== exclude).map((a) => ({ value: a.id, label: a.name }))];
  const name = (id: string) => actors.find((a) => a.id === id)?.name ?? '';
  const frequencies = [...FREQUENCIES, ...(values.frequency && !(FREQUENCIES as readonly string[]).includes(values.frequency) ? [values.frequency] : [])];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const missing: Record<string, string> = {};
    if (!relation) {
      if (!values.actorAId) missing.actorAId = t('relation.pickFirst');
      if (!values.actorBId) missing.actorBId = t('relation.pickSecond');
    }
    if (Object.keys(missing).length) {
      setFields(missing);
      setError(new ApiError(422, { code: 'invalid_input', message: t('form.checkFields') }));
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    setExisting(null);
    const body = { kind: values.kind.trim(), frequency: values.frequency, quality: values.quality ? Number(values.quality) : null };
    try {
      if (relation) {
        const saved = await patch<RelationView>(`/api/networks/${networkId}/relations/${relation.id}`, { ...body, version: baseVersion });
        setCurrent(null);
        onDone(saved, false);
      } else {
        const saved = await post<RelationView>(`/api/networks/${networkId}/relations`, { actorAId: values.actorAId, actorBId: values.actorBId, ...body });
        setValues({ actorAId: fixedActorId ?? values.actorAId, actorBId: '', kind: '', frequency: '', quality: '' });
        onDone(saved, true);
      }
    } catch (err) {
      const apiErr = err instanceof ApiError ? err : new ApiError(0, { code: 'network', message: '' });
      const now = apiErr.body.current as RelationView | undefined;
      if (apiErr.code === 'version_conflict' && now) {
        setCurrent(now);
        setBaseVersion(now.version);
      } else if (apiErr.status === 409 && now) {
        setExisting(now);
      } else {
        setError(apiErr);
        setFields(apiErr.fields);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="wk-form">
      <ErrorAlert error={error} />
      {existing ? (
        <div ref={conflictRef} tabIndex={-1} className="wk-focus-target">
          <Alert type="warning">
            <p className="utrecht-paragraph">{t('relation.exists', { a: existing.actorAName, b: existing.actorBName })}</p>
            <Button variant="secondary" onClick={() => onEditExisting(existing)}>
              {t('relation.editExisting')}
            </Button>
          </Alert>
        </div>
      ) : null}
      {current ? (
        <div ref={conflictRef} tabIndex={-1} className="wk-focus-target">
          <Alert type="warning">
            <p className="utrecht-paragraph">{t('relation.conflict')}</p>
            <p className="utrecht-paragraph">{t('conflict.nowSaved')}</p>
            <dl className="wk-facts">
              <div>
                <dt>{t('relation.kind')}</dt>
                <dd>{current.kind || '—'}</dd>
              </div>
              <div>
                <dt>{t('relation.frequency')}</dt>
                <dd>{frequencyLabel(t, current.frequency)}</dd>
              </div>
              <div>
                <dt>{t('relation.quality')}</dt>
                <dd>{qualityLabel(t, current.quality)}</dd>
              </div>
            </dl>
          </Alert>
        </div>
      ) : null}
      {relation ? (
        <p className="utrecht-paragraph wk-strong">{t('relation.between', { a: relation.actorAName, b: relation.actorBName })}</p>
      ) : (
        <>
          {fixedActorId ? (
            <p className="utrecht-paragraph">{t('relation.forYourPartner', { name: name(fixedActorId) })}</p>
          ) : (
            <SelectField label={t('relation.actorA')} required value={values.actorAId} error={fields.actorAId} onChange={(e) => set({ actorAId: e.target.value })} options={options(values.actorBId)} />
          )}
          <SelectField
            label={fixedActorId ? t('relation.worksWith') : t('relation.actorB')}
            required
            value={values.actorBId}
            error={fields.actorBId}
            onChange={(e) => set({ actorBId: e.target.value })}
            options={options(values.actorAId)}
          />
        </>
      )}
      <TextField label={t('relation.kind')} description={t('relation.kindHint')} value={values.kind} error={fields.kind} maxLength={60} list={`${qualityName}-kinds`} onChange={(e) => set({ kind: e.target.value })} />
      <datalist id={`${qualityName}-kinds`}>
        {KINDS.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      <SelectField
        label={t('relation.frequency')}
        value={values.frequency}
        error={fields.frequency}
        onChange={(e) => set({ frequency: e.target.value })}
        options={[{ value: '', label: t('relation.frequency.none') }, ...frequencies.map((f) => ({ value: f, label: frequencyLabel(t, f) }))]}
      />
      <Fieldset legend={t('relation.quality')} description={t('relation.qualityHint')}>
        {fields.quality ? <p className="utrecht-form-field-error-message">{fields.quality}</p> : null}
        {['', ...QUALITIES.map(String)].map((q) => {
          const id = `${qualityName}-${q || 'none'}`;
          return (
            <div key={q} className="utrecht-form-field utrecht-form-field--radio">
              <div className="wk-checkbox-row">
                <input
                  type="radio"
                  id={id}
                  name={qualityName}
                  value={q}
                  checked={values.quality === q}
                  onChange={() => set({ quality: q })}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                />
                <label htmlFor={id} className="utrecht-form-label utrecht-form-label--radio-button">
                  {q ? qualityLabel(t, Number(q)) : t('relation.quality.none')}
                </label>
              </div>
            </div>
          );
        })}
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" busy={busy}>
          {relation ? t('relation.save') : t('relation.create')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
