import { useState } from 'react';
import { useT } from '../../../i18n';
import { useMutation } from '../../../api/useMutation';
import { roleAtLeast } from '@domain/vocabulary.ts';
import { PageTitle } from '../../../components/page';
import { Alert, ErrorAlert, Heading, Loading, Paragraph } from '../../../components/ui';
import { useNetwork } from '../context';
import { useCard, useMyMemberId } from './shared';
import { personName } from './card/CardItems';
import { JointColumn } from './card/JointColumn';
import { ModePanel } from './card/ModePanel';
import { PersonalColumn } from './card/PersonalColumn';
import { VersionsSection } from './card/VersionsSection';

/** The partnership card: personal cards, the joint card with provenance, versions and consent. */
export default function PartnershipCard() {
  const t = useT();
  const { networkId, role } = useNetwork();
  const card = useCard(networkId);
  const myMemberId = useMyMemberId();
  const lead = role === 'kartrekker';
  const canWrite = roleAtLeast(role, 'partner');
  const [notice, setNotice] = useState('');
  const modeChange = useMutation();
  const versionChange = useMutation();

  if (!card.data) {
    return (
      <>
        <PageTitle title={t('vg.card.title')} />
        {card.error ? <ErrorAlert error={card.error} /> : <Loading />}
      </>
    );
  }
  const data = card.data;
  const mine = data.personal.find((p) => p.memberId === myMemberId);
  const others = data.personal.filter((p) => p.memberId !== myMemberId && p.items.length > 0);
  const personalColumns = data.mode === 'short' ? data.columns.filter((c) => c.key === 'waarden') : data.columns;
  const done = (msg?: string) => {
    if (msg) setNotice(msg);
    modeChange.reset();
    versionChange.reset();
    card.reload();
  };

  return (
    <>
      <PageTitle title={t('vg.card.title')} />
      <Paragraph lead>{t('vg.card.lead')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={modeChange.error ?? versionChange.error} />

      <ModePanel data={data} lead={lead} change={modeChange} onDone={done} />

      {canWrite ? (
        <section aria-labelledby="personal-heading">
          <Heading level={2} id="personal-heading">
            {t('vg.card.personalTitle')}
          </Heading>
          <Paragraph>{data.mode === 'short' ? t('vg.card.personalShort') : t('vg.card.personalFull')}</Paragraph>
          <div className={`wk-board ${personalColumns.length === 1 ? 'wk-board--one' : ''}`}>
            {personalColumns.map((c) => (
              <PersonalColumn
                key={c.key}
                column={c}
                items={(mine?.items ?? []).filter((i) => i.column === c.key)}
                onDone={done}
              />
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="joint-heading">
        <Heading level={2} id="joint-heading">
          {t('vg.card.jointTitle')}
        </Heading>
        <Paragraph>{lead ? t('vg.card.jointLead') : t('vg.card.jointExplain')}</Paragraph>
        <div className="wk-board">
          {data.columns.map((c) => (
            <JointColumn
              key={c.key}
              column={c}
              items={data.joint.filter((i) => i.column === c.key)}
              personal={data.personal}
              lead={lead}
              onDone={done}
            />
          ))}
        </div>
      </section>

      <VersionsSection data={data} lead={lead} canWrite={canWrite} change={versionChange} onDone={done} />

      {others.length ? (
        <section aria-labelledby="others-heading">
          <Heading level={2} id="others-heading">
            {t('vg.card.othersTitle')}
          </Heading>
          <ul className="wk-cards">
            {others.map((p) => (
              <li key={p.memberId} className="wk-card">
                <Heading level={3}>{personName(p)}</Heading>
                {data.columns
                  .filter((c) => p.items.some((i) => i.column === c.key))
                  .map((c) => (
                    <div key={c.key}>
                      <p className="utrecht-paragraph wk-strong wk-column-label">{c.title}</p>
                      <ul className="wk-plain-list wk-items">
                        {p.items
                          .filter((i) => i.column === c.key)
                          .map((i) => (
                            <li key={i.id}>{i.text}</li>
                          ))}
                      </ul>
                    </div>
                  ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
