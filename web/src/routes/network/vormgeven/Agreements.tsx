import { useState, type FormEvent } from 'react';
import { useT, useLocale, formatDate, type MessageKey } from '../../../i18n';
import { del, patch, post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { AgreementDetails, AgreementView } from '../../../api/vormgeven-types';
import { PageTitle } from '../../../components/page';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { Alert, Button, ButtonGroup, ErrorAlert, Fieldset, Heading, Loading, Paragraph, SelectField, TextAreaField, TextField } from '../../../components/ui';
import { useNetwork } from '../context';
import { apiBase, dayDate, useAgreements } from './shared';

const KINDS = ['besluitvorming', 'verantwoordelijkheden', 'geld', 'borging', 'overig'] as const;
const RULES = ['consent', 'meerderheid', 'kartrekker-na-overleg', 'anders'] as const;

export const kindLabel = (t: (k: MessageKey) => string, kind: string) => t(`vg.agr.kind.${kind}` as MessageKey);
const ruleLabel = (t: (k: MessageKey) => string, rule: string) => t(`vg.agr.rule.${rule}` as MessageKey);

/** "1.234,50" or "1234.5" → 1234.5; '' → null; NaN when not a number. */
export function parseEuro(text: string): number | null {
  const s = text.replace(/[€\s]/g, '');
  if (!s) return null;
  const normal = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : /^\d{1,3}(\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : s;
  return Number(normal);
}

const euro = (n: number, locale: string) => new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(n);

/** Afspraken: how we decide, who does what, money, after the project period; with review dates. */
export default function Agreements() {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const agreements = useAgreements(networkId);
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
                  <li key={o.id}>{t('vg.agr.overdueLine', { title: o.title, date: formatDate(dayDate(o.reviewOn).toISOString(), locale) })}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {data.missingKinds.length ? <Alert type="info">{t('vg.agr.missing', { kinds: data.missingKinds.map((k) => kindLabel(t, k).toLowerCase()).join(', ') })}</Alert> : null}

          {data.agreements.length === 0 ? <Paragraph>{lead ? t('vg.agr.emptyLead') : t('vg.agr.empty')}</Paragraph> : null}
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
                      <li key={a.id} className="wk-card">
                        <AgreementForm agreement={a} onDone={done} />
                      </li>
                    ) : (
                      <li key={a.id} className={`wk-card ${a.reviewOverdue ? 'wk-card--overdue' : ''}`}>
                        <AgreementCard agreement={a} />
                        {lead ? (
                          <Button variant="secondary" onClick={() => setEditing(a.id)} aria-label={`${t('vg.common.edit')}: ${a.title}`}>
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
              {editing === 'new' ? <AgreementForm onDone={done} /> : <Button onClick={() => setEditing('new')}>{t('vg.agr.add')}</Button>}
            </section>
          ) : null}
        </>
      )}
    </>
  );
}

function AgreementCard({ agreement: a }: { agreement: AgreementView }) {
  const t = useT();
  const locale = useLocale();
  const d = a.details ?? {};
  return (
    <>
      <Heading level={3}>{a.title}</Heading>
      {a.reviewOverdue && a.reviewOn ? (
        <p className="utrecht-paragraph wk-overdue">{t('vg.agr.overdueBadge', { date: formatDate(dayDate(a.reviewOn).toISOString(), locale) })}</p>
      ) : null}
      {a.body ? <p className="utrecht-paragraph wk-prewrap">{a.body}</p> : null}
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
        <div className="utrecht-table-container wk-table-scroll" tabIndex={0} role="region" aria-label={t('vg.agr.raciCaption', { title: a.title })}>
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">{t('vg.agr.raciCaption', { title: a.title })}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">{t('vg.agr.subject')}</th>
                <th className="utrecht-table__header-cell" scope="col">{t('vg.agr.decides')}</th>
                <th className="utrecht-table__header-cell" scope="col">{t('vg.agr.does')}</th>
                <th className="utrecht-table__header-cell" scope="col">{t('vg.agr.consulted')}</th>
                <th className="utrecht-table__header-cell" scope="col">{t('vg.agr.informed')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {d.responsibilities.map((r, i) => (
                <tr key={i} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell wk-row-head" scope="row">{r.subject}</th>
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
                <span className="wk-strong">{c.party}</span>: {[c.amount != null ? euro(c.amount, locale) : '', c.inKind ?? ''].filter(Boolean).join(' + ') || '—'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

type Resp = { subject: string; decides: string; does: string; consulted: string; informed: string };
type Contr = { party: string; amount: string; inKind: string };

function AgreementForm({ agreement, onDone }: { agreement?: AgreementView; onDone: (msg?: string) => void }) {
  const t = useT();
  const { networkId, overview } = useNetwork();
  const d = agreement?.details ?? {};
  const [kind, setKind] = useState<string>(agreement?.kind ?? 'besluitvorming');
  const [title, setTitle] = useState(agreement?.title ?? '');
  const [body, setBody] = useState(agreement?.body ?? '');
  const [rule, setRule] = useState(agreement?.decisionRule ?? '');
  const [reviewOn, setReviewOn] = useState(agreement?.reviewOn ?? '');
  const [resps, setResps] = useState<Resp[]>(() =>
    (d.responsibilities ?? []).map((r) => ({ subject: r.subject, decides: r.decides ?? '', does: r.does ?? '', consulted: r.consulted ?? '', informed: r.informed ?? '' })),
  );
  const [contrs, setContrs] = useState<Contr[]>(() => (d.contributions ?? []).map((c) => ({ party: c.party, amount: c.amount != null ? String(c.amount).replace('.', ',') : '', inKind: c.inKind ?? '' })));
  const [poolAmount, setPoolAmount] = useState(d.pooledBudget?.amount != null ? String(d.pooledBudget.amount).replace('.', ',') : '');
  const [poolRules, setPoolRules] = useState(d.pooledBudget?.rules ?? '');
  const form = useMutation({ version: agreement?.version ?? 0 });
  const { fields } = form;
  const idBase = agreement?.id ?? 'new-agreement';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    const bad: Record<string, string> = {};
    const amounts = contrs.map((c, i) => {
      const n = parseEuro(c.amount);
      if (n !== null && (!Number.isFinite(n) || n < 0)) bad[`contribution-${i}`] = t('vg.agr.amountInvalid');
      return n;
    });
    const pool = parseEuro(poolAmount);
    if (pool !== null && (!Number.isFinite(pool) || pool < 0)) bad.pool = t('vg.agr.amountInvalid');
    if (Object.keys(bad).length) {
      form.invalid(bad);
      return;
    }
    const details: AgreementDetails = {
      responsibilities: resps.filter((r) => r.subject.trim()).map((r) => ({ ...r })),
      contributions: contrs.map((c, i) => ({ party: c.party, amount: amounts[i], inKind: c.inKind })).filter((c) => c.party.trim()),
      pooledBudget: { amount: pool, rules: poolRules },
    };
    const payload = { kind, title, body, decisionRule: rule || null, reviewOn: reviewOn || null, details };
    await form.run(async (version) => {
      if (agreement) await patch(`${apiBase(networkId)}/agreements/${agreement.id}`, { ...payload, version });
      else await post(`${apiBase(networkId)}/agreements`, payload);
      onDone(t('vg.agr.saved', { title }));
    });
  };

  const partyNames = overview.actors.filter((a) => a.status === 'partner').map((a) => a.name);
  return (
    <form onSubmit={submit} noValidate className="wk-form wk-panel">
      <Heading level={3}>{agreement ? t('vg.agr.editTitle') : t('vg.agr.newFormTitle')}</Heading>
      <ErrorAlert error={form.error} />
      <SelectField id={`${idBase}-kind`} label={t('vg.agr.kind')} value={kind} onChange={(e) => setKind(e.target.value)} options={KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))} />
      <TextField id={`${idBase}-title`} label={t('vg.agr.titleLabel')} description={t('vg.agr.titleHint')} required maxLength={200} value={title} error={fields.title} onChange={(e) => setTitle(e.target.value)} />
      <TextAreaField id={`${idBase}-body`} label={t('vg.agr.body')} description={t(`vg.agr.bodyHint.${kind}` as MessageKey)} rows={4} maxLength={4000} value={body} error={fields.body} onChange={(e) => setBody(e.target.value)} />
      {kind === 'besluitvorming' || rule ? (
        <SelectField
          id={`${idBase}-rule`}
          label={t('vg.agr.rule')}
          description={t('vg.agr.ruleHint')}
          value={rule}
          error={fields.decisionRule}
          onChange={(e) => setRule(e.target.value)}
          options={[{ value: '', label: t('vg.agr.noRule') }, ...RULES.map((r) => ({ value: r, label: ruleLabel(t, r) }))]}
        />
      ) : null}
      {kind === 'verantwoordelijkheden' || resps.length ? (
        <Fieldset legend={t('vg.agr.raciLegend')} description={t('vg.agr.raciHint')}>
          {resps.map((r, i) => (
            <div key={i} className="wk-rowform">
              <TextField id={`${idBase}-r${i}-subject`} label={t('vg.agr.subject')} maxLength={200} value={r.subject} onChange={(e) => setResps(resps.map((x, j) => (j === i ? { ...x, subject: e.target.value } : x)))} />
              {(['decides', 'does', 'consulted', 'informed'] as const).map((f) => (
                <TextField key={f} id={`${idBase}-r${i}-${f}`} label={t(`vg.agr.${f}`)} maxLength={200} list={`${idBase}-parties`} value={r[f]} onChange={(e) => setResps(resps.map((x, j) => (j === i ? { ...x, [f]: e.target.value } : x)))} />
              ))}
              <Button variant="subtle" onClick={() => setResps(resps.filter((_, j) => j !== i))} aria-label={t('vg.agr.removeRowOf', { n: i + 1 })}>
                {t('vg.agr.removeRow')}
              </Button>
            </div>
          ))}
          <Button variant="secondary" onClick={() => setResps([...resps, { subject: '', decides: '', does: '', consulted: '', informed: '' }])}>
            {t('vg.agr.addRaci')}
          </Button>
        </Fieldset>
      ) : null}
      {kind === 'geld' || contrs.length || poolAmount || poolRules ? (
        <>
          <Fieldset legend={t('vg.agr.contributions')} description={t('vg.agr.contributionsHint')}>
            {contrs.map((c, i) => (
              <div key={i} className="wk-rowform">
                <TextField id={`${idBase}-c${i}-party`} label={t('vg.agr.party')} maxLength={200} list={`${idBase}-parties`} value={c.party} onChange={(e) => setContrs(contrs.map((x, j) => (j === i ? { ...x, party: e.target.value } : x)))} />
                <TextField
                  id={`${idBase}-c${i}-amount`}
                  label={t('vg.agr.amount')}
                  inputMode="decimal"
                  value={c.amount}
                  error={fields[`contribution-${i}`]}
                  onChange={(e) => setContrs(contrs.map((x, j) => (j === i ? { ...x, amount: e.target.value } : x)))}
                />
                <TextField id={`${idBase}-c${i}-kind`} label={t('vg.agr.inKind')} maxLength={500} value={c.inKind} onChange={(e) => setContrs(contrs.map((x, j) => (j === i ? { ...x, inKind: e.target.value } : x)))} />
                <Button variant="subtle" onClick={() => setContrs(contrs.filter((_, j) => j !== i))} aria-label={t('vg.agr.removeRowOf', { n: i + 1 })}>
                  {t('vg.agr.removeRow')}
                </Button>
              </div>
            ))}
            <Button variant="secondary" onClick={() => setContrs([...contrs, { party: '', amount: '', inKind: '' }])}>
              {t('vg.agr.addContribution')}
            </Button>
          </Fieldset>
          <Fieldset legend={t('vg.agr.pooled')} description={t('vg.agr.pooledHint')}>
            <TextField id={`${idBase}-pool-amount`} label={t('vg.agr.amount')} inputMode="decimal" className="wk-short" value={poolAmount} error={fields.pool} onChange={(e) => setPoolAmount(e.target.value)} />
            <TextAreaField id={`${idBase}-pool-rules`} label={t('vg.agr.pooledRules')} rows={3} maxLength={4000} value={poolRules} onChange={(e) => setPoolRules(e.target.value)} />
          </Fieldset>
        </>
      ) : null}
      <datalist id={`${idBase}-parties`}>
        {partyNames.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <TextField id={`${idBase}-review`} type="date" label={t('vg.agr.review')} description={t('vg.agr.reviewHint')} className="wk-short" value={reviewOn} error={fields.reviewOn} onChange={(e) => setReviewOn(e.target.value)} />
      <ButtonGroup>
        <Button type="submit" busy={form.busy}>
          {t('vg.agr.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone()}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
      {agreement ? (
        <div className="wk-editor-remove">
          <ConfirmButton
            label={t('vg.agr.remove')}
            question={t('vg.agr.removeQuestion', { title: agreement.title })}
            confirmLabel={t('vg.agr.removeConfirm')}
            onConfirm={() =>
              form.run(async () => {
                await del(`${apiBase(networkId)}/agreements/${agreement.id}`);
                onDone(t('vg.agr.removed'));
              })
            }
          />
        </div>
      ) : null}
    </form>
  );
}
