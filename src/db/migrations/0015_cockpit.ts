import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';

/**
 * The kartrekker's weekly digest (the cockpit's items by mail): who turned it off, which week's
 * mail a kartrekker already got for a network (claimed once, so two processes never both send),
 * and the hashed secrets behind the unsubscribe links in the mails (no sign-in needed to stop it).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('digest_optouts')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('digest_sends')
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    /** The Monday (YYYY-MM-DD, Amsterdam) of the week the mail is for. */
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('digest_sends_pk', ['network_id', 'user_id', 'week'])
    .execute();

  await db.schema
    .createTable('digest_unsubscribe_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('digest_unsubscribe_links_user')
    .on('digest_unsubscribe_links')
    .column('user_id')
    .execute();
}
