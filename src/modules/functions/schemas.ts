import { z } from 'zod';
import { LIMITS, id, optionalText, requiredText, version } from '../common/schemas.js';
import type { MatchReason } from '../../domain/whoiswho/match.js';

export type { MatchReason };

export const createFunction = z.strictObject({
  name: requiredText(LIMITS.name),
  /** The directory search to run when no actor fills it; the name when left out. */
  searchQuery: optionalText(200).optional(),
});
export const updateFunction = z.strictObject({
  name: requiredText(LIMITS.name).optional(),
  searchQuery: optionalText(200).optional(),
  /** The network's actors that fill this function (replaces the list). */
  actorIds: z.array(id).max(50).optional(),
  version,
});
export const functionParams = z.strictObject({ networkId: id, functionId: id });

export type FunctionStatus = 'present' | 'missing' | 'unconnected';

export interface FunctionView {
  id: string;
  name: string;
  searchQuery: string;
  actors: { id: string; name: string; relations: number }[];
  /** present: an actor fills it and has a relation; unconnected: filled, but none of its actors has a relation; missing: nobody. */
  status: FunctionStatus;
  /** For a missing function: the address of the directory search to run (GET). */
  searchUrl: string | null;
  /** Partners in the network that probably fill it (not linked yet), best first: confirm with one click. */
  suggestions: { id: string; name: string; reasons: MatchReason[] }[];
  version: number;
}

export interface FunctionChecklist {
  functions: FunctionView[];
  counts: Record<FunctionStatus, number>;
}
