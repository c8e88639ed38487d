import type { PublicPartner, PublicResults } from '../../api/results-types';
import { useLocale, useT, type MessageKey } from '../../i18n';
import { Heading, Paragraph, Table } from '../../components/ui';
import { decimal, euro } from '../network/verankeren/shared';

/** How a partner appears: its name when it agreed, otherwise what kind of partner it is. */
export function partnerLabel(p: PublicPartner, t: ReturnType<typeof useT>): string {
  if (p.name) return p.name;
  if (p.kind === 'person') return t('rs.kind.person');
  if (p.kind === 'initiative') return t('rs.kind.initiative');
  const key = `rs.domain.${p.domain}` as MessageKey;
  return t(key) === key ? t('rs.domain.overig') : t(key);
}

/** The public results page's content; the public route and the kartrekker's preview both show it. */
export function PublicView({ page, headingLevel = 2 }: { page: PublicResults; headingLevel?: 2 | 3 }) {
  const t = useT();
  const locale = useLocale();
  const e = page.effects;
  return (
    <div className="wk-results">
      {page.ambition && (page.ambition.ambition || page.ambition.vision) ? (
        <section>
          {page.ambition.ambition ? (
            <>
              <Heading level={headingLevel}>{t('rs.public.ambition')}</Heading>
              <Paragraph>{page.ambition.ambition}</Paragraph>
            </>
          ) : null}
          {page.ambition.vision ? (
            <>
              <Heading level={headingLevel}>{t('rs.public.vision')}</Heading>
              <Paragraph>{page.ambition.vision}</Paragraph>
            </>
          ) : null}
        </section>
      ) : null}
      {page.goals && page.goals.length ? (
        <section>
          <Heading level={headingLevel}>{t('rs.public.goals')}</Heading>
          <ul>
            {page.goals.map((g, i) => (
              <li key={i}>
                <strong>{g.title}</strong>
                {g.indicator ? <> · {t('rs.public.goalIndicator', { indicator: g.indicator })}</> : null}
                {g.targetValue ? <> · {t('rs.public.goalTarget', { target: g.targetValue })}</> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {page.done ? (
        <section>
          <Heading level={headingLevel}>{t('rs.public.done')}</Heading>
          {page.done.length ? (
            <ul>
              {page.done.map((a, i) => (
                <li key={i}>{a.title}</li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('rs.public.doneNone')}</Paragraph>
          )}
        </section>
      ) : null}
      {e ? (
        <section>
          <Heading level={headingLevel}>{t('rs.public.effects')}</Heading>
          <Paragraph lead>
            {e.ratio === null
              ? t('rs.public.noRatio')
              : t('rs.public.ratio', { ratio: `€ ${decimal(e.ratio, locale)}` })}
          </Paragraph>
          <Table caption={t('rs.public.figures')}>
            <thead>
              <tr>
                <th scope="col">{t('rs.public.what')}</th>
                <th scope="col">{t('rs.public.value')}</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ['rs.public.investment', euro(e.pvInputs, locale)],
                  ['rs.public.benefit', euro(e.pvOutcomes, locale)],
                  ['rs.public.npv', euro(e.npv, locale)],
                  [
                    'rs.public.payback',
                    e.paybackYear === null
                      ? t('rs.public.paybackNever')
                      : t('rs.public.paybackYear', { n: e.paybackYear }),
                  ],
                ] as [MessageKey, string][]
              ).map(([label, value]) => (
                <tr key={label}>
                  <th scope="row" data-label={t('rs.public.what')}>
                    {t(label)}
                  </th>
                  <td data-label={t('rs.public.value')}>{value}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          {e.uncertainty.p05 !== null && e.uncertainty.p95 !== null ? (
            <Paragraph>
              {t('rs.public.uncertainty', {
                runs: e.uncertainty.runs.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB'),
                chance: Math.round(e.uncertainty.pRatioAbove1 * 100),
                p05: `€ ${decimal(e.uncertainty.p05, locale)}`,
                p95: `€ ${decimal(e.uncertainty.p95, locale)}`,
              })}
            </Paragraph>
          ) : null}
          <Paragraph small>{t('rs.public.effectsSource', { model: e.modelName, n: e.versionNumber })}</Paragraph>
        </section>
      ) : null}
      <section>
        <Heading level={headingLevel}>{t('rs.public.partners')}</Heading>
        {page.partners.length ? (
          <ul>
            {page.partners.map((p, i) => (
              <li key={i}>{partnerLabel(p, t)}</li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('rs.public.partnersNone')}</Paragraph>
        )}
      </section>
    </div>
  );
}
