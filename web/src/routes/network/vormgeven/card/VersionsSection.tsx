import { useT, useLocale, formatDate } from '../../../../i18n';
import { post } from '../../../../api/client';
import { useResource } from '../../../../api/useResource';
import type { Mutation } from '../../../../api/useMutation';
import type { CardView, VersionView } from '../../../../api/vormgeven-types';
import { Alert, Button, Heading, Loading, Paragraph, TextLink } from '../../../../components/ui';
import { useNetwork } from '../../context';
import { apiBase } from '../shared';
import { Downloads } from '../CardVersion';
import { ConsentList } from './ConsentList';

/** Published versions, consent per party, and publishing. Errors show on the page (`change`). */
export function VersionsSection({
  data,
  lead,
  canWrite,
  change,
  onDone,
}: {
  data: CardView;
  lead: boolean;
  canWrite: boolean;
  change: Mutation<unknown>;
  onDone: (m?: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const latestId = data.latestVersion?.id ?? null;
  const latest = useResource<VersionView>(
    latestId ? `${apiBase(networkId)}/card/versions/${latestId}` : null,
    networkId,
  );
  const publish = () =>
    change.run(async () => {
      const v = await post<VersionView>(`${apiBase(networkId)}/card/versions`);
      onDone(t('vg.card.published', { number: v.number }));
      latest.reload();
    });
  const consent = async () => {
    if (!latestId) return;
    await change.run(async () => {
      await post(`${apiBase(networkId)}/card/versions/${latestId}/consent`);
      onDone(t('vg.card.consented', { party: data.yourParty.name }));
      latest.reload();
    });
  };
  const myConsent = latest.data?.consents.find((c) => c.party === data.yourParty.party);
  return (
    <section aria-labelledby="versions-heading">
      <Heading level={2} id="versions-heading">
        {t('vg.card.versionsTitle')}
      </Heading>
      <Paragraph>{t('vg.card.versionsExplain')}</Paragraph>
      {data.latestVersion ? (
        <div className="wk-panel">
          <Heading level={3}>
            {t('vg.card.latest', {
              number: data.latestVersion.number,
              date: formatDate(data.latestVersion.publishedAt, locale),
            })}
          </Heading>
          {data.changedSincePublished ? <Alert type="warning">{t('vg.card.changedSince')}</Alert> : null}
          {latest.data ? (
            <>
              <ConsentList version={latest.data} yourParty={data.yourParty.party} onChanged={latest.reload} />
              {canWrite && myConsent && !myConsent.consented && latest.data.isLatest ? (
                <Button busy={change.busy} onClick={consent}>
                  {t('vg.card.giveConsent', { party: data.yourParty.name })}
                </Button>
              ) : null}
            </>
          ) : (
            <Loading />
          )}
          <Paragraph>
            <TextLink to={`/netwerken/${networkId}/vormgeven/kaart/versie/${data.latestVersion.id}`}>
              {t('vg.card.readVersion', { number: data.latestVersion.number })}
            </TextLink>
          </Paragraph>
          <Downloads
            base={`${apiBase(networkId)}/card/versions/${data.latestVersion.id}/documents`}
            label={t('vg.card.versionDocs', { number: data.latestVersion.number })}
          />
        </div>
      ) : (
        <Paragraph>{t('vg.card.noVersion')}</Paragraph>
      )}
      {lead ? (
        data.changedSincePublished || !data.latestVersion ? (
          <Paragraph>
            <Button busy={change.busy} onClick={publish}>
              {t('vg.card.publish')}
            </Button>
          </Paragraph>
        ) : (
          <Paragraph small>{t('vg.card.nothingChanged', { number: data.latestVersion.number })}</Paragraph>
        )
      ) : null}
      <Downloads base={`${apiBase(networkId)}/documents`} label={t('vg.card.draftDocs')} />
      {data.versions.length > 1 ? (
        <>
          <Heading level={3}>{t('vg.card.earlier')}</Heading>
          <ul className="wk-plain-list">
            {data.versions
              .filter((v) => v.id !== latestId)
              .map((v) => (
                <li key={v.id}>
                  <TextLink to={`/netwerken/${networkId}/vormgeven/kaart/versie/${v.id}`}>
                    {t('vg.card.versionLine', {
                      number: v.number,
                      date: formatDate(v.publishedAt, locale),
                      consented: v.consented,
                      parties: v.parties,
                    })}
                  </TextLink>
                </li>
              ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
