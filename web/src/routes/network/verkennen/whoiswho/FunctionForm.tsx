import { useState, type FormEvent } from 'react';
import { useT } from '../../../../i18n';
import { patch } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { ActorView } from '../../../../api/types';
import type { FunctionView } from '../../../../api/verkennen-types';
import { ConflictAlert } from '../../../../components/ConflictAlert';
import { Button, ButtonGroup, CheckboxField, ErrorAlert, Fieldset, TextField } from '../../../../components/ui';
import { useNetwork } from '../../context';
import type { UpdateFunction } from '../../../../api/requests';

/** Link actors to a function; the kartrekker also renames it and sets its directory search. */
export function FunctionForm({
  fn,
  actors,
  isLead,
  onDone,
  onCancel,
}: {
  fn: FunctionView;
  actors: ActorView[];
  isLead: boolean;
  onDone: (f: FunctionView) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { networkId } = useNetwork();
  const [name, setName] = useState(fn.name);
  const [searchQuery, setSearchQuery] = useState(fn.searchQuery);
  const [linked, setLinked] = useState(() => new Set(fn.actors.map((a) => a.id)));
  const form = useMutation<FunctionView>({ version: fn.version });
  const { fields, current } = form;
  const sorted = [...actors].sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    if (isLead && !name.trim()) {
      form.invalid({ name: t('whoIsWho.nameMissing') });
      return;
    }
    await form.run(async (version) => {
      const body: UpdateFunction = {
        actorIds: [...linked],
        version,
        ...(isLead ? { name: name.trim(), searchQuery: searchQuery.trim() } : {}),
      };
      onDone(await patch<FunctionView>(`/api/networks/${networkId}/functions/${fn.id}`, body));
    });
  };

  return (
    <form onSubmit={submit} noValidate className="wk-form">
      <ErrorAlert error={form.error} />
      {current ? (
        <ConflictAlert saved={`${current.name}: ${current.actors.map((a) => a.name).join(', ') || '—'}`} />
      ) : null}
      {isLead ? (
        <>
          <TextField
            label={t('whoIsWho.name')}
            required
            value={name}
            error={fields.name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
          />
          <TextField
            label={t('whoIsWho.searchQuery')}
            description={t('whoIsWho.searchQueryHint')}
            value={searchQuery}
            error={fields.searchQuery}
            maxLength={200}
            onChange={(e) => setSearchQuery(e.target.value)}
          />
        </>
      ) : null}
      <Fieldset legend={t('whoIsWho.whoFills', { name: fn.name })} description={t('whoIsWho.whoFillsHint')}>
        {fields.actorIds ? <p className="utrecht-form-field-error-message">{fields.actorIds}</p> : null}
        <div className="wk-checks">
          {sorted.map((a) => (
            <CheckboxField
              key={a.id}
              label={a.name}
              checked={linked.has(a.id)}
              onChange={(e) => {
                const next = new Set(linked);
                if (e.target.checked) next.add(a.id);
                else next.delete(a.id);
                setLinked(next);
              }}
            />
          ))}
        </div>
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" busy={form.busy}>
          {t('whoIsWho.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
