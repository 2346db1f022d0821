import assert from 'node:assert/strict';
import { aggregateCounts, type Service } from '@civic-widgets/core';
import type { Db } from '../db/schema.js';

/**
 * Every stored counter equals a recount from the rows it counts. Concurrency
 * tests end with this on both databases: a lost update or a double count
 * anywhere shows up as a difference here, whatever the test looked at.
 */
export async function assertInvariants(db: Db): Promise<void> {
  // Poll tallies (summed over shards) = ballots; '' counts participants.
  const tallies = await db.selectFrom('poll_tallies').select(['poll_id', 'option_id', 'count']).execute();
  const stored = new Map<string, number>();
  for (const t of tallies)
    stored.set(`${t.poll_id}/${t.option_id}`, (stored.get(`${t.poll_id}/${t.option_id}`) ?? 0) + Number(t.count));
  const recount = new Map<string, number>();
  for (const b of await db.selectFrom('ballots').select(['poll_id', 'choices']).execute()) {
    for (const key of ['', ...(JSON.parse(b.choices) as string[])])
      recount.set(`${b.poll_id}/${key}`, (recount.get(`${b.poll_id}/${key}`) ?? 0) + 1);
  }
  assert.deepEqual(nonZero(stored), nonZero(recount), 'poll tallies = recount from ballots');

  const comments = await db
    .selectFrom('comments')
    .select(['id', 'thread_id', 'parent_id', 'status', 'score', 'reply_count', 'report_count'])
    .execute();
  const published = comments.filter((c) => c.status === 'published');
  for (const thread of await db.selectFrom('threads').select(['id', 'comment_count']).execute()) {
    assert.equal(
      thread.comment_count,
      published.filter((c) => c.thread_id === thread.id).length,
      `thread ${thread.id}: comment count`,
    );
  }
  const upvotes = countBy(await db.selectFrom('upvotes').select('comment_id as key').execute());
  const reports = countBy(await db.selectFrom('reports').select('comment_id as key').where('settled_ms', 'is', null).execute());
  for (const c of comments) {
    assert.equal(c.reply_count, published.filter((r) => r.parent_id === c.id).length, `comment ${c.id}: reply count`);
    assert.equal(c.score, upvotes.get(c.id) ?? 0, `comment ${c.id}: score = upvotes`);
    assert.equal(c.report_count, reports.get(c.id) ?? 0, `comment ${c.id}: report count = open reports`);
  }

  const confirmed = countBy(
    await db.selectFrom('signatures').select('petition_id as key').where('status', '=', 'confirmed').execute(),
  );
  for (const p of await db.selectFrom('petitions').select(['id', 'signature_count']).execute()) {
    assert.equal(p.signature_count, confirmed.get(p.id) ?? 0, `petition ${p.id}: signature count = confirmed signatures`);
  }

  // Rating aggregates are computed from grouped counts; check them against the rows one by one.
  for (const row of await db.selectFrom('services').select(['id', 'data']).execute()) {
    const service = JSON.parse(row.data) as Service;
    const ratings = await db.selectFrom('ratings').select('score').where('service_id', '=', service.id).execute();
    const byScore = countBy(ratings.map((r) => ({ key: r.score })));
    const grouped = await db
      .selectFrom('ratings')
      .select((eb) => ['score', eb.fn.countAll<number>().as('n')])
      .where('service_id', '=', service.id)
      .groupBy('score')
      .execute();
    assert.deepEqual(
      aggregateCounts(service.scale, new Map(grouped.map((g) => [g.score, Number(g.n)]))),
      aggregateCounts(service.scale, byScore),
      `service ${service.id}: aggregate = recount`,
    );
  }
}

function countBy<K>(rows: { key: K }[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const { key } of rows) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function nonZero(map: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...map].filter(([, n]) => n !== 0).sort(([a], [b]) => (a < b ? -1 : 1)));
}
