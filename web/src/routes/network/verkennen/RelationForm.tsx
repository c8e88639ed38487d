import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { patch, post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { ActorView } from '../../../api/types';
import type { RelationView } from '../../../api/verkennen-types';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { Alert, Button, ButtonGroup, ErrorAlert, Fieldset, SelectField, TextField } from '../../../components/ui';
import { FREQUENCIES, KINDS, QUALITIES, frequencyLabel, qualityLabel } from './shared';
import type { CreateRelation, UpdateRelation } from '../../../api/requests';

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
    relation
      ? valuesOf(relation)
      : { actorAId: fixedActorId ?? '', actorBId: '', kind: '', frequency: '', quality: '' },
  );
  const form = useMutation<RelationView>({ version: relation?.version ?? 0, quietConflict: true });
  const { fields, current } = form;
  const [existing, setExisting] = useState<RelationView | null>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (current || existing) conflictRef.current?.focus();
  }, [current, existing]);

  const set = (patchValues: Partial<Values>) => setValues((v) => ({ ...v, ...patchValues }));
  const sorted = [...actors].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const options = (exclude: string) => [
    { value: '', label: t('relation.choose') },
    ...sorted.filter((a) => a.id !== exclude).map((a) => ({ value: a.id, label: a.name })),
  ];
  const name = (id: string) => actors.find((a) => a.id === id)?.name ?? '';
  const frequencies = [
    ...FREQUENCIES,
    ...(values.frequency && !(FREQUENCIES as readonly string[]).includes(values.frequency) ? [values.frequency] : []),
  ];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    const missing: Record<string, string> = {};
    if (!relation) {
      if (!values.actorAId) missing.actorAId = t('relation.pickFirst');
      if (!values.actorBId) missing.actorBId = t('relation.pickSecond');
    }
    if (Object.keys(missing).length) {
      form.invalid(missing);
      return;
    }
    setExisting(null);
    const body = {
      kind: values.kind.trim(),
      frequency: values.frequency,
      quality: values.quality ? Number(values.quality) : null,
    };
    await form.run(
      async (version) => {
        if (relation) {
          onDone(
            await patch<RelationView>(`/api/networks/${networkId}/relations/${relation.id}`, {
              ...body,
              version,
            } satisfies UpdateRelation),
            false,
          );
        } else {
          const saved = await post<RelationView>(`/api/networks/${networkId}/relations`, {
            actorAId: values.actorAId,
            actorBId: values.actorBId,
            ...body,
          } satisfies CreateRelation);
          setValues({ actorAId: fixedActorId ?? values.actorAId, actorBId: '', kind: '', frequency: '', quality: '' });
          onDone(saved, true);
        }
      },
      {
        // The pair already has a relation: offer to edit that one instead.
        onError: (err) => {
          const now = err.body.current as RelationView | undefined;
          if (err.code === 'version_conflict' || err.status !== 409 || !now) return false;
          setExisting(now);
          return true;
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="wk-form">
      <ErrorAlert error={form.error} />
      {existing ? (
        <div ref={conflictRef} tabIndex={-1} className="wk-focus-target">
          <Alert type="warning">
            <p className="utrecht-paragraph">
              {t('relation.exists', { a: existing.actorAName, b: existing.actorBName })}
            </p>
            <Button variant="secondary" onClick={() => onEditExisting(existing)}>
              {t('relation.editExisting')}
            </Button>
          </Alert>
        </div>
      ) : null}
      {current ? (
        <div ref={conflictRef} tabIndex={-1} className="wk-focus-target">
          <ConflictAlert
            message={t('relation.conflict')}
            facts={[
              { label: t('relation.kind'), value: current.kind || '—' },
              { label: t('relation.frequency'), value: frequencyLabel(t, current.frequency) },
              { label: t('relation.quality'), value: qualityLabel(t, current.quality) },
            ]}
          />
        </div>
      ) : null}
      {relation ? (
        <p className="utrecht-paragraph wk-strong">
          {t('relation.between', { a: relation.actorAName, b: relation.actorBName })}
        </p>
      ) : (
        <>
          {fixedActorId ? (
            <p className="utrecht-paragraph">{t('relation.forYourPartner', { name: name(fixedActorId) })}</p>
          ) : (
            <SelectField
              label={t('relation.actorA')}
              required
              value={values.actorAId}
              error={fields.actorAId}
              onChange={(e) => set({ actorAId: e.target.value })}
              options={options(values.actorBId)}
            />
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
      <TextField
        label={t('relation.kind')}
        description={t('relation.kindHint')}
        value={values.kind}
        error={fields.kind}
        maxLength={60}
        list={`${qualityName}-kinds`}
        onChange={(e) => set({ kind: e.target.value })}
      />
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
        options={[
          { value: '', label: t('relation.frequency.none') },
          ...frequencies.map((f) => ({ value: f, label: frequencyLabel(t, f) })),
        ]}
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
        <Button type="submit" busy={form.busy}>
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
