import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The web catalogues' texts of one key, Dutch first, English second (read as text: they are web code). */
const dir = new URL('../../web/src/i18n/', import.meta.url);
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n');
const texts = (key: string): string[] =>
  [...sources.matchAll(new RegExp(`'${key.replace(/\./g, '\\.')}':\\s*'((?:[^'\\\\]|\\\\.)*)'`, 'g'))].map((m) => m[1]);
const fill = (text: string, vars: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]);

describe('the goal comparison names a goal nobody else has kindly', () => {
  it('says the partner has the goal and nobody else does, in a whole sentence', () => {
    const [nl, en] = texts('vg.cmp.alone');
    // The partner has this goal themselves: "niemand deelt" said nobody has it at all.
    expect(fill(nl, { name: 'Buurtteam Oost' })).toBe('Buurtteam Oost heeft een doel dat nog niemand anders heeft');
    expect(fill(en, { name: 'Buurtteam Oost' })).toBe('Buurtteam Oost has a goal that nobody else has yet');
    for (const text of [nl, en]) expect(text).not.toMatch(/^\{name\}:|\(/);
  });
});
