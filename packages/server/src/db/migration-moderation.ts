import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from './connect.js';

/**
 * The console's moderation, petition and results tools: where a block came
 * from and its lifting; each signature's e-mail domain (abuse watch and bulk
 * invalidation group and match on it) and when it was invalidated; drafts of
 * official petition responses; indexes for the per-author and per-window reads.
 */
export function moderationMigration(dialect: Dialect): Migration {
  const ms = 'bigint' as const;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('blocks').addColumn('comment_id', 'integer').execute();
      await db.schema.alterTable('blocks').addColumn('thread_id', 'text').execute();
      await db.schema.alterTable('blocks').addColumn('lifted_ms', ms).execute();
      await db.schema.alterTable('blocks').addColumn('lifted_by', 'text').execute();

      await db.schema.alterTable('signatures').addColumn('email_domain', 'text').execute();
      await db.schema.alterTable('signatures').addColumn('invalidated_ms', ms).execute();
      // Addresses are stored lower-cased with one "@" (the sign schema's rule); the domain is what
      // follows it, googlemail.com counted as gmail.com as canonicalEmail does (see domainOf).
      if (dialect === 'postgres') {
        await sql`UPDATE signatures SET email_domain = rtrim(lower(split_part(email, '@', 2)), '.')`.execute(db);
      } else {
        await sql`UPDATE signatures SET email_domain = rtrim(lower(substr(email, instr(email, '@') + 1)), '.')`.execute(db);
      }
      await sql`UPDATE signatures SET email_domain = 'gmail.com' WHERE email_domain = 'googlemail.com'`.execute(db);
      // Abuse watch and bulk invalidation read one petition's signatures within a time window.
      await db.schema
        .createIndex('signatures_petition_created')
        .on('signatures')
        .columns(['petition_id', 'created_ms'])
        .execute();

      // A participant's other comments in a thread.
      await db.schema.createIndex('comments_author').on('comments').columns(['thread_id', 'voter']).execute();

      await db.schema
        .createTable('response_drafts')
        .addColumn('petition_id', 'text', (c) => c.primaryKey().references('petitions.id').onDelete('cascade'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('updated_ms', ms, (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .execute();
    },
  };
}
