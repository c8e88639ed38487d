import type { RefObject } from 'react';
import { useLocale, useT } from '../../../../i18n';
import type { ActorView } from '../../../../api/types';
import type { RelationView } from '../../../../api/verkennen-types';
import { Button } from '../../../../components/ui';
import { domainLabel, kindLabel } from '../../../../labels';
import { decimal } from '../domains';
import { frequencyLabel, qualityLabel } from '../shared';

/** The actor picked on the map or in the table: its facts and its relations, one click away. */
export function ActorDetails({
  actor,
  relations,
  degree,
  betweenness,
  headingRef,
  onSelect,
  onClose,
}: {
  actor: ActorView;
  relations: RelationView[];
  degree: number;
  betweenness: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSelect: (id: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const own = relations.filter((r) => r.actorAId === actor.id || r.actorBId === actor.id);
  return (
    <section aria-labelledby="actor-details-heading" className="wk-details">
      <h3 id="actor-details-heading" ref={headingRef} tabIndex={-1} className="utrecht-heading-3">
        {actor.name}
      </h3>
      <dl className="wk-facts wk-facts--compact">
        <div>
          <dt>{t('actor.kind')}</dt>
          <dd>{kindLabel(t, actor.kind)}</dd>
        </div>
        <div>
          <dt>{t('actor.domain')}</dt>
          <dd>
            <span className="wk-legend__swatch" data-domain={actor.domain} aria-hidden="true" />
            {domainLabel(t, actor.domain)}
          </dd>
        </div>
        <div>
          <dt>{t('actor.themes')}</dt>
          <dd>{actor.themes.join(', ') || '—'}</dd>
        </div>
        {actor.targetGroups.length ? (
          <div>
            <dt>{t('actor.targetGroups')}</dt>
            <dd>{actor.targetGroups.join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('map.col.degree')}</dt>
          <dd>{degree}</dd>
        </div>
        <div>
          <dt>{t('map.col.betweenness')}</dt>
          <dd>{decimal(betweenness, locale, 3)}</dd>
        </div>
      </dl>
      <h4 className="utrecht-heading-4 wk-h4">{t('map.detailsRelations', { count: own.length })}</h4>
      {own.length === 0 ? (
        <p className="utrecht-paragraph">{t('map.detailsNone')}</p>
      ) : (
        <ul className="wk-list wk-details__relations">
          {own.map((r) => {
            const otherId = r.actorAId === actor.id ? r.actorBId : r.actorAId;
            const otherName = r.actorAId === actor.id ? r.actorBName : r.actorAName;
            return (
              <li key={r.id}>
                <button type="button" className="wk-linkbutton" onClick={() => onSelect(otherId)}>
                  {otherName}
                </button>
                <span className="wk-meta">
                  {' '}
                  —{' '}
                  {[
                    r.kind,
                    r.frequency ? frequencyLabel(t, r.frequency) : '',
                    r.quality ? qualityLabel(t, r.quality) : '',
                  ]
                    .filter(Boolean)
                    .join(', ') || t('map.detailsNoInfo')}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <Button variant="secondary" onClick={onClose}>
        {t('map.detailsClose')}
      </Button>
    </section>
  );
}
