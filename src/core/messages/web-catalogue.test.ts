import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The web's Dutch catalogue is spread together from one file per part (web/src/i18n). A key
// defined in two parts would silently take the text of the last spread: each key lives in one file.
const dir = new URL('../../../web/src/i18n/', import.meta.url);

function dutchKeys(file: string): string[] {
  const text = readFileSync(new URL(file, dir), 'utf8');
  // Parts hold `const nl = {…}` before `const en`; nl.ts is Dutch throughout; en.ts is not Dutch.
  const dutch = file === 'nl.ts' ? text : text.split(/\nconst en\b/)[0]!;
  return [...dutch.matchAll(/^ {2}'([^']+)':/gm)].map((m) => m[1]!);
}

describe('the web catalogue', () => {
  it('defines every key in one part only', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !['en.ts', 'index.ts'].includes(f))) {
      for (const key of dutchKeys(file)) {
        const first = owner.get(key);
        if (first) twice.push(`${key} (${first} and ${file})`);
        else owner.set(key, file);
      }
    }
    expect(owner.size).toBeGreaterThan(500);
    expect(twice).toEqual([]);
  });
});
