import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { type Connection, connect } from './connect.js';
import { createTransact } from './batch.js';

/*
 * Group commit on SQLite: writes that arrive together share one transaction,
 * each in its own savepoint, and none is acknowledged before the commit.
 */
describe('Group commit (SQLite)', () => {
  let connection: Connection;
  before(async () => {
    connection = await connect('sqlite::memory:');
    await connection.db.insertInto('polls').values({ id: 'p', data: '{}', created_ms: 0 }).execute();
  });
  after(() => connection.close());

  const ballot = (voter: string) => ({ poll_id: 'p', voter, choices: '[]', ip: null, created_ms: 0, updated_ms: 0 });
  const voters = async () =>
    (await connection.db.selectFrom('ballots').select('voter').orderBy('voter').execute()).map((r) => r.voter);

  test('writes arriving together are split into batches of at most maxBatch, each one transaction', async () => {
    const transact = createTransact(connection.db, 'sqlite', 2);
    const seen: unknown[] = [];
    await Promise.all(
      ['b1', 'b2', 'b3', 'b4', 'b5'].map((voter) =>
        transact(async (trx) => {
          seen.push(trx);
          await trx.insertInto('ballots').values(ballot(voter)).execute();
        }),
      ),
    );
    const batches = [...new Set(seen)].map((trx) => seen.filter((t) => t === trx).length);
    assert.deepEqual(batches, [2, 2, 1]);
    assert.deepEqual(await voters(), ['b1', 'b2', 'b3', 'b4', 'b5']);
    await connection.db.deleteFrom('ballots').execute();
  });

  test('a failing write is rolled back alone; the others in its batch commit', async () => {
    const transact = createTransact(connection.db, 'sqlite');
    const outcomes = await Promise.allSettled([
      transact((trx) => trx.insertInto('ballots').values(ballot('kept-1')).execute()),
      transact(async (trx) => {
        await trx.insertInto('ballots').values(ballot('undone')).execute();
        throw new Error('refused');
      }),
      transact((trx) => trx.insertInto('ballots').values(ballot('kept-2')).execute()),
    ]);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    assert.deepEqual(await voters(), ['kept-1', 'kept-2']);
    await connection.db.deleteFrom('ballots').execute();
  });

  test('when the commit fails, every write of the batch is refused and nothing is stored', async () => {
    const transact = createTransact(connection.db, 'sqlite');
    const outcomes = await Promise.allSettled([
      transact(async (trx) => {
        // Checked at commit: a ballot for a poll that does not exist fails the whole COMMIT.
        await sql`PRAGMA defer_foreign_keys = ON`.execute(trx);
        await trx
          .insertInto('ballots')
          .values({ ...ballot('orphan'), poll_id: 'missing' })
          .execute();
      }),
      transact((trx) => trx.insertInto('ballots').values(ballot('same-batch')).execute()),
    ]);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['rejected', 'rejected'],
    );
    assert.match(String((outcomes[1] as PromiseRejectedResult).reason), /FOREIGN KEY/);
    assert.deepEqual(await voters(), []);
    // The queue keeps working after a failed commit.
    await transact((trx) => trx.insertInto('ballots').values(ballot('later')).execute());
    assert.deepEqual(await voters(), ['later']);
  });
});
