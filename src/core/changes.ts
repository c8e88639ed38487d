/** Audit and live-event shapes of a change; writing them needs the database (modules/common/changes.ts). */
type Plain = object;

/** Field-level before/after of what changed; unchanged fields are left out. */
export function diff(before: Plain | null, after: Plain | null): Record<string, { before: unknown; after: unknown }> {
  const b0 = (before ?? {}) as Record<string, unknown>;
  const a0 = (after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(b0), ...Object.keys(a0)]);
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of keys) {
    if (key === 'version' || key === 'updated_at') continue;
    const b = b0[key] ?? null;
    const a = a0[key] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) out[key] = { before: b, after: a };
  }
  return out;
}

export interface Change {
  networkId: string | null;
  userId: string | null;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  before?: Plain | null;
  after?: Plain | null;
  /** Someone outside the network's stream who must hear of it too (an added or removed member). */
  notifyUserId?: string;
}
