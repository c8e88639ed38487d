import { useT } from '../../../../i18n';
import type { CardSnapshot } from '../../../../api/vormgeven-types';
import { Heading } from '../../../../components/ui';

export type SnapshotParts = Pick<CardSnapshot, 'columns' | 'network' | 'goals' | 'agreements'>;

/** What a published version holds: vision, the joint card's columns, goals and agreements. */
export function SnapshotContent({ snapshot }: { snapshot: SnapshotParts }) {
  const t = useT();
  return (
    <>
      {snapshot.network.vision ? (
        <>
          <Heading level={3}>{t('vg.goals.visionTitle')}</Heading>
          <p className="utrecht-paragraph wk-quote wk-prewrap">{snapshot.network.vision}</p>
        </>
      ) : null}
      <div className="wk-board">
        {snapshot.columns.map((c) => (
          <div key={c.key} className="wk-column wk-column--joint">
            <h3 className="utrecht-heading-3 wk-column__title">{c.title}</h3>
            {c.prompt ? <p className="utrecht-paragraph wk-column__prompt">{c.prompt}</p> : null}
            {c.items.length ? (
              <ul className="wk-items">
                {c.items.map((i, n) => (
                  <li key={n} className="wk-item">
                    <p className="utrecht-paragraph wk-item__text">{i.text}</p>
                    {i.sources.length ? (
                      <p className="utrecht-paragraph wk-meta">
                        {t('vg.card.cameFrom')} {i.sources.map((s) => s.actorName ?? s.memberName).join(', ')}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="utrecht-paragraph wk-meta">—</p>
            )}
          </div>
        ))}
      </div>
      {snapshot.goals.length ? (
        <>
          <Heading level={3}>{t('vg.goals.listTitle')}</Heading>
          <ul className="wk-plain-list wk-list">
            {snapshot.goals.map((g, n) => (
              <li key={n}>
                <span className="wk-strong">{g.title}</span>
                {g.indicator ? ` — ${t('vg.goals.indicator')}: ${g.indicator}` : ''}
                {g.targetValue ? `; ${t('vg.goals.target')}: ${g.targetValue}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {snapshot.agreements.length ? (
        <>
          <Heading level={3}>{t('vg.nav.agreements')}</Heading>
          <ul className="wk-plain-list wk-list">
            {snapshot.agreements.map((a, n) => (
              <li key={n}>
                <span className="wk-strong">{a.title}</span>
                {a.body ? ` — ${a.body}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
