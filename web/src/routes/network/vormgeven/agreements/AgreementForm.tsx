import { useState, type FormEvent } from 'react';
import { useT, type MessageKey } from '../../../../i18n';
import { del, patch, post } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { AgreementDetails, AgreementView } from '../../../../api/vormgeven-types';
import { ConfirmButton } from '../../../../components/ConfirmButton';
import {
  Button,
  ButtonGroup,
  ErrorAlert,
  Fieldset,
  Heading,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../components/ui';
import { useNetwork } from '../../context';
import { apiBase } from '../shared';
import { KINDS, RULES, kindLabel, parseEuro, ruleLabel } from './terms';

type Resp = { subject: string; decides: string; does: string; consulted: string; informed: string };
type Contr = { party: string; amount: string; inKind: string };

/** Write or change an agreement: responsibilities (RACI), money (contributions, pooled budget) and review date. */
export function AgreementForm({ agreement, onDone }: { agreement?: AgreementView; onDone: (msg?: string) => void }) {
  const t = useT();
  const { networkId, overview } = useNetwork();
  const d = agreement?.details ?? {};
  const [kind, setKind] = useState<string>(agreement?.kind ?? 'besluitvorming');
  const [title, setTitle] = useState(agreement?.title ?? '');
  const [body, setBody] = useState(agreement?.body ?? '');
  const [rule, setRule] = useState(agreement?.decisionRule ?? '');
  const [reviewOn, setReviewOn] = useState(agreement?.reviewOn ?? '');
  const [resps, setResps] = useState<Resp[]>(() =>
    (d.responsibilities ?? []).map((r) => ({
      subject: r.subject,
      decides: r.decides ?? '',
      does: r.does ?? '',
      consulted: r.consulted ?? '',
      informed: r.informed ?? '',
    })),
  );
  const [contrs, setContrs] = useState<Contr[]>(() =>
    (d.contributions ?? []).map((c) => ({
      party: c.party,
      amount: c.amount != null ? String(c.amount).replace('.', ',') : '',
      inKind: c.inKind ?? '',
    })),
  );
  const [poolAmount, setPoolAmount] = useState(
    d.pooledBudget?.amount != null ? String(d.pooledBudget.amount).replace('.', ',') : '',
  );
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
      contributions: contrs
        .map((c, i) => ({ party: c.party, amount: amounts[i], inKind: c.inKind }))
        .filter((c) => c.party.trim()),
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
      <SelectField
        id={`${idBase}-kind`}
        label={t('vg.agr.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        options={KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
      />
      <TextField
        id={`${idBase}-title`}
        label={t('vg.agr.titleLabel')}
        description={t('vg.agr.titleHint')}
        required
        maxLength={200}
        value={title}
        error={fields.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextAreaField
        id={`${idBase}-body`}
        label={t('vg.agr.body')}
        description={t(`vg.agr.bodyHint.${kind}` as MessageKey)}
        rows={4}
        maxLength={4000}
        value={body}
        error={fields.body}
        onChange={(e) => setBody(e.target.value)}
      />
      {kind === 'besluitvorming' || rule ? (
        <SelectField
          id={`${idBase}-rule`}
          label={t('vg.agr.rule')}
          description={t('vg.agr.ruleHint')}
          value={rule}
          error={fields.decisionRule}
          onChange={(e) => setRule(e.target.value)}
          options={[
            { value: '', label: t('vg.agr.noRule') },
            ...RULES.map((r) => ({ value: r, label: ruleLabel(t, r) })),
          ]}
        />
      ) : null}
      {kind === 'verantwoordelijkheden' || resps.length ? (
        <Fieldset legend={t('vg.agr.raciLegend')} description={t('vg.agr.raciHint')}>
          {resps.map((r, i) => (
            <div key={i} className="wk-rowform">
              <TextField
                id={`${idBase}-r${i}-subject`}
                label={t('vg.agr.subject')}
                maxLength={200}
                value={r.subject}
                onChange={(e) => setResps(resps.map((x, j) => (j === i ? { ...x, subject: e.target.value } : x)))}
              />
              {(['decides', 'does', 'consulted', 'informed'] as const).map((f) => (
                <TextField
                  key={f}
                  id={`${idBase}-r${i}-${f}`}
                  label={t(`vg.agr.${f}`)}
                  maxLength={200}
                  list={`${idBase}-parties`}
                  value={r[f]}
                  onChange={(e) => setResps(resps.map((x, j) => (j === i ? { ...x, [f]: e.target.value } : x)))}
                />
              ))}
              <Button
                variant="subtle"
                onClick={() => setResps(resps.filter((_, j) => j !== i))}
                aria-label={t('vg.agr.removeRowOf', { n: i + 1 })}
              >
                {t('vg.agr.removeRow')}
              </Button>
            </div>
          ))}
          <Button
            variant="secondary"
            onClick={() => setResps([...resps, { subject: '', decides: '', does: '', consulted: '', informed: '' }])}
          >
            {t('vg.agr.addRaci')}
          </Button>
        </Fieldset>
      ) : null}
      {kind === 'geld' || contrs.length || poolAmount || poolRules ? (
        <>
          <Fieldset legend={t('vg.agr.contributions')} description={t('vg.agr.contributionsHint')}>
            {contrs.map((c, i) => (
              <div key={i} className="wk-rowform">
                <TextField
                  id={`${idBase}-c${i}-party`}
                  label={t('vg.agr.party')}
                  maxLength={200}
                  list={`${idBase}-parties`}
                  value={c.party}
                  onChange={(e) => setContrs(contrs.map((x, j) => (j === i ? { ...x, party: e.target.value } : x)))}
                />
                <TextField
                  id={`${idBase}-c${i}-amount`}
                  label={t('vg.agr.amount')}
                  inputMode="decimal"
                  value={c.amount}
                  error={fields[`contribution-${i}`]}
                  onChange={(e) => setContrs(contrs.map((x, j) => (j === i ? { ...x, amount: e.target.value } : x)))}
                />
                <TextField
                  id={`${idBase}-c${i}-kind`}
                  label={t('vg.agr.inKind')}
                  maxLength={500}
                  value={c.inKind}
                  onChange={(e) => setContrs(contrs.map((x, j) => (j === i ? { ...x, inKind: e.target.value } : x)))}
                />
                <Button
                  variant="subtle"
                  onClick={() => setContrs(contrs.filter((_, j) => j !== i))}
                  aria-label={t('vg.agr.removeRowOf', { n: i + 1 })}
                >
                  {t('vg.agr.removeRow')}
                </Button>
              </div>
            ))}
            <Button variant="secondary" onClick={() => setContrs([...contrs, { party: '', amount: '', inKind: '' }])}>
              {t('vg.agr.addContribution')}
            </Button>
          </Fieldset>
          <Fieldset legend={t('vg.agr.pooled')} description={t('vg.agr.pooledHint')}>
            <TextField
              id={`${idBase}-pool-amount`}
              label={t('vg.agr.amount')}
              inputMode="decimal"
              className="wk-short"
              value={poolAmount}
              error={fields.pool}
              onChange={(e) => setPoolAmount(e.target.value)}
            />
            <TextAreaField
              id={`${idBase}-pool-rules`}
              label={t('vg.agr.pooledRules')}
              rows={3}
              maxLength={4000}
              value={poolRules}
              onChange={(e) => setPoolRules(e.target.value)}
            />
          </Fieldset>
        </>
      ) : null}
      <datalist id={`${idBase}-parties`}>
        {partyNames.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <TextField
        id={`${idBase}-review`}
        type="date"
        label={t('vg.agr.review')}
        description={t('vg.agr.reviewHint')}
        className="wk-short"
        value={reviewOn}
        error={fields.reviewOn}
        onChange={(e) => setReviewOn(e.target.value)}
      />
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
