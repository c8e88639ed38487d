/** A stored change announcement. Events carry what changed, never content (except `data`, below). */
export interface LiveEvent {
  id: number;
  networkId: string | null;
  /** Set for events meant for one person (e.g. "you were added to a network"). */
  userId: string | null;
  type: string;
  entityId: string | null;
  createdAt: string;
  /** Content for session streams only (werksessie): sent live, never stored; a replay has none. */
  data?: unknown;
}

export interface LiveEventInput {
  networkId?: string | null;
  userId?: string | null;
  type: string;
  entityId?: string | null;
  data?: unknown;
}

/**
 * The live hub as modules see it. The server implements it (src/server/live.ts: stored events,
 * PostgreSQL NOTIFY between processes) and hands it over in the modules' deps.
 */
export interface Live {
  publish(input: LiveEventInput): Promise<LiveEvent>;
  /** Every change, as soon as this process knows of it: for invalidating caches. */
  onChange(fn: (event: LiveEvent) => void): () => void;
  /** Events in the order streams should send them. */
  subscribe(fn: (event: LiveEvent) => void): () => void;
  /** Stored events after `afterId` for these networks or this person, oldest first. */
  since(afterId: number, networkIds: string[], userId: string): Promise<LiveEvent[]>;
  /** Called when the server ends its streams (shutdown). */
  onClose(fn: () => void): () => void;
}
