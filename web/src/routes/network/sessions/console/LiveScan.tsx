import { useState } from 'react';
import { useLocale, useT } from '../../../../i18n';
import { api } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import { useResource } from '../../../../api/useResource';
import type { InstrumentView, LiveConsoleView, StartLiveInput } from '../../../../api/scan-types';
import type { MoveLive } from '../../../../api/requests';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorAlert,
  Heading,
  Paragraph,
  SelectField,
  TextField,
  TextLink,
} from '../../../../components/ui';
import { ConfirmButton } from '../../../../components/ConfirmButton';
import { useLiveScan } from './useLiveScan';

/**
 * The moderator's part of a live scan: start a round in this werksessie, move through the
 * questions, see how many answered (never what), close the round.
 */
export function LiveScan({
  networkId,
  sessionId,
  sessionOpen,
  tick,
}: {
  networkId: string;
  sessionId: string;
  sessionOpen: boolean;
  tick: number;
}) {
  const t = useT();
  const locale = useLocale();
  const { live, setLive, base, reload } = useLiveScan(networkId, sessionId, tick);
  const instruments = useResource<InstrumentView[]>(`${base}/instruments`, networkId);
  const action = useMutation();
  const [instrumentId, setInstrumentId] = useState('');
  const [label, setLabel] = useState('');
  const [notice, setNotice] = useState('');
  const chosen = instrumentId || instruments.data?.[0]?.id || '';
  const running = live?.status === 'open' ? live : null;
  const roundPath = live ? `${base}/rounds/${encodeURIComponent(live.roundId)}` : '';

  const start = () =>
    action.run(
      async () => {
        const body = { sessionId, instrumentId: chosen, ...(label.trim() ? { label: label.trim() } : {}) };
        setLive(await api<LiveConsoleView>('POST', `${base}/live`, body satisfies StartLiveInput));
        setLabel('');
        setNotice(t('sl.console.startedNotice'));
      },
      { onError: () => setNotice('') },
    );
  const move = (index: number) =>
    action.run(async () => {
      setNotice('');
      setLive(await api<LiveConsoleView>('PATCH', `${roundPath}/live`, { index } satisfies MoveLive));
    });
  const close = () =>
    action.run(async () => {
      setNotice('');
      await api('POST', `${roundPath}/close`);
      await reload();
    });

  return (
    <section aria-labelledby="ws-scan" className="ws-livescan">
      <Heading level={2} id="ws-scan">
        {t('sl.console.title')}
      </Heading>
      <Paragraph small>{t('sl.console.lead')}</Paragraph>
      <ErrorAlert error={action.error} />
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      {running ? (
        <>
          <Paragraph>
            {t('sl.console.round', { label: running.label, n: running.index + 1, total: running.total })}
          </Paragraph>
          {running.item ? <p className="ws-livescan__item">{running.item[locale]}</p> : null}
          <p className="ws-livescan__count" role="status">
            {t('sl.count.people', { n: running.participants })} ·{' '}
            {t('sl.count.current', { n: running.answeredCurrent })}
          </p>
          <ButtonGroup>
            <Button
              variant="secondary"
              disabled={running.index === 0}
              busy={action.busy}
              onClick={() => void move(running.index - 1)}
            >
              {t('sl.console.previous')}
            </Button>
            <Button
              variant="secondary"
              disabled={running.index >= running.total - 1}
              busy={action.busy}
              onClick={() => void move(running.index + 1)}
            >
              {t('sl.console.next')}
            </Button>
            <ConfirmButton
              label={t('sl.console.close')}
              question={t('sl.console.closeQuestion')}
              confirmLabel={t('sl.console.closeConfirm')}
              onConfirm={() => void close()}
            />
          </ButtonGroup>
        </>
      ) : (
        <>
          {live ? (
            <Alert type="info">
              {t('sl.console.closed', { label: live.label })}{' '}
              <TextLink to={`/netwerken/${networkId}/verdiepen/scan/${live.roundId}`}>
                {t('sl.console.results')}
              </TextLink>
            </Alert>
          ) : null}
          {sessionOpen ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void start();
              }}
            >
              {(instruments.data?.length ?? 0) > 1 ? (
                <SelectField
                  label={t('sl.console.instrument')}
                  value={chosen}
                  onChange={(e) => setInstrumentId(e.target.value)}
                  options={(instruments.data ?? []).map((i) => ({ value: i.id, label: i[locale].name }))}
                />
              ) : null}
              <TextField
                label={t('sl.console.label')}
                value={label}
                maxLength={20}
                error={action.fields.label}
                onChange={(e) => setLabel(e.target.value)}
              />
              <Button type="submit" busy={action.busy} disabled={!chosen}>
                {t('sl.console.start')}
              </Button>
            </form>
          ) : (
            <Paragraph small>{t('sl.console.sessionEnded')}</Paragraph>
          )}
        </>
      )}
    </section>
  );
}
