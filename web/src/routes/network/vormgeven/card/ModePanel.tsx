import { useT } from '../../../../i18n';
import { put } from '../../../../api/client';
import type { Mutation } from '../../../../api/useMutation';
import type { CardView } from '../../../../api/vormgeven-types';
import { Button } from '../../../../components/ui';
import { useNetwork } from '../../context';
import { apiBase } from '../shared';
import type { SetCardMode } from '../../../../api/requests';

/** Full card or short card (values only); the kartrekker switches. Errors show on the page (`change`). */
export function ModePanel({
  data,
  lead,
  change,
  onDone,
}: {
  data: CardView;
  lead: boolean;
  change: Mutation<unknown>;
  onDone: (m?: string) => void;
}) {
  const t = useT();
  const { networkId } = useNetwork();
  const setMode = (mode: 'full' | 'short') =>
    change.run(async () => {
      await put(`${apiBase(networkId)}/card/mode`, { mode, version: data.modeVersion } satisfies SetCardMode);
      onDone(mode === 'short' ? t('vg.card.modeShortSet') : t('vg.card.modeFullSet'));
    });
  return (
    <div className="wk-panel">
      <p className="utrecht-paragraph">
        <span className="wk-strong">{t('vg.card.modeLabel')} </span>
        {data.mode === 'short' ? t('vg.card.modeShort') : t('vg.card.modeFull')}
      </p>
      {lead ? (
        <Button
          variant="secondary"
          busy={change.busy}
          onClick={() => setMode(data.mode === 'short' ? 'full' : 'short')}
        >
          {data.mode === 'short' ? t('vg.card.toFull') : t('vg.card.toShort')}
        </Button>
      ) : null}
    </div>
  );
}
