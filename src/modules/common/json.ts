/** Lists are stored as JSON text (portable across SQLite and PostgreSQL). */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Stores a list without duplicates, in the order given. */
export const listText = (values: string[] | undefined): string => JSON.stringify([...new Set(values ?? [])]);

/** Audit changes are stored as JSON text; a broken row shows as no changes rather than failing the page. */
export function parseJsonObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
