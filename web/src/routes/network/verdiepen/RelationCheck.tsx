import { useState, type FormEvent } from 'react';
import { useT, useLocale, formatDate, type Locale } from '../../../i18n';
import { ApiError, post, put } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import { useResource } from '../../../api/useResource';
import type { RatingForm, RelationResults, RelationRoundView } from '../../../api/relationcheck-types';
import type { MessageKey } from '../../../i18n/nl';
import { PageTitle } from '../../../components/page';
import { ConfirmButton } from '../../../components/ConfirmButton';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorAlert,
  Heading,
  Loading,
  Paragraph,
  SelectField,
  Table,
  TextField,
} from '../../../components/ui';
import { useNetwork } from '../context';

const TRUST = ['reliable', 'open', 'committed'] as const;
const VALUE = ['influence', 'resources', 'involvement'] as const;
type Criterion = (typeof TRUST)[number] | (typeof VALUE)[number];

const oneDecimal = (value: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);

/** The relatiecheck: rounds, the rating form for a partner's representative, and the aggregates of a closed round. */
export default function RelationCheck() {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const base = `/api/networks/${networkId}/relation-check/rounds`;
  const rounds = useResource<RelationRoundView[]>(base, networkId);
  const [notice, setNotice] = useState('');
  const action = useMutation({ parallel: true });
  const [closesOn, setClosesOn] = useState(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  const isLead = role === 'kartrekker';

  const act = (run: () => Promise<string>) =>
    action.run(async () => {
      setNotice(await run());
      rounds.reload();
    });

  const open = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => t('vd.rc.opened', { label: (await post<RelationRoundView>(base, { closesOn })).label }));
  };

  return (
    <>
      <PageTitle title={t('vd.rc.title')} />
      <Paragraph lead>{t('vd.rc.lead')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={action.error ?? rounds.error} />
      {!rounds.data ? (
        <Loading />
      ) : rounds.data.length === 0 ? (
        <Paragraph>{t('vd.rc.none')}</Paragraph>
      ) : (
        [...rounds.data].reverse().map((r) => (
          <section key={r.id} aria-labelledby={`rc-${r.id}`} className="wk-round">
            <Heading level={2} id={`rc-${r.id}`}>
              {t('vd.rc.roundHeading', { label: r.label })}
            </Heading>
            <Paragraph>
              {t('vd.rc.raters', { raters: r.raters })}{' '}
              {r.status === 'open'
                ? t('vd.scan.openUntil', { date: formatDate(r.closesOn, locale) })
                : t('vd.scan.closed')}
            </Paragraph>
            {r.status === 'open' ? (
              <>
                {role !== 'meekijker' ? (
                  <RatingFormView
                    base={`${base}/${r.id}`}
                    networkId={networkId}
                    onSaved={(text) => {
                      setNotice(text);
                      rounds.reload();
                    }}
                  />
                ) : null}
                {isLead ? (
                  <ButtonGroup>
                    <ConfirmButton
                      label={t('vd.scan.close')}
                      about={r.label}
                      question={t('vd.scan.closeConfirm')}
                      confirmLabel={t('vd.scan.close')}
                      onConfirm={() =>
                        act(async () => (await post(`${base}/${r.id}/close`), t('vd.scan.closedNotice')))
                      }
                    />
                  </ButtonGroup>
                ) : null}
              </>
            ) : (
              <Results path={`${base}/${r.id}/results`} networkId={networkId} label={r.label} />
            )}
          </section>
        ))
      )}
      {isLead ? (
        <section aria-labelledby="rc-new">
          <Heading level={2} id="rc-new">
            {t('vd.rc.open')}
          </Heading>
          <form onSubmit={open} noValidate>
            <TextField
              label={t('vd.scan.closesOn')}
              type="date"
              required
              value={closesOn}
              onChange={(e) => setClosesOn(e.target.value)}
              error={action.fields.closesOn}
            />
            <Button type="submit" busy={action.busy}>
              {t('vd.rc.open')}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}

function RatingFormView({
  base,
  networkId,
  onSaved,
}: {
  base: string;
  networkId: string;
  onSaved: (notice: string) => void;
}) {
  const t = useT();
  const form = useResource<RatingForm>(`${base}/form`, networkId);
  const [whom, setWhom] = useState('');
  const [scores, setScores] = useState<Partial<Record<Criterion, number>>>({});
  const save = useMutation();
  if (!form.data) return <ErrorAlert error={form.error} />;
  if (!form.data.raterActorId) return <Paragraph>{t('vd.rc.noActor')}</Paragraph>;
  const partner = form.data.partners.find((p) => p.id === whom) ?? form.data.partners[0];
  if (!partner) return <Paragraph>{t('vd.rc.noRelations')}</Paragraph>;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if ([...TRUST, ...VALUE].some((c) => scores[c] === undefined)) {
      return save.fail(new ApiError(422, { code: 'invalid_input', message: t('vd.rc.allSix') }));
    }
    const ok = await save.run(() => put(`${base}/ratings/${partner.id}`, scores));
    if (!ok) return;
    setScores({});
    onSaved(t('vd.rc.saved', { name: partner.name }));
    form.reload();
  };

  const group = (criterion: Criterion) => (
    <fieldset key={criterion} className="wk-scale">
      <legend>{t(`vd.rc.c.${criterion}` as MessageKey)}</legend>
      {[1, 2, 3, 4].map((v) => (
        <label key={v} className="wk-scale__option">
          <input
            type="radio"
            className="utrecht-radio-button utrecht-radio-button--html-input"
            name={`${partner.id}-${criterion}`}
            checked={scores[criterion] === v}
            onChange={() => setScores({ ...scores, [criterion]: v })}
          />
          <span>{v}</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <form onSubmit={submit} noValidate>
      <SelectField
        label={t('vd.rc.whom')}
        value={partner.id}
        onChange={(e) => {
          setWhom(e.target.value);
          setScores({});
        }}
        options={form.data.partners.map((p) => ({
          value: p.id,
          label: p.rated ? `${p.name} ${t('vd.rc.rated')}` : p.name,
        }))}
      />
      <Heading level={3}>{t('vd.rc.trust')}</Heading>
      {TRUST.map(group)}
      <Heading level={3}>{t('vd.rc.value')}</Heading>
      {VALUE.map(group)}
      <ErrorAlert error={save.error} />
      <Button type="submit" busy={save.busy}>
        {t('vd.rc.save')}
      </Button>
    </form>
  );
}

function Results({ path, networkId, label }: { path: string; networkId: string; label: string }) {
  const t = useT();
  const locale = useLocale();
  const { data, error } = useResource<RelationResults>(path, networkId);
  if (!data) return error ? <ErrorAlert error={error} /> : <Loading />;
  if (!data.available) return null;
  const n = data.network;
  return (
    <>
      <Paragraph>
        {n.withheld || n.trust === null || n.value === null
          ? t('vd.rc.networkWithheld')
          : t('vd.rc.network', {
              trust: oneDecimal(n.trust, locale),
              value: oneDecimal(n.value, locale),
              partners: n.partners,
            })}
      </Paragraph>
      <Table caption={`${t('vd.rc.tableCaption')} (${label})`}>
        <thead>
          <tr>
            <th scope="col">{t('vd.rc.partner')}</th>
            <th scope="col">{t('vd.rc.ratersCol')}</th>
            <th scope="col">{t('vd.rc.trust')}</th>
            <th scope="col">{t('vd.rc.value')}</th>
          </tr>
        </thead>
        <tbody>
          {data.partners.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name}</th>
              <td>{p.raters}</td>
              <td>{p.trust === null ? t('vd.rc.withheld') : oneDecimal(p.trust, locale)}</td>
              <td>{p.value === null ? t('vd.rc.withheld') : oneDecimal(p.value, locale)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
