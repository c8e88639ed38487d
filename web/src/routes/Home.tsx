import { useLocale, useT } from '../i18n';
import { GUIDANCE, WIJKNET_INTRO } from '@domain/phases/index.ts';
import { useMe } from '../session';
import { useResource } from '../api/useResource';
import type { NetworkSummary } from '../api/types';
import { PageTitle } from '../components/page';
import { ButtonLink, ErrorAlert, Heading, Loading, Paragraph, TextLink } from '../components/ui';
import { areaLevelLabel, roleLabel } from '../labels';

export default function Home() {
  const me = useMe();
  if (me === undefined) return <Loading />;
  return me ? <MyNetworks /> : <Welcome />;
}

function Welcome() {
  const t = useT();
  return (
    <>
      <PageTitle title={t('welcome.title')} />
      <Paragraph lead>{t('welcome.lead')}</Paragraph>
      <Paragraph>{t('welcome.text')}</Paragraph>
      <ButtonLink to="/inloggen">{t('welcome.signIn')}</ButtonLink>
      <FourPhases />
    </>
  );
}

/** What Wijknet is, in two sentences, and the four phases of the toolbox (from the guidance content). */
function FourPhases() {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="four-phases-heading">
      <Heading level={2} id="four-phases-heading">
        {t('home.phasesTitle')}
      </Heading>
      <Paragraph>{WIJKNET_INTRO[locale]}</Paragraph>
      <ol className="wk-phases">
        {GUIDANCE.map((g) => (
          <li key={g.phase} className="wk-phase">
            <Heading level={3}>{g.name[locale]}</Heading>
            <p className="utrecht-paragraph">{g.oneLine[locale]}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function MyNetworks() {
  const t = useT();
  const { data, error } = useResource<NetworkSummary[]>('/api/networks');
  return (
    <>
      <PageTitle title={t('home.title')} />
      <ErrorAlert error={error} />
      {!data && !error ? <Loading /> : null}
      {data && data.length === 0 ? (
        <section className="wk-empty" aria-labelledby="empty-heading">
          <Heading level={2} id="empty-heading">
            {t('home.emptyTitle')}
          </Heading>
          <Paragraph>{t('home.emptyText')}</Paragraph>
          <ButtonLink to="/netwerken/nieuw">{t('home.start')}</ButtonLink>
        </section>
      ) : null}
      {data && data.length > 0 ? (
        <>
          <ul className="wk-cards">
            {data.map((n) => (
              <li key={n.id} className="wk-card">
                <Heading level={2}>
                  <TextLink to={`/netwerken/${n.id}`}>{n.name}</TextLink>
                </Heading>
                <p className="utrecht-paragraph wk-meta">
                  {areaLevelLabel(t, n.areaLevel)} {n.areaName} · {t('home.yourRole', { role: roleLabel(t, n.role) })}
                </p>
                {n.ambition ? <p className="utrecht-paragraph">{n.ambition}</p> : null}
              </li>
            ))}
          </ul>
          <ButtonLink to="/netwerken/nieuw" variant="secondary">
            {t('home.startAnother')}
          </ButtonLink>
        </>
      ) : null}
      <FourPhases />
    </>
  );
}
