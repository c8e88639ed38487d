import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useT, type T } from '../../../i18n';
import { ApiError, del, patch, post } from '../../../api/client';
import type { GoalComparison, LadderView, TermView, VocabularyView } from '../../../api/vormgeven-types';
import { roleAtLeast } from '@domain/vocabulary.ts';
import { PageTitle } from '../../../components/page';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { Alert, Button, ButtonGroup, ErrorAlert, Fieldset, Heading, Loading, Paragraph, SelectField, TextField, TextLink } from '../../../components/ui';
import { dimensionLabel } from '../../../labels';
import { useNetwork } from '../context';
import { apiBase, useComparison, useLadders, useMyMemberId, useVocabulary } from './shared';

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
                      <Button variant="secondary" onClick={() => setEditing(l.id)} aria-label={t('vg.ladders.editOf', { activity: l.activity || l.goal || t('vg.ladders.untitled') })}>
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
                      <Button variant="subtle" onClick={() => setEditing(l.id)} aria-label={t('vg.ladders.editOf', { activity: `${l.partnerName}: ${l.activity || l.goal}` })}>
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

/** A ladder read from the activity, through the "waarom?" steps, to the underlying goal. */
export function LadderCard({ ladder, headingLevel, showWho }: { ladder: LadderView; headingLevel: 3; showWho?: boolean }) {
  const t = useT();
  const steps = ladder.steps.filter((s) => s.trim());
  return (
    <div className="wk-ladder-view">
      <Heading level={headingLevel}>{showWho ? ladder.partnerName : ladder.activity || t('vg.ladders.untitled')}</Heading>
      {showWho && ladder.actorName ? <p className="utrecht-paragraph wk-meta">{t('vg.ladders.filledBy', { name: ladder.memberName })}</p> : null}
      <ol className="wk-ladder">
        <li className="wk-ladder__rung wk-ladder__rung--activity">
          <span className="wk-ladder__label">{t('vg.ladder.activity')}</span>
          <span className="wk-ladder__text">{ladder.activity || '—'}</span>
        </li>
        {steps.map((s, i) => (
          <li key={i} className="wk-ladder__rung">
            <span className="wk-ladder__label">{t('vg.ladder.why')}</span>
            <span className="wk-ladder__text">{s}</span>
          </li>
        ))}
        <li className="wk-ladder__rung wk-ladder__rung--goal">
          <span className="wk-ladder__label">{t('vg.ladder.goal')}</span>
          <span className="wk-ladder__text">{ladder.goal || t('vg.ladder.noGoal')}</span>
        </li>
      </ol>
      <Tags t={t} targetGroups={ladder.targetGroups} themes={ladder.themes} dimensions={ladder.healthDimensions} />
    </div>
  );
}

function Tags({ t, targetGroups, themes, dimensions }: { t: T; targetGroups: string[]; themes: string[]; dimensions: string[] }) {
  if (!targetGroups.length && !themes.length && !dimensions.length) return null;
  return (
    <dl className="wk-tags">
      {targetGroups.length ? (
        <div>
          <dt>{t('vg.tags.targetGroups')}</dt>
          <dd>
            <Chips items={targetGroups} kind="group" />
          </dd>
        </div>
      ) : null}
      {themes.length ? (
        <div>
          <dt>{t('vg.tags.themes')}</dt>
          <dd>
            <Chips items={themes} kind="theme" />
          </dd>
        </div>
      ) : null}
      {dimensions.length ? (
        <div>
          <dt>{t('vg.tags.dimensions')}</dt>
          <dd>
            <Chips items={dimensions.map((d) => dimensionLabel(t, d))} kind="dimension" />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function Chips({ items, kind }: { items: string[]; kind: 'group' | 'theme' | 'dimension' | 'word' }) {
  return (
    <ul className="wk-chips">
      {items.map((i) => (
        <li key={i} className={`wk-chip wk-chip--${kind}`}>
          {i}
        </li>
      ))}
    </ul>
  );
}

// ---------- the comparison ----------

function Comparison({ data }: { data: GoalComparison }) {
  const t = useT();
  const { networkId, role } = useNetwork();
  const nothing = data.groups.length === 0 && data.warnings.length === 0 && data.unshared.length === 0;
  return (
    <div className="wk-compare">
      {nothing ? (
        <div className="wk-empty">
          <Paragraph>{t('vg.cmp.empty')}</Paragraph>
        </div>
      ) : (
        <p className="utrecht-paragraph wk-compare__summary">
          {t('vg.cmp.summary', { groups: data.groups.length, warnings: data.warnings.length, unshared: data.unshared.length })}
        </p>
      )}

      {data.groups.map((g, i) => (
        <article key={`g${i}`} className="wk-match wk-match--shared" aria-labelledby={`group-${i}`}>
          <h3 className="utrecht-heading-3 wk-match__title" id={`group-${i}`}>
            <span className="wk-match__badge">{t('vg.cmp.sharedBadge')}</span>
            {g.activitiesDiffer ? t('vg.cmp.sharedDifferent') : t('vg.cmp.shared')}
          </h3>
          <ul className="wk-match__members">
            {g.members.map((m) => (
              <li key={m.ladderId} className="wk-match__member">
                <span className="wk-strong">{m.partnerName}</span>
                <span className="wk-match__activity">
                  {t('vg.cmp.wants')} {m.activity || '—'}
                </span>
                <span className="wk-match__goal">
                  {t('vg.cmp.because')} {m.goal || '—'}
                </span>
              </li>
            ))}
          </ul>
          <Tags t={t} targetGroups={g.commonTargetGroups} themes={g.commonThemes} dimensions={g.commonHealthDimensions} />
          <p className="utrecht-paragraph wk-match__why">
            <span className="wk-strong">{t('vg.cmp.why')} </span>
            {g.explanation}
          </p>
          {role === 'kartrekker' ? (
            <p className="utrecht-paragraph wk-match__next">
              <TextLink
                to={`/netwerken/${networkId}/vormgeven/doelen`}
                state={{ goalDraft: { title: g.members.find((m) => m.goal)?.goal ?? '', ladderIds: g.members.map((m) => m.ladderId) } }}
              >
                {t('vg.cmp.makeGoal')}
              </TextLink>
            </p>
          ) : null}
        </article>
      ))}

      {data.warnings.map((w, i) => (
        <article key={`w${i}`} className="wk-match wk-match--warning" aria-labelledby={`warning-${i}`}>
          <h3 className="utrecht-heading-3 wk-match__title" id={`warning-${i}`}>
            <span className="wk-match__badge">{t('vg.cmp.warningBadge')}</span>
            {t('vg.cmp.warning')}
          </h3>
          <ul className="wk-match__members">
            {[w.a, w.b].map((m) => (
              <li key={m.ladderId} className="wk-match__member">
                <span className="wk-strong">{m.partnerName}</span>
                <span className="wk-match__goal">
                  {t('vg.cmp.because')} {m.goal || '—'}
                </span>
                <span className="wk-match__groups">
                  {t('vg.cmp.for')} {m.targetGroups.length ? m.targetGroups.map((g) => g.label).join(', ') : t('vg.cmp.noGroup')}
                </span>
              </li>
            ))}
          </ul>
          {w.sharedWords.length || w.sharedThemes.length ? (
            <div className="utrecht-paragraph wk-match__words">
              {t('vg.cmp.sameWords')} <Chips items={[...w.sharedThemes, ...w.sharedWords.filter((x) => !w.sharedThemes.includes(x))]} kind="word" />
            </div>
          ) : null}
          <p className="utrecht-paragraph wk-match__why">
            <span className="wk-strong">{t('vg.cmp.why')} </span>
            {w.explanation}
          </p>
        </article>
      ))}

      {data.unshared.map((u) => (
        <article key={u.member.ladderId} className="wk-match wk-match--alone" aria-labelledby={`alone-${u.member.ladderId}`}>
          <h3 className="utrecht-heading-3 wk-match__title" id={`alone-${u.member.ladderId}`}>
            <span className="wk-match__badge">{t('vg.cmp.aloneBadge')}</span>
            {t('vg.cmp.alone', { name: u.member.partnerName })}
          </h3>
          <p className="utrecht-paragraph">
            {t('vg.cmp.because')} {u.member.goal || '—'}
          </p>
          <p className="utrecht-paragraph wk-match__why">
            <span className="wk-strong">{t('vg.cmp.why')} </span>
            {u.explanation}
          </p>
        </article>
      ))}

      {data.incomplete.length ? (
        <Paragraph small>{t('vg.cmp.incomplete', { names: data.incomplete.map((m) => m.partnerName).join(', ') })}</Paragraph>
      ) : null}
    </div>
  );
}

// ---------- the editor ----------

interface Draft {
  activity: string;
  steps: string[];
  goal: string;
  targetGroups: string[];
  themes: string[];
  healthDimensions: string[];
}

const draftOf = (l?: LadderView): Draft => ({
  activity: l?.activity ?? '',
  steps: l?.steps.length ? [...l.steps] : [''],
  goal: l?.goal ?? '',
  targetGroups: l?.targetGroups ?? [],
  themes: l?.themes ?? [],
  healthDimensions: l?.healthDimensions ?? [],
});

function LadderEditor({ ladder, vocabulary, onVocabulary, onDone }: { ladder?: LadderView; vocabulary: VocabularyView; onVocabulary: () => void; onDone: (notice?: string) => void }) {
  const t = useT();
  const { networkId, role, overview } = useNetwork();
  const myMemberId = useMyMemberId();
  const [forMember, setForMember] = useState(myMemberId ?? '');
  const [draft, setDraft] = useState<Draft>(() => draftOf(ladder));
  const [version, setVersion] = useState(ladder?.version ?? 0);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (patchDraft: Partial<Draft>) => setDraft((d) => ({ ...d, ...patchDraft }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const body = { ...draft, steps: draft.steps.map((s) => s.trim()).filter(Boolean) };
    try {
      if (ladder) await patch(`${apiBase(networkId)}/ladders/${ladder.id}`, { ...body, version });
      else await post(`${apiBase(networkId)}/ladders`, forMember && forMember !== myMemberId ? { ...body, memberId: forMember } : body);
      onDone(t('vg.ladders.saved'));
    } catch (err) {
      const apiErr = err as ApiError;
      setError(apiErr);
      if (apiErr.code === 'version_conflict' && apiErr.body.current) {
        setVersion((apiErr.body.current as LadderView).version);
        setConflict(true);
      }
    } finally {
      setBusy(false);
    }
  };

  const fields = error?.fields ?? {};
  const idBase = ladder?.id ?? 'new';
  return (
    <form onSubmit={submit} noValidate className="wk-form wk-panel wk-ladder-editor">
      <Heading level={3}>{ladder ? t('vg.ladders.editTitle') : t('vg.ladders.newTitle')}</Heading>
      <ErrorAlert error={error} />
      {conflict ? <Alert type="warning">{t('conflict.keepYours')}</Alert> : null}
      {!ladder && role === 'kartrekker' ? (
        <SelectField
          id={`${idBase}-member`}
          label={t('vg.ladder.forMember')}
          description={t('vg.ladder.forMemberHint')}
          value={forMember}
          error={fields.memberId}
          onChange={(e) => setForMember(e.target.value)}
          options={overview.members.filter((m) => m.role !== 'meekijker').map((m) => ({ value: m.id, label: m.actorName ? `${m.name || m.email} (${m.actorName})` : m.name || m.email }))}
        />
      ) : null}
      <TextField
        id={`${idBase}-activity`}
        label={t('vg.ladder.activityLabel')}
        description={t('vg.ladder.activityHint')}
        value={draft.activity}
        maxLength={500}
        error={fields.activity}
        onChange={(e) => set({ activity: e.target.value })}
      />
      <ol className="wk-whysteps">
        {draft.steps.map((s, i) => (
          <li key={i} className="wk-whysteps__step">
            <TextField
              id={`${idBase}-step-${i}`}
              label={t('vg.ladder.stepLabel', { n: i + 1 })}
              description={i === 0 ? t('vg.ladder.stepHint') : undefined}
              value={s}
              maxLength={500}
              error={fields[`steps.${i}`]}
              onChange={(e) => set({ steps: draft.steps.map((x, j) => (j === i ? e.target.value : x)) })}
            />
            {draft.steps.length > 1 ? (
              <Button variant="subtle" onClick={() => set({ steps: draft.steps.filter((_, j) => j !== i) })} aria-label={t('vg.ladder.removeStepOf', { n: i + 1 })}>
                {t('vg.ladder.removeStep')}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      {draft.steps.length < 12 ? (
        <Paragraph>
          <Button variant="secondary" onClick={() => set({ steps: [...draft.steps, ''] })}>
            {t('vg.ladder.addStep')}
          </Button>
        </Paragraph>
      ) : null}
      <TextField
        id={`${idBase}-goal`}
        label={t('vg.ladder.goalLabel')}
        description={t('vg.ladder.goalHint')}
        value={draft.goal}
        maxLength={500}
        error={fields.goal}
        onChange={(e) => set({ goal: e.target.value })}
      />
      <TagPicker
        legend={t('vg.tags.targetGroupsLegend')}
        description={t('vg.tags.targetGroupsHint')}
        kind="targetGroup"
        terms={vocabulary.targetGroups}
        selected={draft.targetGroups}
        onChange={(targetGroups) => set({ targetGroups })}
        onVocabulary={onVocabulary}
        idBase={`${idBase}-tg`}
      />
      <TagPicker
        legend={t('vg.tags.themesLegend')}
        description={t('vg.tags.themesHint')}
        kind="theme"
        terms={vocabulary.themes}
        selected={draft.themes}
        onChange={(themes) => set({ themes })}
        onVocabulary={onVocabulary}
        idBase={`${idBase}-th`}
      />
      <Fieldset legend={t('vg.tags.dimensionsLegend')} description={t('vg.tags.dimensionsHint')}>
        <ul className="wk-tagpick">
          {vocabulary.healthDimensions.map((d) => (
            <li key={d.code}>
              <label className="wk-tagpick__option">
                <input
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  checked={draft.healthDimensions.includes(d.code)}
                  onChange={(e) => set({ healthDimensions: e.target.checked ? [...draft.healthDimensions, d.code] : draft.healthDimensions.filter((x) => x !== d.code) })}
                />
                <span>{dimensionLabel(t, d.code)}</span>
              </label>
            </li>
          ))}
        </ul>
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" busy={busy}>
          {t('vg.ladders.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone()}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
      {ladder ? (
        <div className="wk-editor-remove">
          <ConfirmButton
            label={t('vg.ladders.remove')}
            question={t('vg.ladders.removeQuestion')}
            confirmLabel={t('vg.ladders.removeConfirm')}
            onConfirm={async () => {
              try {
                await del(`${apiBase(networkId)}/ladders/${ladder.id}`);
                onDone(t('vg.ladders.removed'));
              } catch (err) {
                setError(err as ApiError);
              }
            }}
          />
        </div>
      ) : null}
    </form>
  );
}

function TagPicker({
  legend,
  description,
  kind,
  terms,
  selected,
  onChange,
  onVocabulary,
  idBase,
}: {
  legend: string;
  description: string;
  kind: 'targetGroup' | 'theme';
  terms: TermView[];
  selected: string[];
  onChange: (next: string[]) => void;
  onVocabulary: () => void;
  idBase: string;
}) {
  const t = useT();
  const { networkId, role } = useNetwork();
  const [term, setTerm] = useState('');
  const [error, setError] = useState<unknown>(null);
  const labels = [...terms.map((x) => x.label), ...selected.filter((s) => !terms.some((x) => x.label === s))];
  const toggle = (label: string, on: boolean) => onChange(on ? [...selected, label] : selected.filter((s) => s !== label));

  const add = async () => {
    const label = term.trim().replace(/\s+/g, ' ').toLowerCase();
    if (!label) return;
    setError(null);
    try {
      await post(`${apiBase(networkId)}/vocabulary`, { kind, label });
      onVocabulary();
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 409)) {
        setError(err);
        return;
      }
    }
    if (!selected.includes(label)) onChange([...selected, label]);
    setTerm('');
  };
  const removeTerm = async (termId: string) => {
    setError(null);
    try {
      await del(`${apiBase(networkId)}/vocabulary/${termId}`);
      onVocabulary();
    } catch (err) {
      setError(err);
    }
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void add();
    }
  };

  return (
    <Fieldset legend={legend} description={description}>
      <ul className="wk-tagpick">
        {labels.map((label) => {
          const custom = terms.find((x) => x.label === label && x.custom && x.id);
          return (
            <li key={label} className="wk-tagpick__item">
              <label className="wk-tagpick__option">
                <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={selected.includes(label)} onChange={(e) => toggle(label, e.target.checked)} />
                <span>{label}</span>
              </label>
              {custom && role === 'kartrekker' ? (
                <Button variant="subtle" className="wk-tagpick__remove" onClick={() => void removeTerm(custom.id!)} aria-label={t('vg.tags.removeOf', { label })}>
                  {t('vg.tags.remove')}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="wk-inline-form">
        <TextField id={`${idBase}-new`} label={kind === 'targetGroup' ? t('vg.tags.newTargetGroup') : t('vg.tags.newTheme')} value={term} maxLength={60} onChange={(e) => setTerm(e.target.value)} onKeyDown={onKey} />
        <Button variant="secondary" onClick={() => void add()}>
          {t('vg.tags.add')}
        </Button>
      </div>
      <ErrorAlert error={error} />
    </Fieldset>
  );
}
