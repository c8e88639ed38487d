import { useT, useLocale, formatDate } from '../../../i18n';
import { del } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import { useResource } from '../../../api/useResource';
import type { InvitationView } from '../../../api/types';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { Alert, ErrorAlert, Heading, Paragraph, Table, errorText } from '../../../components/ui';
import { roleLabel } from '../../../labels';
import { useNetwork } from '../context';

/** Invitations not used yet, until they expire; the kartrekker can revoke them. */
export function OpenInvitations() {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const { data, error, reload } = useResource<InvitationView[]>(`/api/networks/${networkId}/invitations`, networkId);
  const revocation = useMutation();

  const revoke = (id: string) =>
    revocation.run(async () => {
      await del(`/api/networks/${networkId}/invitations/${id}`);
      reload();
    });

  return (
    <section aria-labelledby="open-invitations">
      <Heading level={2} id="open-invitations">
        {t('invitations.title')}
      </Heading>
      {error ? <Alert type="error">{errorText(error, t)}</Alert> : null}
      <ErrorAlert error={revocation.error} />
      {data && data.length === 0 ? <Paragraph>{t('invitations.none')}</Paragraph> : null}
      {data && data.length > 0 ? (
        <Table caption={t('invitations.caption')}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('invitations.for')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('members.role')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('invitations.expires')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('common.actions')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {data.map((inv) => (
              <tr key={inv.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell wk-row-head">
                  {inv.email ?? t('invitations.sharedLink')}
                </th>
                <td className="utrecht-table__cell" data-label={t('members.role')}>
                  {roleLabel(t, inv.role)}
                </td>
                <td className="utrecht-table__cell" data-label={t('invitations.expires')}>
                  {formatDate(inv.expiresAt, locale)}
                </td>
                <td className="utrecht-table__cell" data-label={t('common.actions')}>
                  <ConfirmButton
                    label={t('invitations.revoke')}
                    about={inv.email ?? t('invitations.sharedLink')}
                    question={t('invitations.revokeQuestion', { who: inv.email ?? t('invitations.sharedLink') })}
                    confirmLabel={t('invitations.revokeConfirm')}
                    onConfirm={() => revoke(inv.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </section>
  );
}
