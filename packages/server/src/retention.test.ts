/*
 * Retention (domain/retention.ts, docs/privacy.md): signers' addresses and
 * voters' hashes outlive their closed petition or poll by a set time, then go
 * — counts, tallies and results unchanged; pending signatures go a week after
 * their link expired; runs are idempotent, in batches, and the hourly
 * housekeeping job does them. The server's clock is moved, never waited for.
 * On SQLite, and on PostgreSQL when configured.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Seed } from '@civic-widgets/core';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { loadConfig } from './config.js';
import { migrate } from './db/migrations.js';
import type { Database } from './db/schema.js';
import { exportSignatures, getPetitionView } from './domain/petitions.js';
import { exportVotes, findPoll, results } from './domain/polls.js';
import { PENDING_GRACE_MS, applyRetention } from './domain/retention.js';
import { invalidateSignature } from './domain/signatures.js';
import { JobQueue } from './jobs/queue.js';
import { assertInvariants } from './test-support/invariants.js';
import {
  ADMIN_TOKEN,
  type TestServer,
  signAs,
  participant,
  resetPostgres,
  startTestServer,
  testDatabaseUrls,
} from './test-support/server.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
/** The test's "now" when it starts: everything is timed from it on the server's clock. */
const T0 = Math.floor(Date.now() / 1000) * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

function content(): Seed {
  const regions = [
    { id: 'north', label: 'North' },
    { id: 'south', label: 'South' },
  ];
  return {
    petitions: [
      { id: 'trees', title: 'More trees', goal: 100, regions },
      { id: 'pending', title: 'Pending', goal: 100 },
      { id: 'by-job', title: 'By the job', goal: 100 },
    ],
    polls: [
      // Closes by its date: the retention run notes when.
      {
        id: 'fixed',
        question: 'Bins?',
        options: [
          { id: 'yes', label: 'Yes' },
          { id: 'no', label: 'No' },
        ],
        closesAt: iso(T0 + DAY),
        resultsVisibility: 'always',
      },
      {
        id: 'changeable',
        question: 'Parks?',
        allowChange: true,
        options: [
          { id: 'yes', label: 'Yes' },
          { id: 'no', label: 'No' },
        ],
      },
      {
        id: 'still-open',
        question: 'Lights?',
        options: [
          { id: 'yes', label: 'Yes' },
          { id: 'no', label: 'No' },
        ],
      },
    ],
  };
}

for (const { name, url } of testDatabaseUrls()) {
  describe(`Retention on ${name}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(url, content());
    });
    after(() => server.close());

    /** Sets the server's clock. */
    const clock = (ms: number) => {
      server.ctx.now = () => new Date(ms);
    };
    const admin = (path: string, method = 'POST', body?: unknown) =>
      fetch(`${server.api}/admin${path}`, {
        method,
        headers: {
          authorization: `Bearer ${ADMIN_TOKEN}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const sign = (petitionId: string, who: string, extra: Record<string, unknown> = {}) =>
      signAs(server, petitionId, who, { name: `Signer ${who}`, email: `${who}@example.org`, ...extra });
    const confirm = async (who: string) => {
      const token = await server.lastConfirmToken(`${who}@example.org`);
      assert.ok(token, `a link for ${who}`);
      assert.equal((await fetch(`${server.api}/confirm/${token}`, { method: 'POST' })).status, 200);
    };
    const signatures = (petitionId: string) =>
      server.ctx.db.selectFrom('signatures').selectAll().where('petition_id', '=', petitionId).orderBy('id').execute();
    const ballots = (pollId: string) =>
      server.ctx.db.selectFrom('ballots').selectAll().where('poll_id', '=', pollId).orderBy('created_ms').execute();
    const tallies = (pollId: string) =>
      server.ctx.db
        .selectFrom('poll_tallies')
        .selectAll()
        .where('poll_id', '=', pollId)
        .orderBy('option_id')
        .orderBy('shard')
        .execute();
    const NOTHING = {
      petitionsErased: 0,
      signerAddressesRemoved: 0,
      pendingSignaturesDeleted: 0,
      pollsErased: 0,
      voterHashesRemoved: 0,
    };

    test('voters’ hashes go 30 days after a poll that allows no change closed; ballots, tallies and results stay', async () => {
      for (const [i, who] of ['ann', 'ben', 'cat'].entries()) {
        clock(T0 + i * MINUTE);
        const voter = participant(server, who);
        await voter.vote('fixed', { choices: [who === 'ben' ? 'no' : 'yes'] });
        await voter.vote('changeable', { choices: ['yes'] });
        await voter.vote('still-open', { choices: ['no'] });
        voter.close();
      }
      clock(T0 + 2 * DAY);
      assert.equal((await admin('/polls/changeable/close')).status, 200);
      // `fixed` closed by its date, at T0 + 1 day.
      const closedAt = T0 + DAY;

      const before = {
        fixed: await ballots('fixed'),
        changeable: await ballots('changeable'),
        open: await ballots('still-open'),
        tallies: await tallies('fixed'),
        results: await results(server.ctx.db, await findPoll(server.ctx, 'fixed')),
        export: await exportVotes(server.ctx, 'fixed'),
      };
      assert.deepEqual(before.results.counts, [
        { optionId: 'yes', count: 2 },
        { optionId: 'no', count: 1 },
      ]);
      const ann = participant(server, 'ann');
      assert.deepEqual((await ann.getPoll('fixed')).myVote, ['yes'], 'before: the voter sees their vote');

      clock(closedAt + 30 * DAY - MINUTE);
      assert.deepEqual(await applyRetention(server.ctx, 2), NOTHING, 'nothing is due a minute early');
      assert.deepEqual(await ballots('fixed'), before.fixed);

      clock(closedAt + 30 * DAY);
      assert.deepEqual(await applyRetention(server.ctx, 2), { ...NOTHING, pollsErased: 1, voterHashesRemoved: 3 });
      const fixed = await ballots('fixed');
      assert.deepEqual(
        fixed.map(({ voter: _v, ip: _ip, ...rest }) => rest),
        before.fixed.map(({ voter: _v, ip: _ip, ...rest }) => rest),
        'choices and times kept',
      );
      assert.ok(fixed.every((b) => b.voter.startsWith('erased:') && b.ip === null));
      assert.equal(new Set(fixed.map((b) => b.voter)).size, 3, 'a distinct random stand-in each');
      assert.ok(!fixed.some((b) => before.fixed.some((old) => b.voter.includes(old.voter))));
      assert.deepEqual(await tallies('fixed'), before.tallies, 'tallies unchanged');
      assert.deepEqual(await results(server.ctx.db, await findPoll(server.ctx, 'fixed')), before.results, 'results unchanged');
      assert.deepEqual(await exportVotes(server.ctx, 'fixed'), before.export, 'the export unchanged');
      const seen = await ann.getPoll('fixed');
      assert.equal(seen.myVote, null, 'the voter can no longer be linked to their ballot');
      assert.deepEqual(seen.results, before.results);
      ann.close();
      assert.deepEqual(await ballots('changeable'), before.changeable, 'a poll that allows changes keeps its hashes');
      assert.deepEqual(await ballots('still-open'), before.open, 'an open poll keeps its hashes');
      await assertInvariants(server.ctx.db);

      assert.deepEqual(await applyRetention(server.ctx, 2), NOTHING, 'a second run changes nothing');
      assert.deepEqual(await ballots('fixed'), fixed);

      // Reopening it (here: taking its closing date away) would let everyone vote again.
      const { id: _id, ...definition } = content().polls![0]!;
      const reopen = await admin('/polls/fixed', 'PUT', { ...definition, closesAt: null });
      assert.equal(reopen.status, 422);
      assert.match(((await reopen.json()) as { detail: string }).detail, /cannot reopen/);
      assert.equal(
        (await admin('/polls/fixed', 'PUT', { ...definition, question: 'Bins, really?' })).status,
        200,
        'other edits go',
      );
      assert.equal((await admin('/polls/changeable/open')).status, 200, 'one that kept its hashes can');
    });

    test('signers’ addresses go 90 days after their petition closed; the signatures, count and regions stay', async () => {
      clock(T0);
      assert.equal((await sign('trees', 'ada', { showName: true, regionId: 'north' })).status, 202);
      assert.equal((await sign('trees', 'bob', { regionId: 'south' })).status, 202);
      assert.equal((await sign('trees', 'cy', { showName: true, regionId: 'north' })).status, 202);
      for (const who of ['ada', 'bob', 'cy']) await confirm(who);
      const cy = (await signatures('trees')).find((s) => s.email === 'cy@example.org')!;
      await invalidateSignature(server.ctx, 'trees', cy.id, false);
      clock(T0 + 2 * DAY);
      assert.equal((await admin('/petitions/trees/close')).status, 200);
      const closedAt = T0 + 2 * DAY;

      const rows = await signatures('trees');
      const view = await getPetitionView(server.ctx, 'trees');
      assert.equal(view.petition.signatureCount, 2);
      assert.ok(rows.every((r) => r.email && r.email_key && r.token_hash && r.ip));

      clock(closedAt + 90 * DAY - MINUTE);
      assert.deepEqual(await applyRetention(server.ctx, 2), NOTHING, 'nothing is due a minute early');
      assert.deepEqual(await signatures('trees'), rows, 'and nothing changed');

      clock(closedAt + 90 * DAY);
      assert.deepEqual(await applyRetention(server.ctx, 2), { ...NOTHING, petitionsErased: 1, signerAddressesRemoved: 3 });
      const after = await signatures('trees');
      assert.deepEqual(
        after,
        rows.map((r) => ({ ...r, email: null, email_key: null, email_domain: null, token_hash: null, ip: null })),
        'address, keyed hash, domain, token and network removed; name, region, visibility, status and times kept',
      );
      assert.deepEqual(await getPetitionView(server.ctx, 'trees'), view, 'the public view is the same');
      assert.deepEqual(
        (await exportSignatures(server.ctx, true, 'trees')).map((s) => s.email),
        ['', '', ''],
        'an export has no address left to give',
      );
      await assertInvariants(server.ctx.db);

      assert.deepEqual(await applyRetention(server.ctx, 2), NOTHING, 'a second run changes nothing');
      assert.deepEqual(await signatures('trees'), after);

      // Without addresses one signature per mailbox cannot hold: the petition cannot reopen.
      const reopen = await admin('/petitions/trees/open');
      assert.equal(reopen.status, 422);
      assert.match(((await reopen.json()) as { detail: string }).detail, /cannot reopen/);
      assert.equal((await getPetitionView(server.ctx, 'trees')).petition.status, 'closed');
    });

    test('a pending signature is deleted a week after its link expired; confirmed ones and the count stay', async () => {
      const signedAt = T0 + 3 * DAY;
      clock(signedAt);
      assert.equal((await sign('pending', 'dee')).status, 202);
      assert.equal((await sign('pending', 'eve')).status, 202);
      await confirm('eve');
      const rows = await signatures('pending');
      assert.deepEqual(
        rows.map((r) => r.status),
        ['pending', 'confirmed'],
      );
      const expired = signedAt + server.config.signing.linkTtlMs + PENDING_GRACE_MS;

      clock(expired - MINUTE);
      assert.deepEqual(await applyRetention(server.ctx), NOTHING);
      assert.deepEqual(await signatures('pending'), rows);

      clock(expired);
      assert.deepEqual(await applyRetention(server.ctx), { ...NOTHING, pendingSignaturesDeleted: 1 });
      assert.deepEqual(await signatures('pending'), [rows[1]], 'the confirmed signature stays, address and all');
      assert.equal((await getPetitionView(server.ctx, 'pending')).petition.signatureCount, 1);
      await assertInvariants(server.ctx.db);
      assert.deepEqual(await applyRetention(server.ctx), NOTHING, 'a second run changes nothing');

      // Nothing of the deleted one is left to stop the same person signing again.
      assert.equal((await sign('pending', 'dee')).status, 202);
      await confirm('dee');
      assert.equal((await getPetitionView(server.ctx, 'pending')).petition.signatureCount, 2);
    });

    test('a poll reopened before its deadline is not touched', async () => {
      clock(T0 + 4 * DAY);
      assert.equal((await admin('/polls/still-open/close')).status, 200);
      clock(T0 + 20 * DAY);
      assert.equal((await admin('/polls/still-open/open')).status, 200);
      const kept = await ballots('still-open');
      clock(T0 + 200 * DAY);
      assert.equal((await applyRetention(server.ctx)).pollsErased, 0);
      assert.deepEqual(await ballots('still-open'), kept);

      // Once due, it cannot reopen even before a run has removed anything.
      assert.equal((await admin('/polls/still-open/close')).status, 200);
      clock(T0 + 230 * DAY);
      assert.equal((await admin('/polls/still-open/open')).status, 422);
      assert.deepEqual(await ballots('still-open'), kept, 'no run yet');
      assert.equal((await applyRetention(server.ctx)).voterHashesRemoved, kept.length);
      clock(T0);
    });

    test('the hourly housekeeping job applies the rules', async () => {
      clock(T0);
      assert.equal((await sign('by-job', 'fay')).status, 202);
      await confirm('fay');
      assert.equal((await admin('/petitions/by-job/close')).status, 200);
      clock(T0 + server.config.retention.signerEmailMs + MINUTE);
      await JobQueue.enqueue(server.ctx.db, { kind: 'housekeeping', key: `retention-test:${name}`, payload: null });
      server.queue.wake();
      const job = async () =>
        (
          await server.ctx.db
            .selectFrom('jobs')
            .select(['state', 'last_error'])
            .where('key', '=', `retention-test:${name}`)
            .executeTakeFirstOrThrow()
        ).state;
      for (let i = 0; i < 500 && (await job()) !== 'done'; i++) await new Promise((r) => setTimeout(r, 20));
      assert.equal(await job(), 'done');
      const [row] = await signatures('by-job');
      assert.equal(row?.status, 'confirmed');
      assert.equal(row?.email, null);
      assert.equal(row?.email_key, null);
      clock(T0);
    });
  });

  describe(`Migration 0015 on ${name}`, () => {
    test('signatures keep their rows, ids and rules; address and token may now be removed', async () => {
      let db: Kysely<Database>;
      if (url.startsWith('postgres')) {
        await resetPostgres(url);
        db = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }) });
      } else {
        db = new Kysely({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
      }
      const dialect = url.startsWith('postgres') ? 'postgres' : 'sqlite';
      try {
        await migrate(db as Kysely<unknown>, dialect, '0013-console-moderation');
        await db.insertInto('petitions').values({ id: 'old', data: '{}', signature_count: 1, created_ms: 1 }).execute();
        const row = (id: number, status: string) => ({
          petition_id: 'old',
          email: `s${id}@example.org`,
          email_key: `key-${id}`,
          email_domain: 'example.org',
          name: `Signer ${id}`,
          show_name: 1,
          status,
          token_hash: `hash-${id}`,
          created_ms: id,
          confirmed_ms: status === 'confirmed' ? id : null,
        });
        await db
          .insertInto('signatures')
          .values([row(1, 'confirmed'), row(2, 'pending'), row(3, 'pending')] as never)
          .execute();
        await db.deleteFrom('signatures').where('email', '=', 's3@example.org').execute();
        const before = await db.selectFrom('signatures').selectAll().orderBy('id').execute();

        assert.equal((await migrate(db as Kysely<unknown>, dialect, '0015-retention')).at(-1), '0015-retention');
        const after = await db.selectFrom('signatures').selectAll().orderBy('id').execute();
        assert.deepEqual(after, before, 'every row as it was');
        const petition = await db.selectFrom('petitions').selectAll().executeTakeFirstOrThrow();
        assert.equal(petition.closed_ms, null);
        assert.equal(petition.erased_ms, null);

        await db
          .updateTable('signatures')
          .set({ email: null, email_key: null, token_hash: null })
          .where('petition_id', '=', 'old')
          .execute();
        const [next] = await db
          .insertInto('signatures')
          .values({ ...row(4, 'pending'), email_key: 'key-4' } as never)
          .returning('id')
          .execute();
        assert.ok(next!.id > 3, `ids are not given again (got ${next!.id})`);
        // One signature per mailbox and one row per token still hold.
        await assert.rejects(
          db
            .insertInto('signatures')
            .values({ ...row(5, 'pending'), email_key: 'key-4' } as never)
            .execute(),
        );
        await assert.rejects(
          db
            .insertInto('signatures')
            .values({ ...row(6, 'pending'), token_hash: 'hash-4' } as never)
            .execute(),
        );
      } finally {
        await db.destroy();
      }
    });
  });
}

describe('Retention settings', () => {
  test('default to 90 days for signers’ addresses, 30 for voters’ hashes and 180 for addresses for replies', () => {
    assert.deepEqual(loadConfig({}).retention, { signerEmailMs: 90 * DAY, voterMs: 30 * DAY, replyEmailMs: 180 * DAY });
    assert.deepEqual(
      loadConfig({ CIVIC_RETAIN_SIGNER_EMAIL_DAYS: '365', CIVIC_RETAIN_VOTER_DAYS: '7', CIVIC_RETAIN_REPLY_EMAIL_DAYS: '30' })
        .retention,
      { signerEmailMs: 365 * DAY, voterMs: 7 * DAY, replyEmailMs: 30 * DAY },
    );
  });

  test('refuse to start on a value that is not a positive number, naming the variable', () => {
    for (const value of ['0', '-3', 'ninety', 'Infinity']) {
      assert.throws(
        () => loadConfig({ CIVIC_RETAIN_SIGNER_EMAIL_DAYS: value }),
        new RegExp(`CIVIC_RETAIN_SIGNER_EMAIL_DAYS must be a positive number, got "${value}"`),
      );
      assert.throws(() => loadConfig({ CIVIC_RETAIN_VOTER_DAYS: value }), /CIVIC_RETAIN_VOTER_DAYS must be a positive number/);
      assert.throws(
        () => loadConfig({ CIVIC_RETAIN_REPLY_EMAIL_DAYS: value }),
        /CIVIC_RETAIN_REPLY_EMAIL_DAYS must be a positive number/,
      );
    }
  });
});
