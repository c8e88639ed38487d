import { useT, type T } from '../../../../i18n';
import type { LadderView } from '../../../../api/vormgeven-types';
import { Heading } from '../../../../components/ui';
import { dimensionLabel } from '../../../../labels';

/** A ladder read from the activity, through the "waarom?" steps, to the underlying goal. */
export function LadderCard({
  ladder,
  headingLevel,
  showWho,
}: {
  ladder: LadderView;
  headingLevel: 3;
  showWho?: boolean;
}) {
  const t = useT();
  const steps = ladder.steps.filter((s) => s.trim());
  return (
    <div className="wk-ladder-view">
      <Heading level={headingLevel}>
        {showWho ? ladder.partnerName : ladder.activity || t('vg.ladders.untitled')}
      </Heading>
      {showWho && ladder.actorName ? (
        <p className="utrecht-paragraph wk-meta">{t('vg.ladders.filledBy', { name: ladder.memberName })}</p>
      ) : null}
      <ol className="wk-ladder">
        <li className="wk-ladder__rung wk-ladder__rung--activity">
          <span className="wk-ladder__label">{t('vg.ladder.activity')}</span>
          <span className="wk-ladder__text">{ladder.activity || '—'}</span>
        </li>
        {steps.map((s, i) => (
          <li key={i} className="wk-ladder__rung">
            <span className="wk-ladder__label">{t('vg.ladder.why')}</span>
            <span className="wk-ladder__text">{s}</span>
          </li>
        ))}
        <li className="wk-ladder__rung wk-ladder__rung--goal">
          <span className="wk-ladder__label">{t('vg.ladder.goal')}</span>
          <span className="wk-ladder__text">{ladder.goal || t('vg.ladder.noGoal')}</span>
        </li>
      </ol>
      <Tags t={t} targetGroups={ladder.targetGroups} themes={ladder.themes} dimensions={ladder.healthDimensions} />
    </div>
  );
}

export function Tags({
  t,
  targetGroups,
  themes,
  dimensions,
}: {
  t: T;
  targetGroups: string[];
  themes: string[];
  dimensions: string[];
}) {
  if (!targetGroups.length && !themes.length && !dimensions.length) return null;
  return (
    <dl className="wk-tags">
      {targetGroups.length ? (
        <div>
          <dt>{t('vg.tags.targetGroups')}</dt>
          <dd>
            <Chips items={targetGroups} kind="group" />
          </dd>
        </div>
      ) : null}
      {themes.length ? (
        <div>
          <dt>{t('vg.tags.themes')}</dt>
          <dd>
            <Chips items={themes} kind="theme" />
          </dd>
        </div>
      ) : null}
      {dimensions.length ? (
        <div>
          <dt>{t('vg.tags.dimensions')}</dt>
          <dd>
            <Chips items={dimensions.map((d) => dimensionLabel(t, d))} kind="dimension" />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

export function Chips({ items, kind }: { items: string[]; kind: 'group' | 'theme' | 'dimension' | 'word' }) {
  return (
    <ul className="wk-chips">
      {items.map((i) => (
        <li key={i} className={`wk-chip wk-chip--${kind}`}>
          {i}
        </li>
      ))}
    </ul>
  );
}
