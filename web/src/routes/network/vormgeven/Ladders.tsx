import { useState } from 'react';
import { useT } from '../../../i18n';
import { roleAtLeast } from '@domain/vocabulary.ts';
import { PageTitle } from '../../../components/page';
import { Alert, Button, ButtonGroup, ErrorAlert, Heading, Loading, Paragraph } from '../../../components/ui';
import { useNetwork } from '../context';
import { useComparison, useLadders, useMyMemberId, useVocabulary } from './shared';
import { Comparison } from './ladders/Comparison';
import { LadderCard } from './ladders/LadderCard';
import { LadderEditor } from './ladders/LadderEditor';

/** Doelen: your why ladder, everyone's ladders side by side, and the comparison. */
export default function Ladders() {
  const t = useT();
  const { networkId, role } = useNetwork();
  const ladders = useLadders(networkId);
  const vocabulary = useVocabulary(networkId);
  const comparison = useComparison(networkId);
  const myMemberId = useMyMemberId();
  const canWrite = roleAtLeast(role, 'partner');
  const [editing, setEditing] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [notice, setNotice] = useState('');

  const reloadAll = () => {
    ladders.reload();
    comparison.reload();
    vocabulary.reload();
  };

  const mine = (ladders.data ?? []).filter((l) => l.memberId === myMemberId);
  const c = comparison.data;
  // The comparison is the heart of this page: once there is something to see, it comes first.
  const comparisonFirst = Boolean(c && c.groups.length + c.warnings.length + c.unshared.length > 0);
  const comparisonSection = (
    <section aria-labelledby="comparison-heading">
      <Heading level={2} id="comparison-heading">
        {t('vg.cmp.title')}
      </Heading>
      <Paragraph>{t('vg.cmp.intro')}</Paragraph>
      {c ? <Comparison data={c} /> : <Loading />}
    </section>
  );

  return (
    <>
      <PageTitle title={t('vg.ladders.title')} />
      <Paragraph lead>{t('vg.ladders.lead')}</Paragraph>
      <Paragraph>{t('vg.ladders.explain')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={ladders.error ?? comparison.error} />

      {comparisonFirst && canWrite ? (
        <Paragraph>
          <a className="utrecht-link utrecht-link--html-a" href="#my-ladder-heading">
            {t('vg.ladders.toMine')}
          </a>
        </Paragraph>
      ) : null}
      {comparisonFirst ? comparisonSection : null}
      {canWrite ? (
        <section aria-labelledby="my-ladder-heading">
          <Heading level={2} id="my-ladder-heading">
            {t('vg.ladders.mineTitle')}
          </Heading>
          {!ladders.data || !vocabulary.data ? (
            <Loading />
          ) : (
            <>
              {mine.length === 0 && !starting ? (
                <div className="wk-empty">
                  <Paragraph>{t('vg.ladders.mineEmpty')}</Paragraph>
                  <Button onClick={() => setStarting(true)}>{t('vg.ladders.start')}</Button>
                </div>
              ) : null}
              {mine.map((l) =>
                editing === l.id ? (
                  <LadderEditor
                    key={l.id}
                    ladder={l}
                    vocabulary={vocabulary.data!}
                    onVocabulary={vocabulary.reload}
                    onDone={(msg) => {
                      setEditing(null);
                      if (msg) setNotice(msg);
                      reloadAll();
                    }}
                  />
                ) : (
                  <div key={l.id} className="wk-panel">
                    <LadderCard ladder={l} headingLevel={3} />
                    <ButtonGroup>
                      <Button
                        variant="secondary"
                        onClick={() => setEditing(l.id)}
                        aria-label={t('vg.ladders.editOf', {
                          activity: l.activity || l.goal || t('vg.ladders.untitled'),
                        })}
                      >
                        {t('vg.ladders.edit')}
                      </Button>
                    </ButtonGroup>
                  </div>
                ),
              )}
              {starting ? (
                <LadderEditor
                  vocabulary={vocabulary.data}
                  onVocabulary={vocabulary.reload}
                  onDone={(msg) => {
                    setStarting(false);
                    if (msg) setNotice(msg);
                    reloadAll();
                  }}
                />
              ) : mine.length > 0 ? (
                <Paragraph>
                  <Button variant="secondary" onClick={() => setStarting(true)}>
                    {t('vg.ladders.another')}
                  </Button>
                </Paragraph>
              ) : null}
            </>
          )}
        </section>
      ) : null}

      {comparisonFirst ? null : comparisonSection}

      <section aria-labelledby="all-ladders-heading">
        <Heading level={2} id="all-ladders-heading">
          {t('vg.ladders.allTitle')}
        </Heading>
        {!ladders.data ? (
          <Loading />
        ) : ladders.data.length === 0 ? (
          <Paragraph>{t('vg.ladders.allEmpty')}</Paragraph>
        ) : (
          <ul className="wk-ladders">
            {ladders.data.map((l) => (
              <li key={l.id} className="wk-card wk-ladder-card">
                {editing === l.id && l.memberId !== myMemberId && vocabulary.data ? (
                  <LadderEditor
                    ladder={l}
                    vocabulary={vocabulary.data}
                    onVocabulary={vocabulary.reload}
                    onDone={(msg) => {
                      setEditing(null);
                      if (msg) setNotice(msg);
                      reloadAll();
                    }}
                  />
                ) : (
                  <>
                    <LadderCard ladder={l} headingLevel={3} showWho />
                    {l.editable && l.memberId !== myMemberId ? (
                      <Button
                        variant="subtle"
                        onClick={() => setEditing(l.id)}
                        aria-label={t('vg.ladders.editOf', { activity: `${l.partnerName}: ${l.activity || l.goal}` })}
                      >
                        {t('vg.ladders.edit')}
                      </Button>
                    ) : null}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
