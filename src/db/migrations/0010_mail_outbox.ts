import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';

/**
 * The mail outbox: every mail is stored here before anything tries to send it, so a mail server
 * that is down or slow never loses a mail and never holds up a request. The sender job claims a
 * row by moving its next_attempt_at (a conditional UPDATE), so with several processes each mail
 * has one sender at a time.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('html', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('mail_outbox_due').on('mail_outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema
    .createIndex('mail_outbox_recipient')
    .on('mail_outbox')
    .columns(['to_address', 'kind', 'created_at'])
    .execute();
}
