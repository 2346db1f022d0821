import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from './connect.js';

/**
 * Retention (see domain/retention.ts): when each poll and petition closed and
 * when its participants' identifiers were removed; signatures whose address,
 * its keyed hash and confirmation token can be cleared (NULL) while the
 * signature itself stays; an index for deleting expired pending signatures.
 */
export function retentionMigration(dialect: Dialect): Migration {
  const ms = 'bigint' as const;
  return {
    async up(db: Kysely<unknown>) {
      for (const table of ['polls', 'petitions']) {
        await db.schema.alterTable(table).addColumn('closed_ms', ms).execute();
        await db.schema.alterTable(table).addColumn('erased_ms', ms).execute();
      }

      if (dialect === 'postgres') {
        await sql`ALTER TABLE signatures ALTER COLUMN email DROP NOT NULL, ALTER COLUMN token_hash DROP NOT NULL`.execute(db);
      } else {
        // SQLite cannot drop NOT NULL: the table is rebuilt with the same columns, rows, ids and indexes.
        await db.schema
          .createTable('signatures_0015')
          .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
          .addColumn('petition_id', 'text', (c) => c.notNull().references('petitions.id').onDelete('cascade'))
          .addColumn('email', 'text')
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('region_id', 'text')
          .addColumn('show_name', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('token_hash', 'text', (c) => c.unique())
          .addColumn('source_url', 'text')
          .addColumn('ip', 'text')
          .addColumn('created_ms', ms, (c) => c.notNull())
          .addColumn('confirmed_ms', ms)
          .addColumn('email_key', 'text')
          .addColumn('lang', 'text')
          .addColumn('email_domain', 'text')
          .addColumn('invalidated_ms', ms)
          .execute();
        await sql`INSERT INTO signatures_0015 (id, petition_id, email, name, region_id, show_name, status, token_hash,
            source_url, ip, created_ms, confirmed_ms, email_key, lang, email_domain, invalidated_ms)
          SELECT id, petition_id, email, name, region_id, show_name, status, token_hash, source_url, ip, created_ms,
            confirmed_ms, email_key, lang, email_domain, invalidated_ms FROM signatures`.execute(db);
        // Ids of deleted signatures are never given again (the audit log names signatures by id).
        await sql`DELETE FROM sqlite_sequence WHERE name = 'signatures_0015'`.execute(db);
        await sql`INSERT INTO sqlite_sequence (name, seq) SELECT 'signatures_0015', seq FROM sqlite_sequence WHERE name = 'signatures'`.execute(
          db,
        );
        await db.schema.dropTable('signatures').execute();
        await sql`ALTER TABLE signatures_0015 RENAME TO signatures`.execute(db);
        await db.schema
          .createIndex('signatures_recent')
          .on('signatures')
          .columns(['petition_id', 'status', 'confirmed_ms'])
          .execute();
        await db.schema
          .createIndex('signatures_email_key')
          .unique()
          .on('signatures')
          .columns(['petition_id', 'email_key'])
          .execute();
        await db.schema.createIndex('signatures_by_email_key').on('signatures').column('email_key').execute();
        await db.schema
          .createIndex('signatures_petition_created')
          .on('signatures')
          .columns(['petition_id', 'created_ms'])
          .execute();
      }
      // Pending signatures whose link expired long ago are found without reading the others.
      await db.schema.createIndex('signatures_pending').on('signatures').columns(['status', 'created_ms']).execute();
    },
  };
}
