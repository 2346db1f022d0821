import { type ColumnDefinitionBuilder, type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from './connect.js';

/**
 * The agency's side: staff accounts and their sessions, personal API tokens,
 * one-time links, sign-in throttling, the append-only audit log, allowed
 * origins managed in the console, and blocks of participants or networks.
 */
export function consoleMigration(dialect: Dialect): Migration {
  const autoId = dialect === 'postgres' ? ('serial' as const) : ('integer' as const);
  const ms = 'bigint' as const;
  const id = (c: ColumnDefinitionBuilder) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('staff')
        .addColumn('id', autoId, id)
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('oidc_key', 'text', (c) => c.unique())
        .addColumn('created_ms', ms, (c) => c.notNull())
        .addColumn('last_sign_in_ms', ms)
        .execute();
      await db.schema
        .createTable('staff_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id').onDelete('cascade'))
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('via', 'text', (c) => c.notNull())
        .addColumn('ip', 'text')
        .addColumn('user_agent', 'text')
        .addColumn('created_ms', ms, (c) => c.notNull())
        .addColumn('last_seen_ms', ms, (c) => c.notNull())
        .addColumn('expires_ms', ms, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('staff_sessions_staff').on('staff_sessions').column('staff_id').execute();
      await db.schema
        .createTable('staff_tokens')
        .addColumn('id', autoId, id)
        .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_ms', ms, (c) => c.notNull())
        .addColumn('last_used_ms', ms)
        .addColumn('revoked_ms', ms)
        .execute();
      await db.schema
        .createTable('staff_links')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id').onDelete('cascade'))
        .addColumn('expires_ms', ms, (c) => c.notNull())
        .addColumn('used_ms', ms)
        .execute();
      await db.schema
        .createTable('auth_failures')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('at_ms', ms, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('auth_failures_key').on('auth_failures').columns(['key', 'at_ms']).execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', autoId, id)
        .addColumn('at_ms', ms, (c) => c.notNull())
        .addColumn('actor_kind', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'integer')
        .addColumn('actor_email', 'text')
        .addColumn('actor_role', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('resource_kind', 'text')
        .addColumn('resource_id', 'text')
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('detail', 'text')
        .addColumn('ip', 'text')
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').column('at_ms').execute();
      // Append-only in the database itself, not only by the absence of an API.
      if (dialect === 'postgres') {
        await sql`CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db);
        await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
          FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
      } else {
        await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
        await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
      }

      await db.schema
        .createTable('sites')
        .addColumn('origin', 'text', (c) => c.primaryKey())
        .addColumn('note', 'text')
        .addColumn('added_by', 'text')
        .addColumn('created_ms', ms, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('refused_origins')
        .addColumn('origin', 'text', (c) => c.primaryKey())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('first_ms', ms, (c) => c.notNull())
        .addColumn('last_ms', ms, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('blocks')
        .addColumn('id', autoId, id)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('until_ms', ms, (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_ms', ms, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('blocks_value').on('blocks').columns(['kind', 'value', 'until_ms']).execute();
    },
  };
}
