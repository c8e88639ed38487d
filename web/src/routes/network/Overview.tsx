import { useT, useLocale, formatNumber } from '../../i18n';
import { PageTitle } from '../../components/page';
import { ButtonLink, Heading, Paragraph, TextLink } from '../../components/ui';
import { areaLevelLabel, domainLabel, kindLabel, roleLabel, statusLabel } from '../../labels';
import { useNetwork } from './context';
import { VerkennenProgress } from '../../components/VerkennenProgress';
import { VormgevenProgress } from './vormgeven/Progress';

const PHASES = ['verkennen', 'vormgeven', 'verdiepen', 'verankeren'] as const;

export default function Overview() {
  const t = useT();
  const locale = useLocale();
  const { overview, role, networkId } = useNetwork();
  const { network, members, actors, counts } = overview;
  const base = `/netwerken/${networkId}`;

  return (
    <>
      <PageTitle title={network.name} />
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
            {role === 'kartrekker' ? <TextLink to={`${base}/instellingen`}>{t('overview.addAmbition')}</TextLink> : null}
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
              <span className="wk-strong">{m.name || m.email}</span> — {roleLabel(t, m.role)}
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

      <VerkennenProgress networkId={networkId} />
      <VormgevenProgress networkId={networkId} />

      <section aria-labelledby="phases-heading">
        <Heading level={2} id="phases-heading">
          {t('overview.phasesTitle')}
        </Heading>
        <Paragraph>{t('overview.phasesIntro')}</Paragraph>
        <ol className="wk-phases">
          {PHASES.map((p) => (
            <li key={p} className="wk-phase">
              <Heading level={3}>{t(`phase.${p}`)}</Heading>
              <p className="utrecht-paragraph">{t(`phase.${p}.text`)}</p>
            </li>
          ))}
        </ol>
        <Paragraph small>{t('overview.phasesLater')}</Paragraph>
      </section>
    </>
  );
}
