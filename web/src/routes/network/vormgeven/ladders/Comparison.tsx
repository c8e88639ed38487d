import { useT } from '../../../../i18n';
import type { GoalComparison } from '../../../../api/vormgeven-types';
import { Paragraph, TextLink } from '../../../../components/ui';
import { useNetwork } from '../../context';
import { Chips, Tags } from './LadderCard';

/** What the ladders share, where the same words hide different goals, and who stands alone. */
export function Comparison({ data }: { data: GoalComparison }) {
  const t = useT();
  const { networkId, role } = useNetwork();
  const nothing = data.groups.length === 0 && data.warnings.length === 0 && data.unshared.length === 0;
  return (
    <div className="wk-compare">
      {nothing ? (
        <div className="wk-empty">
          <Paragraph>{t('vg.cmp.empty')}</Paragraph>
        </div>
      ) : (
        <p className="utrecht-paragraph wk-compare__summary">
          {t('vg.cmp.summary', {
            groups: data.groups.length,
            warnings: data.warnings.length,
            unshared: data.unshared.length,
          })}
        </p>
      )}

      {data.groups.map((g, i) => (
        <article key={`g${i}`} className="wk-match wk-match--shared" aria-labelledby={`group-${i}`}>
          <h3 className="utrecht-heading-3 wk-match__title" id={`group-${i}`}>
            <span className="wk-match__badge">{t('vg.cmp.sharedBadge')}</span>
            {g.activitiesDiffer ? t('vg.cmp.sharedDifferent') : t('vg.cmp.shared')}
          </h3>
          <ul className="wk-match__members">
            {g.members.map((m) => (
              <li key={m.ladderId} className="wk-match__member">
                <span className="wk-strong">{m.partnerName}</span>
                <span className="wk-match__activity">
                  {t('vg.cmp.wants')} {m.activity || '—'}
                </span>
                <span className="wk-match__goal">
                  {t('vg.cmp.because')} {m.goal || '—'}
                </span>
              </li>
            ))}
          </ul>
          <Tags
            t={t}
            targetGroups={g.commonTargetGroups}
            themes={g.commonThemes}
            dimensions={g.commonHealthDimensions}
          />
          <p className="utrecht-paragraph wk-match__why">
            <span className="wk-strong">{t('vg.cmp.why')} </span>
            {g.explanation}
          </p>
          {role === 'kartrekker' ? (
            <p className="utrecht-paragraph wk-match__next">
              <TextLink
                to={`/netwerken/${networkId}/vormgeven/doelen`}
                state={{
                  goalDraft: {
                    title: g.members.find((m) => m.goal)?.goal ?? '',
                    ladderIds: g.members.map((m) => m.ladderId),
                  },
                }}
              >
                {t('vg.cmp.makeGoal')}
              </TextLink>
            </p>
          ) : null}
        </article>
      ))}

      {data.warnings.map((w, i) => (
        <article key={`w${i}`} className="wk-match wk-match--warning" aria-labelledby={`warning-${i}`}>
          <h3 className="utrecht-heading-3 wk-match__title" id={`warning-${i}`}>
            <span className="wk-match__badge">{t('vg.cmp.warningBadge')}</span>
            {t('vg.cmp.warning')}
          </h3>
          <ul className="wk-match__members">
            {[w.a, w.b].map((m) => (
              <li key={m.ladderId} className="wk-match__member">
                <span className="wk-strong">{m.partnerName}</span>
                <span className="wk-match__goal">
                  {t('vg.cmp.because')} {m.goal || '—'}
                </span>
                <span className="wk-match__groups">
                  {t('vg.cmp.for')}{' '}
                  {m.targetGroups.length ? m.targetGroups.map((g) => g.label).join(', ') : t('vg.cmp.noGroup')}
                </span>
              </li>
            ))}
          </ul>
          {w.sharedWords.length || w.sharedThemes.length ? (
            <div className="utrecht-paragraph wk-match__words">
              {t('vg.cmp.sameWords')}{' '}
              <Chips
                items={[...w.sharedThemes, ...w.sharedWords.filter((x) => !w.sharedThemes.includes(x))]}
                kind="word"
              />
            </div>
          ) : null}
          <p className="utrecht-paragraph wk-match__why">
            <span className="wk-strong">{t('vg.cmp.why')} </span>
            {w.explanation}
          </p>
        </article>
      ))}

      {data.unshared.map((u) => (
        <article
          key={u.member.ladderId}
          className="wk-match wk-match--alone"
          aria-labelledby={`alone-${u.member.ladderId}`}
        >
          <h3 className="utrecht-heading-3 wk-match__title" id={`alone-${u.member.ladderId}`}>
            <span className="wk-match__badge">{t('vg.cmp.aloneBadge')}</span>
            {t('vg.cmp.alone', { name: u.member.partnerName })}
          </h3>
          <p className="utrecht-paragraph">
            {t('vg.cmp.because')} {u.member.goal || '—'}
          </p>
          <p className="utrecht-paragraph wk-match__why">
            <span className="wk-strong">{t('vg.cmp.why')} </span>
            {u.explanation}
          </p>
        </article>
      ))}

      {data.incomplete.length ? (
        <Paragraph small>
          {t('vg.cmp.incomplete', { names: data.incomplete.map((m) => m.partnerName).join(', ') })}
        </Paragraph>
      ) : null}
    </div>
  );
}
