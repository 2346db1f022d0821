import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Dialect } from './connect.js';
import { consoleMigration } from './migration-console.js';
import { clusterMigration } from './migration-cluster.js';
import { moderationMigration } from './migration-moderation.js';
import { retentionMigration } from './migration-retention.js';
import { repliesMigration } from './migration-replies.js';
import { updatesMigration } from './migration-updates.js';
import { CONFIRM_LINK, LINK_PLACEHOLDER } from '../mail/outbox.js';

/*
 * Versioned migrations, run at start-up. Never edit a released migration:
 * add a new one. Column types are chosen to mean the same on both databases.
 */
function migrations(dialect: Dialect): Record<string, Migration> {
  // An auto-incrementing integer key, spelled per database.
  const autoId = dialect === 'postgres' ? ('serial' as const) : ('integer' as const);
  const ms = 'bigint' as const;

  return {
    '0001-initial': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('settings')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('polls')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('participants', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_ms', ms, (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('poll_counts')
          .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
          .addColumn('option_id', 'text', (c) => c.notNull())
          .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
          .addPrimaryKeyConstraint('poll_counts_pk', ['poll_id', 'option_id'])
          .execute();
        // One vote per participant per poll: the primary key is the rule.
        await db.schema
          .createTable('ballots')
          .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
          .addColumn('voter', 'text', (c) => c.notNull())
          .addColumn('choices', 'text', (c) => c.notNull())
          .addColumn('ip', 'text')
          .addColumn('created_ms', ms, (c) => c.notNull())
          .addColumn('updated_ms', ms, (c) => c.notNull())
          .addPrimaryKeyConstraint('ballots_pk', ['poll_id', 'voter'])
          .execute();

        await db.schema
          .createTable('threads')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('comment_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_ms', ms, (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('comments')
          .addColumn('id', autoId, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('thread_id', 'text', (c) => c.notNull().references('threads.id').onDelete('cascade'))
          .addColumn('parent_id', 'integer', (c) => c.references('comments.id').onDelete('cascade'))
          .addColumn('depth', 'integer', (c) => c.notNull())
          .addColumn('author_name', 'text')
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('voter', 'text')
          .addColumn('score', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('reply_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('report_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('ip', 'text')
          .addColumn('created_ms', ms, (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('comments_list')
          .on('comments')
          .columns(['thread_id', 'parent_id', 'created_ms', 'id'])
          .execute();
        await db.schema.createIndex('comments_status').on('comments').columns(['status', 'report_count']).execute();
        // One upvote and one report per participant per comment.
        await db.schema
          .createTable('upvotes')
          .addColumn('comment_id', 'integer', (c) => c.notNull().references('comments.id').onDelete('cascade'))
          .addColumn('voter', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('upvotes_pk', ['comment_id', 'voter'])
          .execute();
        await db.schema
          .createTable('reports')
          .addColumn('comment_id', 'integer', (c) => c.notNull().references('comments.id').onDelete('cascade'))
          .addColumn('voter', 'text', (c) => c.notNull())
          .addColumn('reason', 'text', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('created_ms', ms, (c) => c.notNull())
          .addPrimaryKeyConstraint('reports_pk', ['comment_id', 'voter'])
          .execute();

        await db.schema
          .createTable('petitions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('signature_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_ms', ms, (c) => c.notNull())
          .execute();
        // One signature (pending or confirmed) per e-mail per petition.
        await db.schema
          .createTable('signatures')
          .addColumn('id', autoId, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('petition_id', 'text', (c) => c.notNull().references('petitions.id').onDelete('cascade'))
          .addColumn('email', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('region_id', 'text')
          .addColumn('show_name', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('source_url', 'text')
          .addColumn('ip', 'text')
          .addColumn('created_ms', ms, (c) => c.notNull())
          .addColumn('confirmed_ms', ms)
          .addUniqueConstraint('signatures_email', ['petition_id', 'email'])
          .execute();
        await db.schema
          .createIndex('signatures_recent')
          .on('signatures')
          .columns(['petition_id', 'status', 'confirmed_ms'])
          .execute();

        await db.schema
          .createTable('services')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('created_ms', ms, (c) => c.notNull())
          .execute();
        // One rating per participant per service; the follow-up amends it.
        await db.schema
          .createTable('ratings')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
          .addColumn('voter', 'text', (c) => c.notNull())
          .addColumn('score', 'integer', (c) => c.notNull())
          .addColumn('reasons', 'text', (c) => c.notNull())
          .addColumn('comment', 'text')
          .addColumn('page_url', 'text')
          .addColumn('ip', 'text')
          .addColumn('created_ms', ms, (c) => c.notNull())
          .addColumn('updated_ms', ms, (c) => c.notNull())
          .addUniqueConstraint('ratings_voter', ['service_id', 'voter'])
          .execute();
        await db.schema.createIndex('ratings_score').on('ratings').columns(['service_id', 'score']).execute();

        await db.schema
          .createTable('idempotency')
          .addColumn('voter', 'text', (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('route', 'text', (c) => c.notNull())
          .addColumn('status', 'integer', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('created_ms', ms, (c) => c.notNull())
          .addPrimaryKeyConstraint('idempotency_pk', ['voter', 'key'])
          .execute();
        await db.schema
          .createTable('outbox')
          .addColumn('id', autoId, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('to_addr', 'text', (c) => c.notNull())
          .addColumn('subject', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('sent', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_ms', ms, (c) => c.notNull())
          .execute();
      },
    },
    // Poll counts move to sharded tallies (see PollTalliesTable); participants with them.
    '0002-poll-tallies': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('poll_tallies')
          .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
          .addColumn('option_id', 'text', (c) => c.notNull())
          .addColumn('shard', 'integer', (c) => c.notNull())
          .addColumn('count', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('poll_tallies_pk', ['poll_id', 'option_id', 'shard'])
          .execute();
        await sql`INSERT INTO poll_tallies (poll_id, option_id, shard, count)
          SELECT poll_id, option_id, 0, count FROM poll_counts WHERE count <> 0`.execute(db);
        await sql`INSERT INTO poll_tallies (poll_id, option_id, shard, count)
          SELECT id, '', 0, participants FROM polls WHERE participants <> 0`.execute(db);
        await db.schema.dropTable('poll_counts').execute();
        await db.schema.alterTable('polls').dropColumn('participants').execute();
      },
    },
    // Reports remember the (hashed, truncated) network they came from: the hiding
    // threshold counts distinct networks, and reports per network are limited.
    '0003-report-networks': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('reports').addColumn('ip', 'text').execute();
        await db.schema.createIndex('reports_network').on('reports').columns(['ip', 'created_ms']).execute();
      },
    },
    // Petition signing hardened (docs/security.md): one signature per mailbox, kept as a
    // keyed hash of the canonical address (email_key; filled in at start-up, which knows
    // CIVIC_SECRET: see backfillEmailKeys), the signer's language, per-address mail limits,
    // and live confirmation links kept apart from the outbox text so they can be redacted.
    '0004-signature-hardening': {
      async up(db: Kysely<unknown>) {
        if (dialect === 'postgres') {
          await sql`ALTER TABLE signatures DROP CONSTRAINT signatures_email`.execute(db);
          await db.schema.alterTable('signatures').addColumn('email_key', 'text').execute();
          await db.schema.alterTable('signatures').addColumn('lang', 'text').execute();
        } else {
          // SQLite cannot drop a table constraint: the table is rebuilt without it.
          await db.schema
            .createTable('signatures_0004')
            .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
            .addColumn('petition_id', 'text', (c) => c.notNull().references('petitions.id').onDelete('cascade'))
            .addColumn('email', 'text', (c) => c.notNull())
            .addColumn('name', 'text', (c) => c.notNull())
            .addColumn('region_id', 'text')
            .addColumn('show_name', 'integer', (c) => c.notNull().defaultTo(0))
            .addColumn('status', 'text', (c) => c.notNull())
            .addColumn('token_hash', 'text', (c) => c.notNull().unique())
            .addColumn('source_url', 'text')
            .addColumn('ip', 'text')
            .addColumn('created_ms', ms, (c) => c.notNull())
            .addColumn('confirmed_ms', ms)
            .addColumn('email_key', 'text')
            .addColumn('lang', 'text')
            .execute();
          await sql`INSERT INTO signatures_0004 (id, petition_id, email, name, region_id, show_name, status, token_hash,
              source_url, ip, created_ms, confirmed_ms)
            SELECT id, petition_id, email, name, region_id, show_name, status, token_hash, source_url, ip, created_ms,
              confirmed_ms FROM signatures`.execute(db);
          await db.schema.dropTable('signatures').execute();
          await sql`ALTER TABLE signatures_0004 RENAME TO signatures`.execute(db);
          await db.schema
            .createIndex('signatures_recent')
            .on('signatures')
            .columns(['petition_id', 'status', 'confirmed_ms'])
            .execute();
        }
        // One signature per mailbox and petition. Rows not yet keyed (NULL) do not collide.
        await db.schema
          .createIndex('signatures_email_key')
          .unique()
          .on('signatures')
          .columns(['petition_id', 'email_key'])
          .execute();
        // Finding one's signatures by address, across petitions.
        await db.schema.createIndex('signatures_by_email_key').on('signatures').column('email_key').execute();
        // Confirmation mails per mailbox: `key` is the keyed hash of the canonical address,
        // alone (mails per day) or with a petition id (the interval between two mails).
        await db.schema
          .createTable('mail_limits')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('last_ms', ms, (c) => c.notNull())
          .addColumn('window_ms', ms, (c) => c.notNull())
          .addColumn('count', 'integer', (c) => c.notNull())
          .execute();
        await db.schema.alterTable('outbox').addColumn('link', 'text').execute();
        await db.schema
          .alterTable('outbox')
          .addColumn('redacted', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        // Links of earlier mails move out of their text, so they can be redacted like new ones.
        const rows = await sql<{ id: number; text: string }>`SELECT id, text FROM outbox`.execute(db);
        for (const row of rows.rows) {
          const link = CONFIRM_LINK.exec(row.text)?.[0];
          if (!link) continue;
          await sql`UPDATE outbox SET text = ${row.text.split(link).join(LINK_PLACEHOLDER)}, link = ${link} WHERE id = ${row.id}`.execute(
            db,
          );
        }
      },
    },
    // The agency's side: staff, sessions, tokens, audit log, sites, blocks (see migration-console.ts).
    '0010-console': consoleMigration(dialect),
    // Live events, shared rate limits and stream counts, the job queue (see migration-cluster.ts).
    '0012-cluster': clusterMigration(dialect),
    // Moderation, signature review, response drafts (see migration-moderation.ts).
    '0013-console-moderation': moderationMigration(dialect),
    // A moderator's decision settles a comment's reports instead of deleting them (approve did)
    // or leaving them open (hide and remove did, so the comment stayed in the queue).
    '0014-reports-settled': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('reports').addColumn('settled_ms', ms).execute();
        // Reports made up to the last decision the audit log records on their comment were settled by it.
        await sql`UPDATE reports SET settled_ms = decided.at_ms
          FROM (SELECT resource_id, max(at_ms) AS at_ms FROM audit_log
            WHERE resource_kind = 'comment' AND action IN ('comment.approve', 'comment.hide', 'comment.remove')
            GROUP BY resource_id) AS decided
          WHERE decided.resource_id = CAST(reports.comment_id AS text) AND reports.created_ms <= decided.at_ms`.execute(db);
        await sql`UPDATE comments SET report_count = (SELECT count(*) FROM reports r
            WHERE r.comment_id = comments.id AND r.settled_ms IS NULL)
          WHERE report_count > 0`.execute(db);
      },
    },
    // Closing and erasure times; signatures whose address can be removed (see migration-retention.ts).
    '0015-retention': retentionMigration(dialect),
    // The language a comment was written in (the page's when it was posted); unknown for older ones.
    '0016-comment-language': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('comments').addColumn('lang', 'text').execute();
      },
    },
    // Updates for petition signers who ask for them (see migration-updates.ts).
    '0017-signer-updates': updatesMigration(dialect),
    // Verified participants: identity tokens already used, and the person behind a signature (see auth/identity.ts).
    '0018-verified-participants': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('identity_tokens')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('request', 'text', (c) => c.notNull())
          .addColumn('expires_ms', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('identity_tokens_expiry').on('identity_tokens').column('expires_ms').execute();
        await db.schema.alterTable('signatures').addColumn('person', 'text').execute();
        // One signature per verified person per petition, whatever address they give.
        await db.schema
          .createIndex('signatures_person')
          .unique()
          .on('signatures')
          .columns(['petition_id', 'person'])
          .where(sql.ref('person'), 'is not', null)
          .execute();
      },
    },
    // Proof-of-work challenges already solved and used (see security/challenge.ts).
    '0019-challenges': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('challenge_solutions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('expires_ms', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('challenge_solutions_expiry').on('challenge_solutions').column('expires_ms').execute();
      },
    },
    // E-mails about replies to comments, asked for with a confirmed address (see migration-replies.ts).
    '0020-reply-mail': repliesMigration(dialect),
  };
}

class InCodeProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.dialect);
  }
}

/**
 * Brings the schema up to date (or to `target`, for tests of a migration);
 * throws with the failing migration's error.
 */
export async function migrate(db: Kysely<unknown>, dialect: Dialect, target?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new InCodeProvider(dialect) });
  const { error, results } = await (target ? migrator.migrateTo(target) : migrator.migrateToLatest());
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
