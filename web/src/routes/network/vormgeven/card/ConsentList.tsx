import { useState } from 'react';
import { useT, useLocale, formatDate } from '../../../../i18n';
import { del, post } from '../../../../api/client';
import { ConfirmButton } from '../../../../components/ConfirmButton';
import { useMutation } from '../../../../api/useMutation';
import type { ConsentView, VersionView } from '../../../../api/vormgeven-types';
import type { AskConsent } from '../../../../api/requests';
import { Alert, Button, ErrorAlert } from '../../../../components/ui';
import { useNetwork } from '../../context';
import { apiBase } from '../shared';
import { RecordConsent } from './RecordConsent';

/**
 * Consent per partner: who gave it, how (online in Wijknet, through a personal link, or given
 * elsewhere and recorded) and when; a refusal with its reason. The kartrekker, and whoever acts
 * for a partner, can "Vraag akkoord"; the kartrekker records consent given elsewhere.
 */
export function ConsentList({
  version,
  yourParty,
  onChanged,
}: {
  version: VersionView;
  /** The caller's own party ("actor:<id>" when they act for a partner). */
  yourParty?: string;
  onChanged?: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const lead = role === 'kartrekker';
  const ask = useMutation({ parallel: true });
  const [notice, setNotice] = useState('');
  const given = version.consents.filter((c) => c.consented).length;
  const mayAsk = (c: ConsentView) =>
    version.isLatest &&
    !c.consented &&
    c.party.startsWith('actor:') &&
    c.contact === 'ok' &&
    (lead || yourParty === c.party) &&
    c.link?.status !== 'open';

  const askFor = (c: ConsentView) =>
    ask.run(async () => {
      await post(`${apiBase(networkId)}/card/versions/${version.id}/consent-requests`, {
        actorId: c.party.slice('actor:'.length),
      } satisfies AskConsent);
      setNotice(t('cs.ask.sent', { partner: c.name }));
      onChanged?.();
    });

  const remove = (c: ConsentView) =>
    ask.run(async () => {
      await del(`${apiBase(networkId)}/card/versions/${version.id}/consents/${c.consentId}`);
      setNotice(t('cs.remove.done', { partner: c.name }));
      onChanged?.();
    });

  return (
    <>
      <p className="utrecht-paragraph">
        {version.complete ? t('vg.consent.complete') : t('vg.consent.count', { given, total: version.consents.length })}
      </p>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={ask.error} />
      <ul className="wk-consents">
        {version.consents.map((c) => (
          <li key={c.party} className={`wk-consent ${c.consented ? 'wk-consent--yes' : 'wk-consent--no'}`}>
            <span className="wk-strong">{c.name}</span>
            <span>{describe(c)}</span>
            {mayAsk(c) ? (
              <Button
                variant="secondary"
                busy={ask.busy}
                onClick={() => askFor(c)}
                aria-label={t('cs.ask.label', { partner: c.name })}
              >
                {c.link ? t('cs.ask.again') : t('cs.ask.button')}
              </Button>
            ) : null}
            {lead && version.isLatest && c.consented && c.consentId && c.method !== 'account' ? (
              <ConfirmButton
                label={t('cs.remove.button')}
                about={c.name}
                question={t('cs.remove.question')}
                confirmLabel={t('cs.remove.confirm')}
                onConfirm={() => remove(c)}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {lead && version.isLatest ? <RecordConsent version={version} onSaved={onChanged} /> : null}
    </>
  );

  function describe(c: ConsentView): string {
    if (c.consented) {
      const by = [c.consentedBy ?? '', c.byRole ? `(${c.byRole})` : ''].filter(Boolean).join(' ');
      const when = c.givenOn ?? c.consentedAt;
      const line = t('cs.list.given', {
        by,
        how: t(`cs.list.how.${c.method ?? 'account'}`),
        date: when ? formatDate(when, locale) : '',
      });
      return c.recordedBy ? `${line}; ${t('cs.list.recordedBy', { name: c.recordedBy })}` : line;
    }
    if (c.link?.status === 'declined')
      return t('cs.list.declined', { by: c.link.answeredBy ?? '', reason: c.link.reason });
    if (c.link?.status === 'open') return t('cs.list.linkOpen', { date: formatDate(c.link.sentAt, locale) });
    const parts = [t('vg.consent.waiting')];
    if (c.link?.status === 'expired') parts.push(t('cs.list.linkExpired'));
    if (c.contact === 'none' && lead) parts.push(t('cs.list.noAddress'));
    if (c.contact === 'unconfirmed') parts.push(t('cs.list.unconfirmed'));
    return parts.join(' — ');
  }
}
