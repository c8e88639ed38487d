/**
 * Werksessie answers on the joint card name their authors (guests without an account). Those
 * names are the guests' personal data: they go when the kartrekker removes the guest, and when
 * the session's guest data is forgotten (90 days after it ended). Pure: sources in, sources out.
 */
export interface SessionCredit {
  memberName: string;
  session?: { id: string; authors: string[] };
}

/**
 * The sources with the authors of these sessions taken out: every author, or only `name` (a
 * removed guest). Null when nothing changes, so callers write only what did.
 */
export function forgetSessionAuthors<T extends SessionCredit>(
  sources: readonly T[],
  sessionIds: ReadonlySet<string>,
  name?: string,
): T[] | null {
  let changed = false;
  const out = sources.map((s) => {
    if (!s.session || !sessionIds.has(s.session.id)) return s;
    const authors = name === undefined ? [] : s.session.authors.filter((a) => a !== name);
    if (authors.length === s.session.authors.length) return s;
    changed = true;
    return { ...s, memberName: authors.join(', '), session: { ...s.session, authors } };
  });
  return changed ? out : null;
}
