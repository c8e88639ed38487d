import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n';
import { del, patch } from '../../../api/client';
import { useMutation, type Mutation } from '../../../api/useMutation';
import type { MemberView } from '../../../api/types';
import { useMe } from '../../../session';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { Alert, Button, ErrorAlert, Heading, SelectField, Table } from '../../../components/ui';
import { personAbout, personName, roleLabel, roleOptions } from '../../../labels';
import { useNetwork } from '../context';
import type { UpdateMember } from '../../../api/requests';

/** Who is in the network with which role; the kartrekker changes roles and removes members. */
export function MemberTable({ members }: { members: MemberView[] }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { networkId, role, reload } = useNetwork();
  const change = useMutation();
  const [notice, setNotice] = useState('');
  const isLead = role === 'kartrekker';

  const remove = (m: MemberView) =>
    change.run(async () => {
      await del(`/api/networks/${networkId}/members/${m.id}`);
      if (m.userId === me?.id) navigate('/');
      else {
        setNotice(t('members.removed', { name: personName(t, m) }));
        reload();
      }
    });

  return (
    <section aria-labelledby="members-list">
      <Heading level={2} id="members-list">
        {t('members.listTitle')}
      </Heading>
      <ErrorAlert error={change.error} />
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <Table caption={t('members.caption')}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('members.name')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('members.role')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('members.actsFor')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('common.actions')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {members.map((m) => {
            const self = m.userId === me?.id;
            const display = personName(t, m);
            const about = personAbout(m);
            return (
              <tr key={m.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell wk-row-head">
                  {display}
                  {self ? ` (${t('members.you')})` : ''}
                  {about ? <span className="wk-meta wk-block">{about}</span> : null}
                  <span className="wk-meta wk-block">{m.email}</span>
                </th>
                <td className="utrecht-table__cell" data-label={t('members.role')}>
                  {isLead ? (
                    <RoleEditor member={m} report={change} onSaved={(text) => setNotice(text)} />
                  ) : (
                    roleLabel(t, m.role)
                  )}
                </td>
                <td className="utrecht-table__cell" data-label={t('members.actsFor')}>
                  {m.actorName ?? '—'}
                </td>
                <td className="utrecht-table__cell" data-label={t('common.actions')}>
                  {self ? (
                    <ConfirmButton
                      label={t('members.leave')}
                      question={t('members.leaveQuestion')}
                      confirmLabel={t('members.leaveConfirm')}
                      onConfirm={() => remove(m)}
                    />
                  ) : isLead ? (
                    <ConfirmButton
                      label={t('members.remove')}
                      about={display}
                      question={t('members.removeQuestion', { name: display })}
                      confirmLabel={t('members.removeConfirm')}
                      onConfirm={() => remove(m)}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </section>
  );
}

/** A member's role as a select; the save button appears once it differs. Errors show on the table (`report`). */
function RoleEditor({
  member,
  report,
  onSaved,
}: {
  member: MemberView;
  report: Mutation<unknown>;
  onSaved: (text: string) => void;
}) {
  const t = useT();
  const { networkId, reload } = useNetwork();
  const [value, setValue] = useState(member.role);
  const change = useMutation();
  const display = personName(t, member);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (change.busy) return;
    report.reset();
    const ok = await change.run(
      async () => {
        await patch(`/api/networks/${networkId}/members/${member.id}`, {
          role: value,
          version: member.version,
        } satisfies UpdateMember);
        onSaved(t('members.roleSaved', { name: display, role: roleLabel(t, value) }));
      },
      { onError: (err) => (report.fail(err), true) },
    );
    if (!ok) setValue(member.role);
    reload();
  };
  return (
    <form onSubmit={save} className="wk-inline-form">
      <SelectField
        hideLabel
        label={t('members.roleOf', { name: display })}
        value={value}
        onChange={(e) => setValue(e.target.value as MemberView['role'])}
        options={roleOptions(t)}
      />
      {value !== member.role ? (
        <Button type="submit" variant="secondary" busy={change.busy}>
          {t('members.saveRole')}
        </Button>
      ) : null}
    </form>
  );
}
