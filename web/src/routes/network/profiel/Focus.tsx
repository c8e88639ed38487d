import { useState, type FormEvent } from 'react';
import { useLocale, useT, type MessageKey } from '../../../i18n';
import { del, post, put } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import { useResource } from '../../../api/useResource';
import type { FocusView, StakeholderGroup } from '@schemas/focus';
import { roleAtLeast } from '@domain/vocabulary.ts';
import { PageTitle } from '../../../components/page';
import { ConfirmButton } from '../../../components/ConfirmButton';
import {
  Alert,
  Button,
  ButtonGroup,
  CheckboxField,
  ErrorAlert,
  Fieldset,
  Heading,
  Loading,
  Paragraph,
  SelectField,
  Table,
  TextAreaField,
  TextField,
} from '../../../components/ui';
import { useNetwork } from '../context';
import { formatDate, formatNumber } from './files';
import type { CastVotes, CreateCandidate, RecordDecision } from '../../../api/requests';
import { emptyRequired } from '../../../components/required';

type Candidate = FocusView['candidates'][number];

export default function Focus() {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const focus = useResource<FocusView>(`/api/networks/${networkId}/focus`, networkId);
  const [notice, setNotice] = useState('');
  const removal = useMutation();
  const data = focus.data;
  const group = (g: StakeholderGroup) => t(`focus.group.${g}` as MessageKey);

  const remove = (c: Candidate) =>
    removal.run(async () => {
      await del(`/api/networks/${networkId}/focus/candidates/${c.id}`);
      focus.reload();
    });

  return (
    <>
      <PageTitle title={t('focus.title')} />
      <Paragraph lead>{t('focus.intro')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={focus.error ?? removal.error} />
      {!data ? (
        focus.error ? null : (
          <Loading />
        )
      ) : (
        <>
          <section aria-labelledby="focus-decision">
            <Heading level={2} id="focus-decision">
              {t('focus.decision.title')}
            </Heading>
            {data.decision ? (
              <>
                <p className="utrecht-paragraph wk-strong">
                  {t('focus.decision.current', { themes: data.decision.themes.join(', ') })}
                </p>
                <Paragraph>
                  {t('focus.decision.reasons')}: {data.decision.reasons}
                </Paragraph>
                <Paragraph small>
                  {data.decision.decidedBy
                    ? t('focus.decision.by', {
                        name: data.decision.decidedBy,
                        date: formatDate(data.decision.createdAt, locale),
                      })
                    : t('focus.decision.byUnknown', { date: formatDate(data.decision.createdAt, locale) })}
                </Paragraph>
              </>
            ) : (
              <Paragraph>{t('focus.decision.none')}</Paragraph>
            )}
          </section>

          <section aria-labelledby="focus-results">
            <Heading level={2} id="focus-results">
              {t('focus.results.title')}
            </Heading>
            {data.candidates.length === 0 ? (
              <Paragraph>{t('focus.empty')}</Paragraph>
            ) : (
              <>
                <Table caption={t('focus.results.caption')}>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th scope="col" className="utrecht-table__header-cell">
                        {t('focus.results.theme')}
                      </th>
                      {data.groups.map((g) => (
                        <th key={g} scope="col" className="utrecht-table__header-cell">
                          {group(g)}
                        </th>
                      ))}
                      {role === 'kartrekker' ? (
                        <th scope="col" className="utrecht-table__header-cell">
                          {t('common.actions')}
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {data.candidates.map((c) => (
                      <tr key={c.id} className="utrecht-table__row">
                        <th scope="row" className="utrecht-table__cell wk-row-head">
                          {c.theme} {c.chosen ? t('focus.results.chosen') : ''}
                          {c.description ? <span className="wk-muted"> — {c.description}</span> : null}
                        </th>
                        {c.results.map((r) => (
                          <td key={r.group} className="utrecht-table__cell" data-label={group(r.group)}>
                            {r.count === 0 || r.mean === null
                              ? t('focus.results.noVotes')
                              : r.count === 1
                                ? t('focus.results.cellOne', { label: r.label ?? '' })
                                : t('focus.results.cell', {
                                    label: r.label ?? '',
                                    mean: formatNumber(r.mean, locale),
                                    count: r.count,
                                  })}
                          </td>
                        ))}
                        {role === 'kartrekker' ? (
                          <td className="utrecht-table__cell" data-label={t('common.actions')}>
                            <ConfirmButton
                              label={t('focus.remove')}
                              about={c.theme}
                              question={t('focus.removeQuestion', { theme: c.theme })}
                              confirmLabel={t('focus.removeConfirm')}
                              onConfirm={() => remove(c)}
                            />
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </Table>
                <Paragraph small>{t('focus.results.note')}</Paragraph>
              </>
            )}
          </section>

          {data.candidates.length > 0 ? (
            <section aria-labelledby="focus-vote">
              <Heading level={2} id="focus-vote">
                {t('focus.vote.title')}
              </Heading>
              <Paragraph>{t('focus.scaleHelp')}</Paragraph>
              {data.candidates.map((c) => (
                <VoteForm
                  key={c.id}
                  networkId={networkId}
                  candidate={c}
                  groups={data.groups}
                  onSaved={() => {
                    setNotice(t('focus.vote.saved', { theme: c.theme }));
                    focus.reload();
                  }}
                />
              ))}
            </section>
          ) : null}

          {roleAtLeast(role, 'partner') ? (
            <ProposeForm
              networkId={networkId}
              onSaved={(theme) => {
                setNotice(t('focus.propose.saved', { theme }));
                focus.reload();
              }}
            />
          ) : null}
          {role === 'kartrekker' && data.candidates.length > 0 ? (
            <DecisionForm
              networkId={networkId}
              data={data}
              onSaved={() => {
                setNotice(t('focus.decide.saved'));
                focus.reload();
              }}
            />
          ) : null}
        </>
      )}
    </>
  );
}

function VoteForm({
  networkId,
  candidate,
  groups,
  onSaved,
}: {
  networkId: string;
  candidate: Candidate;
  groups: readonly StakeholderGroup[];
  onSaved: () => void;
}) {
  const t = useT();
  const [scores, setScores] = useState<Record<string, string>>(
    Object.fromEntries(groups.map((g) => [g, candidate.myScores[g] ? String(candidate.myScores[g]) : ''])),
  );
  const form = useMutation({ groupListFields: true });
  const options = [
    { value: '', label: t('focus.scale.none') },
    ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`focus.scale.${n}` as MessageKey) })),
  ];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await form.run(async () => {
      await put(`/api/networks/${networkId}/focus/candidates/${candidate.id}/votes`, {
        scores: Object.fromEntries(groups.map((g) => [g, scores[g] ? Number(scores[g]) : null])),
      } satisfies CastVotes);
      onSaved();
    });
  };
  const errors = form.fields;
  return (
    <form onSubmit={submit} noValidate className="wk-vote">
      <Fieldset legend={t('focus.vote.legend', { theme: candidate.theme })}>
        {groups.map((g) => (
          <SelectField
            key={g}
            label={t('focus.vote.label', { group: t(`focus.group.${g}` as MessageKey) })}
            value={scores[g]}
            onChange={(e) => setScores({ ...scores, [g]: e.target.value })}
            options={options}
            error={errors.scores}
          />
        ))}
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" variant="secondary" aria-label={`${t('focus.vote.save')}: ${candidate.theme}`}>
          {t('focus.vote.save')}
        </Button>
      </ButtonGroup>
      <ErrorAlert error={form.error} />
    </form>
  );
}

function ProposeForm({ networkId, onSaved }: { networkId: string; onSaved: (theme: string) => void }) {
  const t = useT();
  const [theme, setTheme] = useState('');
  const [description, setDescription] = useState('');
  const form = useMutation({ groupListFields: true });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = emptyRequired(t, { theme });
    if (missing) return form.invalid(missing);
    await form.run(async () => {
      await post(`/api/networks/${networkId}/focus/candidates`, { theme, description } satisfies CreateCandidate);
      setTheme('');
      setDescription('');
      onSaved(theme.trim());
    });
  };
  const errors = form.fields;
  return (
    <section aria-labelledby="focus-propose">
      <Heading level={2} id="focus-propose">
        {t('focus.propose.title')}
      </Heading>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('focus.propose.theme')}
          description={t('focus.propose.themeHelp')}
          value={theme}
          onChange={(e) => setTheme(e.target.value)}
          error={errors.theme}
          required
        />
        <TextAreaField
          label={t('focus.propose.description')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={errors.description}
          rows={2}
        />
        <ButtonGroup>
          <Button type="submit">{t('focus.propose.save')}</Button>
        </ButtonGroup>
        <ErrorAlert error={form.error} />
      </form>
    </section>
  );
}

function DecisionForm({ networkId, data, onSaved }: { networkId: string; data: FocusView; onSaved: () => void }) {
  const t = useT();
  const [chosen, setChosen] = useState<string[]>(data.candidates.filter((c) => c.chosen).map((c) => c.id));
  const [reasons, setReasons] = useState('');
  const form = useMutation({ groupListFields: true });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await form.run(async () => {
      await post(`/api/networks/${networkId}/focus/decisions`, {
        candidateIds: chosen,
        reasons,
      } satisfies RecordDecision);
      setReasons('');
      onSaved();
    });
  };
  const errors = form.fields;
  return (
    <section aria-labelledby="focus-decide">
      <Heading level={2} id="focus-decide">
        {t('focus.decide.title')}
      </Heading>
      <Paragraph>{t('focus.decide.intro')}</Paragraph>
      <form onSubmit={submit} noValidate>
        <Fieldset legend={t('focus.decide.themes')}>
          {errors.candidateIds ? <p className="utrecht-form-field-error-message">{errors.candidateIds}</p> : null}
          {data.candidates.map((c) => (
            <CheckboxField
              key={c.id}
              label={c.theme}
              checked={chosen.includes(c.id)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))}
            />
          ))}
        </Fieldset>
        <TextAreaField
          label={t('focus.decide.reasons')}
          value={reasons}
          onChange={(e) => setReasons(e.target.value)}
          error={errors.reasons}
          required
        />
        <ButtonGroup>
          <Button type="submit">{t('focus.decide.save')}</Button>
        </ButtonGroup>
        <ErrorAlert error={form.error} />
      </form>
    </section>
  );
}
