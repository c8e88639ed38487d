import { useState, type FormEvent } from 'react';
import { useT } from '../../../../i18n';
import { del, patch, post } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { LadderView, VocabularyView } from '../../../../api/vormgeven-types';
import { ConfirmButton } from '../../../../components/ConfirmButton';
import { ConflictAlert } from '../../../../components/ConflictAlert';
import {
  Button,
  ButtonGroup,
  ErrorAlert,
  Fieldset,
  Heading,
  Paragraph,
  SelectField,
  TextField,
} from '../../../../components/ui';
import { dimensionLabel, personName } from '../../../../labels';
import { useNetwork } from '../../context';
import { apiBase, useMyMemberId } from '../shared';
import { TagPicker } from './TagPicker';

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

/** Write or change a why ladder; a kartrekker can start one for another member. */
export function LadderEditor({
  ladder,
  vocabulary,
  onVocabulary,
  onDone,
}: {
  ladder?: LadderView;
  vocabulary: VocabularyView;
  onVocabulary: () => void;
  onDone: (notice?: string) => void;
}) {
  const t = useT();
  const { networkId, role, overview } = useNetwork();
  const myMemberId = useMyMemberId();
  const [forMember, setForMember] = useState(myMemberId ?? '');
  const [draft, setDraft] = useState<Draft>(() => draftOf(ladder));
  const form = useMutation<LadderView>({ version: ladder?.version ?? 0 });
  const set = (patchDraft: Partial<Draft>) => setDraft((d) => ({ ...d, ...patchDraft }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { ...draft, steps: draft.steps.map((s) => s.trim()).filter(Boolean) };
    await form.run(async (version) => {
      if (ladder) await patch(`${apiBase(networkId)}/ladders/${ladder.id}`, { ...body, version });
      else
        await post(
          `${apiBase(networkId)}/ladders`,
          forMember && forMember !== myMemberId ? { ...body, memberId: forMember } : body,
        );
      onDone(t('vg.ladders.saved'));
    });
  };

  const { fields } = form;
  const idBase = ladder?.id ?? 'new';
  return (
    <form onSubmit={submit} noValidate className="wk-form wk-panel wk-ladder-editor">
      <Heading level={3}>{ladder ? t('vg.ladders.editTitle') : t('vg.ladders.newTitle')}</Heading>
      <ErrorAlert error={form.error} />
      {form.current ? <ConflictAlert /> : null}
      {!ladder && role === 'kartrekker' ? (
        <SelectField
          id={`${idBase}-member`}
          label={t('vg.ladder.forMember')}
          description={t('vg.ladder.forMemberHint')}
          value={forMember}
          error={fields.memberId}
          onChange={(e) => setForMember(e.target.value)}
          options={overview.members
            .filter((m) => m.role !== 'meekijker')
            .map((m) => ({
              value: m.id,
              label: m.actorName ? `${personName(t, m)} (${m.actorName})` : personName(t, m),
            }))}
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
              <Button
                variant="subtle"
                onClick={() => set({ steps: draft.steps.filter((_, j) => j !== i) })}
                aria-label={t('vg.ladder.removeStepOf', { n: i + 1 })}
              >
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
                  onChange={(e) =>
                    set({
                      healthDimensions: e.target.checked
                        ? [...draft.healthDimensions, d.code]
                        : draft.healthDimensions.filter((x) => x !== d.code),
                    })
                  }
                />
                <span>{dimensionLabel(t, d.code)}</span>
              </label>
            </li>
          ))}
        </ul>
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" busy={form.busy}>
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
            onConfirm={() =>
              form.run(async () => {
                await del(`${apiBase(networkId)}/ladders/${ladder.id}`);
                onDone(t('vg.ladders.removed'));
              })
            }
          />
        </div>
      ) : null}
    </form>
  );
}
