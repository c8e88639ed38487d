/**
 * Progress per phase from the registry: done out of applicable, where a step a network marked
 * "niet van toepassing" (with a reason) is settled and no longer counts. Nothing here enforces
 * an order; the suggested next step is only the first open step in list order.
 */
import type { NetworkFacts } from './facts.js';
import { DETAIL_MESSAGES, STEPS, stepDefinition, type Detail, type StepId } from './steps.js';
import { renderMessage, type Locale, type Message, type Text } from './text.js';
import { PHASES, type Phase, type ToolId } from './tools.js';

/** "Niet van toepassing" for one step, as stored in phase_step_marks. */
export interface StepMark {
  stepId: StepId;
  reason: string;
}

export type StepStatus = 'done' | 'open' | 'notApplicable';

export interface StepProgress {
  id: StepId;
  phase: Phase;
  tool: ToolId;
  label: Text;
  status: StepStatus;
  detail: Detail;
}

export interface PhaseProgress {
  phase: Phase;
  steps: StepProgress[];
  done: number;
  /** Steps not marked "niet van toepassing". */
  applicable: number;
  notApplicable: number;
  total: number;
  complete: boolean;
  /** The first open step, or null when every step is settled. */
  next: StepId | null;
}

export const MAX_REASON_LENGTH = 500;

/**
 * Why a mark cannot be stored, in Dutch and English, or null when it can. The route answers 400
 * with this text; the registry itself ignores marks for steps it does not know (a step removed
 * after it was marked).
 */
export function markError(mark: StepMark): Text | null {
  if (!stepDefinition(mark.stepId))
    return {
      nl: 'Deze stap bestaat niet. Kies een stap uit de lijst.',
      en: 'This step does not exist. Choose a step from the list.',
    };
  const reason = mark.reason.trim();
  if (!reason)
    return {
      nl: 'Schrijf op waarom deze stap niet van toepassing is.',
      en: 'Write down why this step does not apply.',
    };
  if (reason.length > MAX_REASON_LENGTH)
    return {
      nl: `Maak de reden korter: hoogstens ${MAX_REASON_LENGTH} tekens.`,
      en: `Make the reason shorter: at most ${MAX_REASON_LENGTH} characters.`,
    };
  return null;
}

export function computeProgress(facts: NetworkFacts, marks: readonly StepMark[] = []): PhaseProgress[] {
  const reasons = new Map(marks.filter((m) => m.reason.trim()).map((m) => [m.stepId, m.reason.trim()]));
  return PHASES.map((phase) => {
    const steps: StepProgress[] = STEPS.filter((s) => s.phase === phase).map((s) => {
      const reason = reasons.get(s.id);
      const base = { id: s.id, phase, tool: s.tool, label: s.label };
      if (reason !== undefined)
        return { ...base, status: 'notApplicable', detail: { code: 'notApplicable', params: { reason } } };
      const r = s.evaluate(facts);
      return { ...base, status: r.done ? 'done' : 'open', detail: r.detail };
    });
    const done = steps.filter((s) => s.status === 'done').length;
    const notApplicable = steps.filter((s) => s.status === 'notApplicable').length;
    const applicable = steps.length - notApplicable;
    return {
      phase,
      steps,
      done,
      applicable,
      notApplicable,
      total: steps.length,
      complete: done === applicable,
      next: steps.find((s) => s.status === 'open')?.id ?? null,
    };
  });
}

/**
 * One step to suggest across all phases: the next open step of the preferred phase (the one the
 * network chose at its first run, or is looking at), else of the later phases, else of the
 * earlier ones. Null when everything is settled.
 */
export function suggestNextStep(
  progress: readonly PhaseProgress[],
  preferred: Phase = 'verkennen',
): StepProgress | null {
  const start = PHASES.indexOf(preferred);
  const order = [...PHASES.slice(start), ...PHASES.slice(0, start)];
  for (const phase of order) {
    const p = progress.find((x) => x.phase === phase);
    const next = p?.steps.find((s) => s.status === 'open');
    if (next) return next;
  }
  return null;
}

export function renderDetail(detail: Detail, locale: Locale): string {
  return renderMessage(DETAIL_MESSAGES[detail.code], locale, detail.params);
}

export const PROGRESS_MESSAGES = {
  count: {
    nl: {
      count: 'applicable',
      one: '{done} van {applicable} stap gedaan.',
      other: '{done} van de {applicable} stappen gedaan.',
    },
    en: {
      count: 'applicable',
      one: '{done} of {applicable} step done.',
      other: '{done} of the {applicable} steps done.',
    },
  },
  notApplicable: {
    nl: {
      count: 'notApplicable',
      one: '{notApplicable} stap is niet van toepassing.',
      other: '{notApplicable} stappen zijn niet van toepassing.',
    },
    en: {
      count: 'notApplicable',
      one: '{notApplicable} step does not apply.',
      other: '{notApplicable} steps do not apply.',
    },
  },
} as const satisfies Record<string, Message>;

export const STATUS_LABELS: Record<StepStatus, Text> = {
  done: { nl: 'gedaan', en: 'done' },
  open: { nl: 'nog te doen', en: 'still to do' },
  notApplicable: { nl: 'niet van toepassing', en: 'not applicable' },
};

/** "4 van de 6 stappen gedaan." plus, when any, "1 stap is niet van toepassing." */
export function renderPhaseCount(p: PhaseProgress, locale: Locale): string {
  const count = renderMessage(PROGRESS_MESSAGES.count, locale, { done: p.done, applicable: p.applicable });
  if (p.notApplicable === 0) return count;
  return `${count} ${renderMessage(PROGRESS_MESSAGES.notApplicable, locale, { notApplicable: p.notApplicable })}`;
}
