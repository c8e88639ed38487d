import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../../../i18n';
import { del, patch, post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { GoalView, LadderView } from '../../../api/vormgeven-types';
import { PageTitle } from '../../../components/page';
import { ConfirmButton } from '../../../components/ConfirmButton';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorAlert,
  Fieldset,
  Heading,
  Loading,
  Paragraph,
  TextAreaField,
  TextField,
} from '../../../components/ui';
import { useNetwork } from '../context';
import { apiBase, useGoals, useLadders } from './shared';
import type { CreateGoal, UpdateGoal, UpdateNetwork } from '../../../api/requests';
import { emptyRequired } from '../../../components/required';

/** Stip op de horizon and the concrete goals, each with an indicator and a target value. */
export default function Goals() {
  const t = useT();
  const { networkId, role } = useNetwork();
  const goals = useGoals(networkId);
  const ladders = useLadders(networkId);
  const lead = role === 'kartrekker';
  // From the comparison: "make a goal of this shared goal" opens the form filled in.
  const location = useLocation();
  const navigate = useNavigate();
  const [draft] = useState(
    () => (location.state as { goalDraft?: { title: string; ladderIds: string[] } } | null)?.goalDraft,
  );
  const [editing, setEditing] = useState<string | null>(draft && lead ? 'new' : null);
  useEffect(() => {
    // Use the draft once: a reload or a later visit starts without it.
    if (location.state) navigate(location.pathname + location.search, { replace: true, state: null });
  }, [location, navigate]);
  const [notice, setNotice] = useState('');
  const done = (msg?: string) => {
    setEditing(null);
    if (msg) setNotice(msg);
    goals.reload();
  };
  const ladderName = (id: string) => {
    const l = ladders.data?.find((x) => x.id === id);
    return l ? `${l.partnerName}: ${l.goal || l.activity}` : null;
  };

  return (
    <>
      <PageTitle title={t('vg.goals.title')} />
      <Paragraph lead>{t('vg.goals.lead')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={goals.error} />
      {!goals.data ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="vision-heading">
            <Heading level={2} id="vision-heading">
              {t('vg.goals.visionTitle')}
            </Heading>
            <Paragraph>{t('vg.goals.visionExplain')}</Paragraph>
            {lead ? (
              <VisionForm
                vision={goals.data.vision}
                version={goals.data.networkVersion}
                onSaved={() => done(t('vg.goals.visionSaved'))}
              />
            ) : goals.data.vision ? (
              <p className="utrecht-paragraph wk-quote wk-prewrap">{goals.data.vision}</p>
            ) : (
              <Paragraph>{t('vg.goals.noVision')}</Paragraph>
            )}
          </section>

          <section aria-labelledby="goals-heading">
            <Heading level={2} id="goals-heading">
              {t('vg.goals.listTitle')}
            </Heading>
            <Paragraph>{t('vg.goals.listExplain')}</Paragraph>
            {goals.data.goals.length === 0 ? (
              <Paragraph>{lead ? t('vg.goals.emptyLead') : t('vg.goals.empty')}</Paragraph>
            ) : null}
            <ul className="wk-cards">
              {goals.data.goals.map((g) =>
                editing === g.id ? (
                  <li key={g.id} className="wk-card wk-card--wide">
                    <GoalForm goal={g} ladders={ladders.data ?? []} onDone={done} />
                  </li>
                ) : (
                  <li key={g.id} className="wk-card">
                    <Heading level={3}>{g.title}</Heading>
                    {g.description ? <p className="utrecht-paragraph wk-prewrap">{g.description}</p> : null}
                    <dl className="wk-facts wk-facts--stacked">
                      <div>
                        <dt>{t('vg.goals.indicator')}</dt>
                        <dd>{g.indicator || '—'}</dd>
                      </div>
                      <div>
                        <dt>{t('vg.goals.target')}</dt>
                        <dd>{g.targetValue || '—'}</dd>
                      </div>
                      {g.ladderIds.length ? (
                        <div>
                          <dt>{t('vg.goals.fromLadders')}</dt>
                          <dd>
                            <ul className="wk-plain-list">
                              {g.ladderIds.map((id) => (
                                <li key={id}>{ladderName(id) ?? t('vg.goals.ladderGone')}</li>
                              ))}
                            </ul>
                          </dd>
                        </div>
                      ) : null}
                    </dl>
                    {lead ? (
                      <Button
                        variant="secondary"
                        onClick={() => setEditing(g.id)}
                        aria-label={`${t('vg.common.edit')}: ${g.title}`}
                      >
                        {t('vg.common.edit')}
                      </Button>
                    ) : null}
                  </li>
                ),
              )}
            </ul>
            {lead ? (
              editing === 'new' ? (
                <GoalForm ladders={ladders.data ?? []} draft={draft} onDone={done} />
              ) : (
                <Button onClick={() => setEditing('new')}>{t('vg.goals.add')}</Button>
              )
            ) : null}
          </section>
        </>
      )}
    </>
  );
}

function VisionForm({ vision, version, onSaved }: { vision: string; version: number; onSaved: () => void }) {
  const t = useT();
  const { networkId, reload } = useNetwork();
  const [value, setValue] = useState(vision);
  const form = useMutation();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await form.run(async () => {
      await patch(`/api/networks/${networkId}`, { vision: value, version } satisfies UpdateNetwork);
      reload();
      onSaved();
    });
  };
  return (
    <form onSubmit={submit} noValidate className="wk-form">
      <ErrorAlert error={form.error} />
      <TextAreaField
        label={t('vg.goals.visionLabel')}
        description={t('vg.goals.visionHint')}
        value={value}
        maxLength={4000}
        rows={3}
        error={form.fields.vision}
        onChange={(e) => setValue(e.target.value)}
      />
      <Button type="submit" busy={form.busy}>
        {t('vg.goals.visionSave')}
      </Button>
    </form>
  );
}

function GoalForm({
  goal,
  draft,
  ladders,
  onDone,
}: {
  goal?: GoalView;
  draft?: { title: string; ladderIds: string[] };
  ladders: LadderView[];
  onDone: (msg?: string) => void;
}) {
  const t = useT();
  const { networkId } = useNetwork();
  const [title, setTitle] = useState(goal?.title ?? draft?.title ?? '');
  const [description, setDescription] = useState(goal?.description ?? '');
  const [indicator, setIndicator] = useState(goal?.indicator ?? '');
  const [targetValue, setTargetValue] = useState(goal?.targetValue ?? '');
  const [ladderIds, setLadderIds] = useState<string[]>(goal?.ladderIds ?? draft?.ladderIds ?? []);
  const form = useMutation({ version: goal?.version ?? 0 });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = emptyRequired(t, { title });
    if (missing) return form.invalid(missing);
    const body = { title, description, indicator, targetValue, ladderIds };
    await form.run(async (version) => {
      if (goal) await patch(`${apiBase(networkId)}/goals/${goal.id}`, { ...body, version } satisfies UpdateGoal);
      else await post(`${apiBase(networkId)}/goals`, body satisfies CreateGoal);
      onDone(t('vg.goals.saved', { title }));
    });
  };
  const f = form.fields;
  const idBase = goal?.id ?? 'new-goal';
  return (
    <form onSubmit={submit} noValidate className="wk-form wk-panel">
      <Heading level={3}>{goal ? t('vg.goals.editTitle') : t('vg.goals.newTitle')}</Heading>
      <ErrorAlert error={form.error} />
      <TextField
        id={`${idBase}-title`}
        label={t('vg.goals.titleLabel')}
        description={t('vg.goals.titleHint')}
        required
        value={title}
        maxLength={200}
        error={f.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextAreaField
        id={`${idBase}-desc`}
        label={t('vg.goals.description')}
        value={description}
        maxLength={4000}
        rows={3}
        error={f.description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <TextField
        id={`${idBase}-indicator`}
        label={t('vg.goals.indicator')}
        description={t('vg.goals.indicatorHint')}
        value={indicator}
        maxLength={500}
        error={f.indicator}
        onChange={(e) => setIndicator(e.target.value)}
      />
      <TextField
        id={`${idBase}-target`}
        label={t('vg.goals.target')}
        description={t('vg.goals.targetHint')}
        value={targetValue}
        maxLength={200}
        error={f.targetValue}
        onChange={(e) => setTargetValue(e.target.value)}
      />
      {ladders.length ? (
        <Fieldset legend={t('vg.goals.fromLadders')} description={t('vg.goals.fromLaddersHint')}>
          <ul className="wk-plain-list">
            {ladders.map((l) => (
              <li key={l.id}>
                <label className="wk-tagpick__option">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={ladderIds.includes(l.id)}
                    onChange={(e) =>
                      setLadderIds(e.target.checked ? [...ladderIds, l.id] : ladderIds.filter((x) => x !== l.id))
                    }
                  />
                  <span>
                    <span className="wk-strong">{l.partnerName}</span>: {l.goal || l.activity || '—'}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </Fieldset>
      ) : null}
      <ButtonGroup>
        <Button type="submit" busy={form.busy}>
          {t('vg.goals.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone()}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
      {goal ? (
        <div className="wk-editor-remove">
          <ConfirmButton
            label={t('vg.goals.remove')}
            question={t('vg.goals.removeQuestion', { title: goal.title })}
            confirmLabel={t('vg.goals.removeConfirm')}
            onConfirm={() =>
              form.run(async () => {
                await del(`${apiBase(networkId)}/goals/${goal.id}`);
                onDone(t('vg.goals.removed'));
              })
            }
          />
        </div>
      ) : null}
    </form>
  );
}
