import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { Dialect } from './connect.js';

/**
 * Updates for petition signers (see domain/signer-updates.ts): who asked for
 * them, each mailing and how far it got, and which outbox mails carry a
 * one-click unsubscribe link.
 */
export function updatesMigration(dialect: Dialect): Migration {
  const pg = dialect === 'postgres';
  const id = (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('signatures')
        .addColumn('updates', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('petition_mailings')
        .addColumn('id', pg ? 'bigserial' : 'integer', id)
        .addColumn('petition_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('reference', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('cursor_id', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('queued', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_ms', 'bigint', (c) => c.notNull())
        .addColumn('finished_ms', 'bigint')
        .addUniqueConstraint('petition_mailings_once', ['petition_id', 'kind', 'reference'])
        .execute();
      await db.schema
        .alterTable('outbox')
        .addColumn('unsubscribe', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('outbox').addColumn('mailing_id', 'bigint').execute();
    },
  };
}
