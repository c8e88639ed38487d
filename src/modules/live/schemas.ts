import type { LiveEvent } from '../../core/events.js';

/** What a live stream sends per change: what changed, never its content. */
export type ChangeEvent = Pick<LiveEvent, 'type' | 'networkId' | 'entityId'>;
