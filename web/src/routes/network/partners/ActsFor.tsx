import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { del, post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import { useResource } from '../../../api/useResource';
import type { ActorView } from '../../../api/types';
import type { RepresentationView } from '../../../../../src/modules/representation/schemas.ts';
import { roleAtLeast } from '@domain/vocabulary.ts';
import { useMe } from '../../../session';
import { Alert, Button, ErrorAlert, Heading, Paragraph, SelectField, Table, TextField } from '../../../components/ui';
import { useNetwork } from '../context';

/**
 * "Ik doe mee namens …": which partner the signed-in member acts for is a confirmed fact. A member
 * asks; someone who already acts for that partner (or, when nobody does, a kartrekker) confirms.
 */
export function ActsFor({ actors }: { actors: ActorView[] }) {
  const t = useT();
  const me = useMe();
  const { networkId, overview, role, reload } = useNetwork();
  const url = `/api/networks/${networkId}/representation`;
  const state = useResource<RepresentationView>(url, networkId);
  const mine = overview.members.find((m) => m.userId === me?.id);
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState('');
  const form = useMutation();
  if (!mine) return null;

  const run = async (action: () => Promise<unknown>, done: string) => {
    setNotice('');
    if (await form.run(action)) setNotice(done);
    // Also after a failure: someone else may have decided meanwhile.
    state.reload();
    reload();
  };
  const ask = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () => post(`${url}/requests`, { actorId: value, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
      t('actsFor.asked'),
    );
  };
  const requests = state.data?.requests ?? [];
  const own = requests.find((r) => r.memberId === mine.id);
  const toDecide = requests.filter((r) => r.canDecide);
  const others = requests.filter((r) => r.status === 'open' && r.memberId !== mine.id && !r.canDecide);

  return (
    <section aria-labelledby="acts-for">
      <Heading level={2} id="acts-for">
        {t('actsFor.title')}
      </Heading>
      <ErrorAlert error={form.error ?? state.error} />
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <Paragraph>{mine.actorName ? t('actsFor.current', { name: mine.actorName }) : t('actsFor.none')}</Paragraph>
      {mine.actorName ? (
        <Button
          variant="secondary"
          busy={form.busy}
          onClick={() =>
            void run(() => del(`/api/networks/${networkId}/members/${mine.id}/representation`), t('actsFor.ended'))
          }
        >
          {t('actsFor.end')}
        </Button>
      ) : null}
      {own?.status === 'open' ? <Paragraph>{t('actsFor.pending', { name: own.actorName })}</Paragraph> : null}
      {own?.status === 'refused' ? (
        <Paragraph>{t('actsFor.refused', { name: own.actorName, reason: own.reason || '—' })}</Paragraph>
      ) : null}
      {roleAtLeast(role, 'partner') ? (
        <form onSubmit={ask} className="wk-form">
          <SelectField
            label={t('actsFor.label')}
            description={t('actsFor.hint')}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            options={[
              { value: '', label: t('actsFor.choose') },
              ...actors.filter((a) => a.id !== mine.actorId).map((a) => ({ value: a.id, label: a.name })),
            ]}
            error={form.fields.actorId}
          />
          <TextField
            label={t('actsFor.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={500}
            error={form.fields.reason}
          />
          <Button type="submit" variant="secondary" busy={form.busy} disabled={!value}>
            {t('actsFor.ask')}
          </Button>
        </form>
      ) : null}
      {toDecide.length ? (
        <Table caption={t('actsFor.toDecide')}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {t('actsFor.who')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('actsFor.partner')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('actsFor.why')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('actsFor.decision')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {toDecide.map((r) => (
              <tr key={r.id} id={`verzoek-${r.id}`} className="utrecht-table__row">
                <td className="utrecht-table__cell" data-label={t('actsFor.who')}>
                  {r.memberName}
                </td>
                <td className="utrecht-table__cell" data-label={t('actsFor.partner')}>
                  {r.actorName}
                </td>
                <td className="utrecht-table__cell" data-label={t('actsFor.why')}>
                  {r.reason || '—'}
                </td>
                <td className="utrecht-table__cell" data-label={t('actsFor.decision')}>
                  <Button
                    busy={form.busy}
                    aria-label={t('actsFor.confirmFor', { who: r.memberName, name: r.actorName })}
                    onClick={() =>
                      void run(
                        () => post(`${url}/requests/${r.id}/decision`, { confirm: true }),
                        t('actsFor.confirmed'),
                      )
                    }
                  >
                    {t('actsFor.confirm')}
                  </Button>{' '}
                  <Button
                    variant="secondary"
                    busy={form.busy}
                    aria-label={t('actsFor.refuseFor', { who: r.memberName, name: r.actorName })}
                    onClick={() =>
                      void run(
                        () => post(`${url}/requests/${r.id}/decision`, { confirm: false }),
                        t('actsFor.refusedDone'),
                      )
                    }
                  >
                    {t('actsFor.refuse')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {others.length ? (
        <ul>
          {others.map((r) => (
            <li key={r.id}>{t('actsFor.openOther', { who: r.memberName, name: r.actorName })}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
