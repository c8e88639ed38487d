import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import { network } from './columns.js';

/**
 * "Niet van toepassing" for a step of the phase-progress registry, with the reason. Everything
 * else about progress is computed from the network's data, so this is the only stored part.
 * One mark per step: marking again replaces the reason; undo deletes the row.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('phase_step_marks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    // Who marked it; the mark stays when they leave the network.
    .addColumn('member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('phase_step_marks_step', ['network_id', 'step_id'])
    .execute();
}
