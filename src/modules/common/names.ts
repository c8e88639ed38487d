/**
 * How a member is named to others: their name. Never their e-mail address (not even the part
 * before the @): someone without a name yet is "Lid zonder naam" until they fill it in.
 */
export const NO_NAME = 'Lid zonder naam';
export const displayName = (m: { name: string }) => m.name.trim() || NO_NAME;

/** Function and organisation in one line ("wijkverpleegkundige, Buurtzorg"), or ''. */
export const personAbout = (p: { job_title?: string | null; organisation?: string | null }) =>
  [p.job_title ?? '', p.organisation ?? '']
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
