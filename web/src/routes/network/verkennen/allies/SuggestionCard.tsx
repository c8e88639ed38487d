import { useState } from 'react';
import { useT, type MessageKey } from '../../../../i18n';
import type { Suggestion } from '../../../../api/verkennen-types';
import { Button, ButtonGroup } from '../../../../components/ui';
import { domainLabel, kindLabel } from '../../../../labels';

/**
 * One suggested ally: where it works (own wijk, gemeente, region or elsewhere), why, and inviting.
 * Without a public e-mail address, inviting first asks what to do: nothing is marked "benaderd"
 * until the kartrekker says they will reach them another way.
 */
export function SuggestionCard({
  s,
  isLead,
  canAdd,
  onApproach,
  onAdd,
}: {
  s: Suggestion;
  isLead: boolean;
  canAdd: boolean;
  onApproach: (s: Suggestion, withoutMail: boolean) => void;
  onAdd: (s: Suggestion) => void;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const where = t(`allies.near.${s.nearness}` as MessageKey, { place: s.place || s.homeNetworkName });
  return (
    <li className="wk-card">
      <h3 className="utrecht-heading-3">{s.name}</h3>
      <p className="utrecht-paragraph wk-meta">
        {kindLabel(t, s.kind)} · {domainLabel(t, s.domain)} · {t('directory.from', { network: s.homeNetworkName })}
      </p>
      <p className="utrecht-paragraph">
        <span className="wk-strong">{t('allies.where')}</span> {where}
      </p>
      <p className="utrecht-paragraph">
        <span className="wk-strong">{t('allies.why')}</span> <span lang="nl">{s.reason}</span>
      </p>
      {asking ? (
        <div className="wk-panel" role="group" aria-label={t('allies.chooseLabel', { name: s.name })}>
          <p className="utrecht-paragraph">{t('allies.choose', { name: s.name })}</p>
          <ButtonGroup>
            <Button
              onClick={() => {
                setAsking(false);
                onApproach(s, true);
              }}
            >
              {t('allies.chooseSelf')}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              {t('allies.chooseLater')}
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <div className="wk-cell-actions">
          {isLead ? (
            <Button
              aria-label={`${t('allies.approach')}: ${s.name}`}
              onClick={() => (s.hasEmail ? onApproach(s, false) : setAsking(true))}
            >
              {t('allies.approach')}
            </Button>
          ) : null}
          {canAdd ? (
            <Button variant="secondary" aria-label={`${t('directory.add')}: ${s.name}`} onClick={() => onAdd(s)}>
              {t('directory.add')}
            </Button>
          ) : null}
        </div>
      )}
      {isLead && !asking ? (
        <p className="utrecht-paragraph wk-meta">{s.hasEmail ? t('allies.willMail') : t('allies.noMail')}</p>
      ) : null}
    </li>
  );
}
