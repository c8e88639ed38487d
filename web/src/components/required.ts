import type { T } from '../i18n';

/**
 * The browser's own check of required fields, before anything is sent: an empty form gets its
 * field messages at once and causes no 4xx answer (nor a console error). Null when all are filled.
 */
export function emptyRequired(t: T, values: Record<string, string>): Record<string, string> | null {
  const missing: Record<string, string> = {};
  for (const [field, value] of Object.entries(values)) if (!value.trim()) missing[field] = t('form.fillIn');
  return Object.keys(missing).length ? missing : null;
}
