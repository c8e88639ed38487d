import { useState } from 'react';
import { useT, useLocale, formatDate } from '../../../i18n';
import type { AgreementView } from '../../../api/vormgeven-types';
import { PageTitle } from '../../../components/page';
import { Alert, Button, ErrorAlert, Heading, Loading, Paragraph, TextLink } from '../../../components/ui';
import { useNetwork } from '../context';
import { useScrollToHash } from '../../../components/useScrollToHash';
import { dayDate, useAgreements } from './shared';
import { AgreementForm } from './agreements/AgreementForm';
import { KINDS, euro, kindLabel, ruleLabel } from './agreements/terms';

/** Afspraken: how we decide, who does what, money, after the project period; with review dates. */
export default function Agreements() {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const agreements = useAgreements(networkId);
  useScrollToHash(!!agreements.data);
  const lead = role === 'kartrekker';
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const done = (msg?: string) => {
    setEditing(null);
    if (msg) setNotice(msg);
    agreements.reload();
  };
  const data = agreements.data;

  return (
    <>
      <PageTitle title={t('vg.agr.title')} />
      <Paragraph lead>{t('vg.agr.lead')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={agreements.error} />
      {!data ? (
        <Loading />
      ) : (
        <>
          {data.overdueReviews.length ? (
            <Alert type="warning">
              <p className="utrecht-paragraph wk-strong">{t('vg.agr.overdueTitle')}</p>
              <ul className="wk-plain-list">
                {data.overdueReviews.map((o) => (
                  <li key={o.id}>
                    {t('vg.agr.overdueLine', {
                      title: o.title,
                      date: formatDate(dayDate(o.reviewOn).toISOString(), locale),
                    })}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {data.missingKinds.length ? (
            <Alert type="info">
              {t('vg.agr.missing', { kinds: data.missingKinds.map((k) => kindLabel(t, k).toLowerCase()).join(', ') })}
            </Alert>
          ) : null}

          {data.agreements.length === 0 ? (
            <Paragraph>{lead ? t('vg.agr.emptyLead') : t('vg.agr.empty')}</Paragraph>
          ) : null}
          {KINDS.filter((k) => data.agreements.some((a) => a.kind === k)).map((k) => (
            <section key={k} aria-labelledby={`kind-${k}`}>
              <Heading level={2} id={`kind-${k}`}>
                {kindLabel(t, k)}
              </Heading>
              <ul className="wk-cards wk-cards--single">
                {data.agreements
                  .filter((a) => a.kind === k)
                  .map((a) =>
                    editing === a.id ? (
                      <li key={a.id} id={`afspraak-${a.id}`} className="wk-card">
                        <AgreementForm agreement={a} onDone={done} />
                      </li>
                    ) : (
                      <li
                        key={a.id}
                        id={`afspraak-${a.id}`}
                        className={`wk-card ${a.reviewOverdue ? 'wk-card--overdue' : ''}`}
                      >
                        <AgreementCard agreement={a} />
                        {lead ? (
                          <Button
                            variant="secondary"
                            onClick={() => setEditing(a.id)}
                            aria-label={`${t('vg.common.edit')}: ${a.title}`}
                          >
                            {t('vg.common.edit')}
                          </Button>
                        ) : null}
                      </li>
                    ),
                  )}
              </ul>
            </section>
          ))}
          {lead ? (
            <section aria-labelledby="new-agreement-heading">
              <Heading level={2} id="new-agreement-heading">
                {t('vg.agr.newTitle')}
              </Heading>
              {editing === 'new' ? (
                <AgreementForm onDone={done} />
              ) : (
                <Button onClick={() => setEditing('new')}>{t('vg.agr.add')}</Button>
              )}
            </section>
          ) : null}
        </>
      )}
    </>
  );
}

function AgreementCard({ agreement: a }: { agreement: AgreementView }) {
  const t = useT();
  const { networkId } = useNetwork();
  const locale = useLocale();
  const d = a.details ?? {};
  return (
    <>
      <Heading level={3}>{a.title}</Heading>
      {a.reviewOverdue && a.reviewOn ? (
        <p className="utrecht-paragraph wk-overdue">
          {t('vg.agr.overdueBadge', { date: formatDate(dayDate(a.reviewOn).toISOString(), locale) })}
        </p>
      ) : null}
      {a.body ? <p className="utrecht-paragraph wk-prewrap">{a.body}</p> : null}
      {a.meeting ? (
        <p className="utrecht-paragraph">
          <TextLink to={`/netwerken/${networkId}/verdiepen/bijeenkomsten/${a.meeting.id}`}>
            {t('mt.fromMeeting', { title: a.meeting.title })}
          </TextLink>
        </p>
      ) : null}
      <dl className="wk-facts wk-facts--stacked">
        {a.decisionRule ? (
          <div>
            <dt>{t('vg.agr.rule')}</dt>
            <dd>{ruleLabel(t, a.decisionRule)}</dd>
          </div>
        ) : null}
        {a.reviewOn && !a.reviewOverdue ? (
          <div>
            <dt>{t('vg.agr.review')}</dt>
            <dd>{formatDate(dayDate(a.reviewOn).toISOString(), locale)}</dd>
          </div>
        ) : null}
        {d.pooledBudget && (d.pooledBudget.amount != null || d.pooledBudget.rules) ? (
          <div>
            <dt>{t('vg.agr.pooled')}</dt>
            <dd>
              {d.pooledBudget.amount != null ? euro(d.pooledBudget.amount, locale) : ''}
              {d.pooledBudget.rules ? <span className="wk-block wk-prewrap">{d.pooledBudget.rules}</span> : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {d.responsibilities?.length ? (
        <div
          className="utrecht-table-container wk-table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('vg.agr.raciCaption', { title: a.title })}
        >
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">{t('vg.agr.raciCaption', { title: a.title })}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('vg.agr.subject')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('vg.agr.decides')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('vg.agr.does')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('vg.agr.consulted')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('vg.agr.informed')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {d.responsibilities.map((r, i) => (
                <tr key={i} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell wk-row-head" scope="row">
                    {r.subject}
                  </th>
                  <td className="utrecht-table__cell">{r.decides || '—'}</td>
                  <td className="utrecht-table__cell">{r.does || '—'}</td>
                  <td className="utrecht-table__cell">{r.consulted || '—'}</td>
                  <td className="utrecht-table__cell">{r.informed || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {d.contributions?.length ? (
        <>
          <p className="utrecht-paragraph wk-strong">{t('vg.agr.contributions')}</p>
          <ul className="wk-plain-list wk-list">
            {d.contributions.map((c, i) => (
              <li key={i}>
                <span className="wk-strong">{c.party}</span>:{' '}
                {[c.amount != null ? euro(c.amount, locale) : '', c.inKind ?? ''].filter(Boolean).join(' + ') || '—'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
