import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { LIMITS, id, optionalText, version } from '../common/schemas.js';

const quality = z
  .int()
  .min(1, { error: schemaText('schema.relationQuality') })
  .max(4, { error: schemaText('schema.relationQuality') });

const relationFields = {
  /** Kind of collaboration, in the network's own words (overleg, doorverwijzen, samen activiteiten…). */
  kind: optionalText(LIMITS.tag).optional(),
  /** How often (wekelijks, maandelijks, per kwartaal, jaarlijks, af en toe…). */
  frequency: optionalText(LIMITS.tag).optional(),
  /** How good the collaboration is: 1 moeizaam, 2 redelijk, 3 goed, 4 heel goed; null = not said. */
  quality: quality.nullable().optional(),
};

export const createRelation = z.strictObject({ actorAId: id, actorBId: id, ...relationFields });
export const updateRelation = z.strictObject({ ...relationFields, version });
export const relationParams = z.strictObject({ networkId: id, relationId: id });

export interface RelationView {
  id: string;
  /** The pair is stored once, with actorAId < actorBId, whatever order it was entered in. */
  actorAId: string;
  actorAName: string;
  actorADomain: string;
  actorBId: string;
  actorBName: string;
  actorBDomain: string;
  kind: string;
  frequency: string;
  quality: number | null;
  /** Whether the caller may change it: a kartrekker always, a partner when it is their own actor's relation. */
  editable: boolean;
  version: number;
  updatedAt: string;
}
