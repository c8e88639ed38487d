import { useT, useLocale, formatNumber } from '../../i18n';
import { PageTitle } from '../../components/page';
import { Alert, ButtonLink, Heading, Paragraph, TextLink } from '../../components/ui';
import { areaLevelLabel, domainLabel, kindLabel, personName, roleLabel, statusLabel } from '../../labels';
import { useNetwork } from './context';
import { PhaseOverview } from '../../components/PhaseOverview';
import { CockpitSummary } from '../../components/CockpitSummary';
import { useLocation } from 'react-router';

export default function Overview() {
  const t = useT();
  const locale = useLocale();
  const { overview, role, networkId } = useNetwork();
  const { network, members, actors, counts } = overview;
  const base = `/netwerken/${networkId}`;
  // Right after the network was made: offer the three first-run questions (skippable).
  const justCreated = (useLocation().state as { firstRun?: boolean } | null)?.firstRun === true;

  return (
    <>
      <PageTitle title={network.name} />
      {justCreated ? (
        <Alert type="ok">
          {t('firstRun.offer')} <TextLink to={`${base}/start`}>{t('firstRun.title')}</TextLink>
        </Alert>
      ) : null}
      {role === 'kartrekker' ? <CockpitSummary networkId={networkId} /> : null}
      <dl className="wk-facts">
        <div>
          <dt>{t('overview.area')}</dt>
          <dd>
            {areaLevelLabel(t, network.areaLevel)} {network.areaName}
            {network.regionCode ? ` (${network.regionCode})` : ''}
          </dd>
        </div>
        {network.population !== null ? (
          <div>
            <dt>{t('overview.population')}</dt>
            <dd>{formatNumber(network.population, locale)}</dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="ambition-heading">
        <Heading level={2} id="ambition-heading">
          {t('overview.ambition')}
        </Heading>
        {network.ambition ? (
          <p className="utrecht-paragraph wk-quote">{network.ambition}</p>
        ) : (
          <Paragraph>
            {t('overview.noAmbition')}{' '}
            {role === 'kartrekker' ? (
              <TextLink to={`${base}/instellingen`}>{t('overview.addAmbition')}</TextLink>
            ) : null}
          </Paragraph>
        )}
        {network.vision ? (
          <>
            <Heading level={3}>{t('network.vision')}</Heading>
            <p className="utrecht-paragraph wk-prewrap">{network.vision}</p>
          </>
        ) : null}
      </section>

      <section aria-labelledby="partners-heading">
        <Heading level={2} id="partners-heading">
          {t('overview.partners', { count: formatNumber(counts.actors, locale) })}
        </Heading>
        {actors.length === 0 ? (
          <Paragraph>{t('overview.noPartners')}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list wk-list">
            {actors.map((a) => (
              <li key={a.id} className="utrecht-unordered-list__item">
                <span className="wk-strong">{a.name}</span> — {kindLabel(t, a.kind)}, {domainLabel(t, a.domain)}
                {a.status === 'approached' ? ` (${statusLabel(t, a.status)})` : ''}
              </li>
            ))}
          </ul>
        )}
        <Paragraph>
          <TextLink to={`${base}/partners`}>{t('overview.toPartners')}</TextLink>
        </Paragraph>
      </section>

      <section aria-labelledby="members-heading">
        <Heading level={2} id="members-heading">
          {t('overview.members', { count: formatNumber(counts.members, locale) })}
        </Heading>
        <ul className="utrecht-unordered-list wk-list">
          {members.map((m) => (
            <li key={m.id} className="utrecht-unordered-list__item">
              <span className="wk-strong">{personName(t, m)}</span> — {roleLabel(t, m.role)}
              {m.actorName ? `, ${t('overview.actsFor', { name: m.actorName })}` : ''}
            </li>
          ))}
        </ul>
        {role === 'kartrekker' ? (
          <ButtonLink to={`${base}/leden`} variant="secondary">
            {t('overview.inviteMembers')}
          </ButtonLink>
        ) : (
          <Paragraph>
            <TextLink to={`${base}/leden`}>{t('overview.toMembers')}</TextLink>
          </Paragraph>
        )}
      </section>

      <PhaseOverview networkId={networkId} />
    </>
  );
}
