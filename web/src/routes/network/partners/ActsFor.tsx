import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { patch } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { ActorView } from '../../../api/types';
import { useMe } from '../../../session';
import { Alert, Button, ErrorAlert, Heading, SelectField } from '../../../components/ui';
import { useNetwork } from '../context';
import type { UpdateMember } from '../../../api/requests';

/** "Ik doe mee namens …": which partner the signed-in member acts for. */
export function ActsFor({ actors }: { actors: ActorView[] }) {
  const t = useT();
  const me = useMe();
  const { networkId, overview, reload } = useNetwork();
  const mine = overview.members.find((m) => m.userId === me?.id);
  const [value, setValue] = useState(mine?.actorId ?? '');
  const form = useMutation();
  const [saved, setSaved] = useState(false);
  useEffect(() => setValue(mine?.actorId ?? ''), [mine?.actorId]);
  if (!mine) return null;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    setSaved(false);
    await form.run(async () => {
      await patch(`/api/networks/${networkId}/members/${mine.id}`, { actorId: value || null, version: mine.version } satisfies UpdateMember);
      setSaved(true);
    });
    // Also after a failure: someone else may have changed the member meanwhile.
    reload();
  };

  return (
    <section aria-labelledby="acts-for">
      <Heading level={2} id="acts-for">
        {t('actsFor.title')}
      </Heading>
      <form onSubmit={save} className="wk-form">
        <ErrorAlert error={form.error} />
        {saved ? (
          <Alert type="ok" live>
            {t('actsFor.saved')}
          </Alert>
        ) : null}
        <SelectField
          label={t('actsFor.label')}
          description={t('actsFor.hint')}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          options={[{ value: '', label: t('actsFor.myself') }, ...actors.map((a) => ({ value: a.id, label: a.name }))]}
        />
        <Button type="submit" variant="secondary" busy={form.busy}>
          {t('actsFor.save')}
        </Button>
      </form>
    </section>
  );
}
