/**
 * The one-page "werkblad" per phase, for a meeting without screens: what the print page and the
 * PDF lay out, already in one language. It is built from the guidance and the registry, so the
 * paper and the screen never say different things.
 */
import { guidanceFor } from './guidance.js';
import { STEPS } from './steps.js';
import type { Locale, Text } from './text.js';
import type { Phase } from './tools.js';

export interface Worksheet {
  phase: Phase;
  title: string;
  purpose: string;
  /** Blank fields at the top: network, date, who took part. */
  fields: string[];
  /** Each question with the number of ruled lines to write on. */
  questions: { text: string; lines: number }[];
  checklistTitle: string;
  /** The phase's steps, each with an empty box. */
  checklist: string[];
  terms: { term: string; explanation: string }[];
  tips: string[];
  footer: string;
}

/** Lines per question: enough to write a few words, few enough for one A4 page. */
export const LINES_PER_QUESTION = 3;

const TEXTS: Record<'title' | 'checklist' | 'footer', Text> & { fields: Text[] } = {
  title: { nl: 'Werkblad {phase}', en: 'Worksheet: {phase}' },
  checklist: { nl: 'Stappen: vink af wat klaar is', en: 'Steps: tick what is done' },
  footer: {
    nl: 'Zet de antwoorden na het overleg in Wijknet, zodat iedereen ze kan zien.',
    en: 'After the meeting, put the answers in Wijknet so everyone can see them.',
  },
  fields: [
    { nl: 'Netwerk', en: 'Network' },
    { nl: 'Datum', en: 'Date' },
    { nl: 'Wie zijn er?', en: 'Who is here?' },
  ],
};

export function worksheet(phase: Phase, locale: Locale): Worksheet {
  const g = guidanceFor(phase);
  return {
    phase,
    title: TEXTS.title[locale].replace('{phase}', g.name[locale].toLowerCase()),
    purpose: g.purpose[locale],
    fields: TEXTS.fields.map((f) => f[locale]),
    questions: g.questions.map((q) => ({ text: q[locale], lines: LINES_PER_QUESTION })),
    checklistTitle: TEXTS.checklist[locale],
    checklist: STEPS.filter((s) => s.phase === phase).map((s) => s.label[locale]),
    terms: g.terms.map((t) => ({ term: t.term[locale], explanation: t.explanation[locale] })),
    tips: g.tips.map((t) => t.text[locale]),
    footer: TEXTS.footer[locale],
  };
}
