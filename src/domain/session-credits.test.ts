import { describe, expect, it } from 'vitest';
import { forgetSessionAuthors } from './session-credits.js';

const fromSession = (id: string, authors: string[]) => ({
  itemId: `a-${id}`,
  memberName: authors.join(', '),
  text: 'Elkaar kennen',
  session: { id, title: 'Buurtavond', date: '2026-12-02', authors },
});
const personal = { itemId: 'p', memberName: 'Joke', text: 'Samen eten' };

describe('forgetting the names of werksessie guests on the card', () => {
  it('takes every author of a forgotten session out, and nothing else', () => {
    const sources = [fromSession('s1', ['Anna', 'anoniem']), fromSession('s2', ['Bram']), personal];
    const out = forgetSessionAuthors(sources, new Set(['s1']))!;
    expect(out[0]).toMatchObject({ memberName: '', session: { id: 's1', title: 'Buurtavond', authors: [] } });
    expect(out[1]).toBe(sources[1]);
    expect(out[2]).toBe(personal);
  });

  it('takes one removed guest’s name out', () => {
    const out = forgetSessionAuthors([fromSession('s1', ['Anna', 'Bram'])], new Set(['s1']), 'Anna')!;
    expect(out[0]).toMatchObject({ memberName: 'Bram', session: { authors: ['Bram'] } });
  });

  it('says when nothing changes', () => {
    expect(forgetSessionAuthors([fromSession('s1', [])], new Set(['s1']))).toBeNull();
    expect(forgetSessionAuthors([fromSession('s1', ['Bram'])], new Set(['s1']), 'Anna')).toBeNull();
    expect(forgetSessionAuthors([personal], new Set(['s1']))).toBeNull();
  });
});
