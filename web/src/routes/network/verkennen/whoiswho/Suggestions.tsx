import { useT, type MessageKey } from '../../../../i18n';
import { patch } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { FunctionView } from '../../../../api/verkennen-types';
import { Button, ErrorAlert } from '../../../../components/ui';
import { ConflictAlert } from '../../../../components/ConflictAlert';
import type { UpdateFunction } from '../../../../api/requests';

type Suggestion = FunctionView['suggestions'][number];

/** Why a partner is proposed, in words: "naam: huisartsenpraktijk · domein zorg". */
function reasonText(t: ReturnType<typeof useT>, s: Suggestion): string {
  return s.reasons
    .map((r) =>
      r.field === 'kind'
        ? t(`whoIsWho.reason.kind.${r.value === 'person' ? 'person' : 'initiative'}` as MessageKey)
        : t(`whoIsWho.reason.${r.field}` as MessageKey, { value: r.value }),
    )
    .join(' · ');
}

/** Partners that probably fill this function: one click links one (partners and kartrekkers). */
export function Suggestions({
  fn,
  networkId,
  canLink,
  onLinked,
}: {
  fn: FunctionView;
  networkId: string;
  canLink: boolean;
  onLinked: (f: FunctionView, partner: string) => void;
}) {
  const t = useT();
  const form = useMutation<FunctionView>({ version: fn.version, quietConflict: true });
  if (fn.suggestions.length === 0) return null;
  const confirm = (s: Suggestion) =>
    form.run(async (version) => {
      const body: UpdateFunction = { actorIds: [...fn.actors.map((a) => a.id), s.id], version };
      onLinked(await patch<FunctionView>(`/api/networks/${networkId}/functions/${fn.id}`, body), s.name);
    });
  return (
    <div className="wk-suggestions">
      <p className="utrecht-paragraph wk-meta">{t('whoIsWho.suggested')}</p>
      <ul className="wk-plain-list">
        {fn.suggestions.map((s) => (
          <li key={s.id}>
            <span className="wk-strong">{s.name}</span> <span className="wk-meta">({reasonText(t, s)})</span>{' '}
            {canLink ? (
              <Button
                variant="secondary"
                busy={form.busy}
                aria-label={t('whoIsWho.confirmLabel', { partner: s.name, name: fn.name })}
                onClick={() => void confirm(s)}
              >
                {t('whoIsWho.confirm')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {form.current ? <ConflictAlert saved={form.current.actors.map((a) => a.name).join(', ') || '—'} /> : null}
      <ErrorAlert error={form.current ? null : form.error} />
    </div>
  );
}
