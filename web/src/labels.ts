import type { MessageKey } from './i18n';
import type { T } from './i18n';
import { ACTOR_KINDS, AREA_LEVELS, DOMAINS, HEALTH_DIMENSIONS, PARTICIPATION, ROLES } from '@domain/vocabulary.ts';

/** Labels for the controlled vocabularies, looked up in the message catalogue. */
export const roleLabel = (t: T, role: string) => t(`role.${role}` as MessageKey);
export const domainLabel = (t: T, domain: string) => t(`domain.${domain}` as MessageKey);
export const kindLabel = (t: T, kind: string) => t(`kind.${kind}` as MessageKey);
export const areaLevelLabel = (t: T, level: string) => t(`areaLevel.${level}` as MessageKey);
export const dimensionLabel = (t: T, d: string) => t(`dimension.${d}` as MessageKey);
export const statusLabel = (t: T, s: string) => t(`status.${s}` as MessageKey);

export const roleOptions = (t: T) => [...ROLES].reverse().map((r) => ({ value: r, label: roleLabel(t, r) }));
export const domainOptions = (t: T) => DOMAINS.map((d) => ({ value: d, label: domainLabel(t, d) }));
export const kindOptions = (t: T) => ACTOR_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }));
export const areaLevelOptions = (t: T) => AREA_LEVELS.map((a) => ({ value: a, label: areaLevelLabel(t, a) }));
export const statusOptions = (t: T) => PARTICIPATION.map((s) => ({ value: s, label: statusLabel(t, s) }));
export { HEALTH_DIMENSIONS };

/** How a member is named: their name, never their e-mail address ("Lid zonder naam" until they give one). */
export const personName = (t: T, m: { name: string }) => m.name.trim() || t('people.noName');
/** Function and organisation in one line ("wijkverpleegkundige, Buurtzorg"), or ''. */
export const personAbout = (m: { jobTitle?: string; organisation?: string }) =>
  [m.jobTitle ?? '', m.organisation ?? '']
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');

/** "a, b ,c" → ['a','b','c']; the server trims and checks each one. */
export const splitTags = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
