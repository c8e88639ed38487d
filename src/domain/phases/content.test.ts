import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NOTE, GUIDANCE, TIP_IDS, WIJKNET_INTRO, guidanceTools } from './guidance.js';
import { FIRST_RUN_INTRO, FIRST_RUN_QUESTIONS } from './firstRun.js';
import { DETAIL_MESSAGES, STEPS } from './steps.js';
import type { Message, Text } from './text.js';
import { HELP_HEADINGS, PHASES, TOOLS, TOOL_IDS } from './tools.js';

const router = readFileSync(new URL('../../../web/src/main.tsx', import.meta.url), 'utf8');

/** Every Text in the guidance of a phase, in the order a reader meets it on the page. */
function textsOf(phase: (typeof GUIDANCE)[number]): Text[] {
  return [
    phase.name,
    phase.oneLine,
    phase.purpose,
    ...phase.questions,
    ...phase.steps.flatMap((s) => [STEPS.find((d) => d.id === s.step)!.label, s.how]),
    ...phase.tips.map((t) => t.text),
    phase.example.title,
    ...phase.example.paragraphs,
  ];
}

const allTexts: Text[] = [
  WIJKNET_INTRO,
  EXAMPLE_NOTE,
  FIRST_RUN_INTRO,
  HELP_HEADINGS.why,
  HELP_HEADINGS.together,
  ...GUIDANCE.flatMap((g) => [...textsOf(g), ...g.terms.flatMap((t) => [t.term, t.explanation])]),
  ...TOOLS.flatMap((t) => [t.name, t.help.why, t.help.together]),
  ...FIRST_RUN_QUESTIONS.flatMap((q) => [q.text, ...q.options.map((o) => o.label)]),
];

/** Every form of every progress detail, for the plain-Dutch checks. */
const detailForms: string[] = Object.values(DETAIL_MESSAGES as Record<string, Message>).flatMap((m) =>
  (typeof m.nl === 'string' ? [m.nl] : [m.nl.zero ?? '', m.nl.one, m.nl.other]).filter(Boolean),
);

const sentences = (text: string) => text.split(/(?<=[.?!:][”"]?)\s+/).filter((s) => s.trim());
const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));

describe('tools and their help in place', () => {
  it('lists every tool id once, with a name and both help texts in both languages', () => {
    expect(TOOLS.map((t) => t.id).sort()).toEqual([...TOOL_IDS].sort());
    for (const t of TOOLS) {
      for (const text of [t.name, t.help.why, t.help.together]) {
        expect(text.nl.trim(), t.id).not.toBe('');
        expect(text.en.trim(), t.id).not.toBe('');
        expect(text.en, t.id).not.toBe(text.nl);
      }
    }
  });

  it('points the existing tools at routes the router has', () => {
    for (const t of TOOLS.filter((x) => x.route !== null)) {
      for (const segment of t.route!.split('/')) expect(router, `${t.id}: ${segment}`).toContain(`path: '${segment}'`);
    }
  });

  it('has a page for every tool: nothing says "komt later" any more', () => {
    expect(
      TOOLS.filter((t) => t.route === null)
        .map((t) => t.id)
        .sort(),
    ).toEqual([]);
  });

  it('tells people of the partnership card to fill it in alone first and compare in a werksessie', () => {
    const card = TOOLS.find((t) => t.id === 'partnerschapskaart')!;
    expect(card.help.together.nl).toMatch(/eerst alleen/);
    expect(card.help.together.nl).toMatch(/werksessie/);
  });
});

describe('guidance per phase', () => {
  it('covers the four phases in order', () => {
    expect(GUIDANCE.map((g) => g.phase)).toEqual([...PHASES]);
  });

  it('has both languages for every text, and they are not copies', () => {
    for (const text of allTexts) {
      expect(text.nl.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.en, text.nl).not.toBe(text.nl);
    }
  });

  it('walks through exactly the registry’s steps of the phase, in the registry’s order', () => {
    for (const g of GUIDANCE) {
      expect(
        g.steps.map((s) => s.step),
        g.phase,
      ).toEqual(STEPS.filter((s) => s.phase === g.phase).map((s) => s.id));
    }
  });

  it('links to every tool its steps use', () => {
    for (const g of GUIDANCE) {
      const linked = guidanceTools(g.phase).map((t) => t.id);
      for (const s of STEPS.filter((d) => d.phase === g.phase))
        expect(linked, `${g.phase}: ${s.tool}`).toContain(s.tool);
    }
  });

  it('has questions, a purpose and an example with at least two paragraphs in every phase', () => {
    for (const g of GUIDANCE) {
      expect(g.questions.length, g.phase).toBeGreaterThanOrEqual(4);
      for (const q of g.questions) expect(q.nl.endsWith('?'), q.nl).toBe(true);
      expect(g.example.paragraphs.length, g.phase).toBeGreaterThanOrEqual(2);
    }
  });

  it('places each of the eight tips exactly once', () => {
    const placed = GUIDANCE.flatMap((g) => g.tips.map((t) => t.id));
    expect(placed.sort()).toEqual([...TIP_IDS].sort());
  });

  it('tells one story: the same made-up wijk in every phase', () => {
    for (const g of GUIDANCE)
      expect(g.example.paragraphs.map((p) => p.nl).join(' ') + g.example.title.nl, g.phase).toMatch(
        /Wilgenhoek|Ilse|Kees|Samira/,
      );
  });

  it('explains kartrekker, draagvlak and stip op de horizon in the phase where a reader first meets them', () => {
    for (const term of ['kartrekker', 'draagvlak', 'stip op de horizon']) {
      const first = GUIDANCE.find((g) => textsOf(g).some((t) => t.nl.toLowerCase().includes(term)));
      expect(first, term).toBeDefined();
      expect(
        first!.terms.map((t) => t.term.nl),
        `${term} in ${first!.phase}`,
      ).toContain(term);
    }
    for (const g of GUIDANCE)
      for (const t of g.terms) expect(t.explanation.nl.toLowerCase(), t.term.nl).toContain(t.term.nl);
  });
});

describe('plain Dutch', () => {
  it('addresses people with je and jullie, never with u', () => {
    for (const text of [...allTexts.map((t) => t.nl), ...detailForms]) expect(text, text).not.toMatch(/\b(u|uw)\b/i);
  });

  it('keeps sentences short: none over 22 words, on average at most 10', () => {
    const all = [...allTexts.map((t) => t.nl), ...detailForms].flatMap(sentences);
    for (const s of all) expect(words(s).length, s).toBeLessThanOrEqual(22);
    const average = all.reduce((sum, s) => sum + words(s).length, 0) / all.length;
    expect(average).toBeLessThanOrEqual(10);
  });

  it('says in two sentences what Wijknet is', () => {
    expect(sentences(WIJKNET_INTRO.nl)).toHaveLength(2);
    expect(sentences(WIJKNET_INTRO.en)).toHaveLength(2);
  });
});
