import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { Dialect } from './connect.js';

/**
 * E-mails about replies (see domain/reply-mail.ts): each address asked for
 * on a thread, the addresses that asked for no more, and, on each comment,
 * the subscription it was posted with and whether it was mailed as a reply.
 */
export function repliesMigration(dialect: Dialect): Migration {
  const pg = dialect === 'postgres';
  const id = (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reply_subscriptions')
        .addColumn('id', pg ? 'bigserial' : 'integer', id)
        .addColumn('thread_id', 'text', (c) => c.notNull())
        .addColumn('email_key', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('lang', 'text')
        .addColumn('source_url', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('requested_ms', 'bigint', (c) => c.notNull())
        .addColumn('confirmed_ms', 'bigint')
        .addColumn('last_comment_ms', 'bigint', (c) => c.notNull())
        .addColumn('last_digest_ms', 'bigint')
        .addColumn('digest_due_ms', 'bigint')
        .addUniqueConstraint('reply_subscriptions_once', ['thread_id', 'email_key'])
        .execute();
      await db.schema.createIndex('reply_subscriptions_email').on('reply_subscriptions').column('email_key').execute();
      await db.schema
        .createTable('reply_optouts')
        .addColumn('email_key', 'text', (c) => c.primaryKey())
        .addColumn('created_ms', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.alterTable('comments').addColumn('reply_subscription', 'bigint').execute();
      await db.schema
        .alterTable('comments')
        .addColumn('reply_mailed', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('comments_reply_subscription').on('comments').column('reply_subscription').execute();
    },
  };
}
