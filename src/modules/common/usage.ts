import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { TOOL_OF_ENTITY, isoWeek } from '../../domain/phases/usage.js';

/**
 * Adds one to a tool's usage count of this week: `opened` when its page was opened, `changed` when
 * something was saved with it. Counts hold no person: per network, tool and ISO week only.
 */
export async function countUsage(
  db: Kysely<DB>,
  networkId: string,
  tool: string,
  kind: 'opened' | 'changed',
  at = new Date(),
): Promise<void> {
  await db
    .insertInto('usage_counts')
    .values({
      network_id: networkId,
      tool,
      week: isoWeek(at),
      opened: kind === 'opened' ? 1 : 0,
      changed: kind === 'changed' ? 1 : 0,
    })
    .onConflict((oc) =>
      oc
        .columns(['network_id', 'tool', 'week'])
        .doUpdateSet(
          kind === 'opened'
            ? { opened: sql<number>`usage_counts.opened + 1` }
            : { changed: sql<number>`usage_counts.changed + 1` },
        ),
    )
    .execute();
}

/** The tool a change of this kind belongs to, if it is counted. */
export const toolOfEntity = (entity: string): string | undefined => TOOL_OF_ENTITY[entity];
