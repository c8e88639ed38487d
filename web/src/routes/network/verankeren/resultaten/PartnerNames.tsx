import { useT } from '../../../../i18n';
import { put } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { ResultsSettingsView } from '../../../../api/results-types';
import { Button, ErrorAlert, Heading, Paragraph, Table } from '../../../../components/ui';
import { apiBase } from '../shared';
import { partnerLabel } from '../../../results/PublicView';

/** Which partners agreed to be named on the public page; their representative (or a kartrekker) changes it. */
export function PartnerNames({
  view,
  networkId,
  onSaved,
}: {
  view: ResultsSettingsView;
  networkId: string;
  onSaved: () => void;
}) {
  const t = useT();
  const change = useMutation({ parallel: true });
  const set = (actorId: string, named: boolean) =>
    change.run(async () => {
      await put(`${apiBase(networkId)}/results/partners/${encodeURIComponent(actorId)}`, { named });
      onSaved();
    });
  return (
    <section aria-labelledby="partner-names-heading">
      <Heading level={2} id="partner-names-heading">
        {t('rs.partners.title')}
      </Heading>
      <Paragraph>{t('rs.partners.text')}</Paragraph>
      <ErrorAlert error={change.error} />
      {view.partners.length === 0 ? (
        <Paragraph>{t('rs.partners.none')}</Paragraph>
      ) : (
        <Table caption={t('rs.partners.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('rs.partners.name')}</th>
              <th scope="col">{t('rs.partners.shownAs')}</th>
              <th scope="col">{t('rs.partners.consent')}</th>
            </tr>
          </thead>
          <tbody>
            {view.partners.map((p) => (
              <tr key={p.actorId}>
                <th scope="row" data-label={t('rs.partners.name')}>
                  {p.name}
                </th>
                <td data-label={t('rs.partners.shownAs')}>
                  {partnerLabel({ name: p.named ? p.name : null, kind: p.kind, domain: p.domain }, t)}
                </td>
                <td data-label={t('rs.partners.consent')}>
                  {p.kind === 'person'
                    ? t('rs.partners.person')
                    : p.named
                      ? t(p.namedBy === 'representative' ? 'rs.partners.byRep' : 'rs.partners.byLead')
                      : t('rs.partners.no')}
                  {p.canChange ? (
                    <>
                      {' '}
                      <Button
                        variant="secondary"
                        aria-label={
                          p.named
                            ? t('rs.partners.withdrawFor', { name: p.name })
                            : t('rs.partners.agreeFor', { name: p.name })
                        }
                        onClick={() => void set(p.actorId, !p.named)}
                      >
                        {p.named ? t('rs.partners.withdraw') : t('rs.partners.agree')}
                      </Button>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
