/*
 * Several instances on one PostgreSQL behind a real load balancer (nginx, no
 * sticky sessions): votes count once, live events reach viewers on every
 * instance and resume on any of them, rate limits hold across instances,
 * mail is sent once however many workers there are and failures are shown,
 * and killing an instance under load loses no acknowledged vote.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { SMTPServer } from 'smtp-server';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { type Connection, connect } from './db/connect.js';
import { createServer } from './server.js';
import { seed } from './seed.js';
import { CLUSTER_ADMIN_TOKEN, Cluster, freePort } from './test-support/cluster.js';
import { assertInvariants } from './test-support/invariants.js';
import { resetPostgres } from './test-support/server.js';

const url = process.env['CIVIC_TEST_DATABASE_URL'];
const NAME = 'Three instances on one PostgreSQL behind nginx';

/** A network of its own for participant `i` (an IPv6 /48 from the documentation range, sent only as X-Forwarded-For). */
const network = (i: number) => `2001:db8:${i.toString(16)}::1`;
const voter = (name: string) => name.padStart(24, '_');

/** Reads a live stream in the background: its text and the events in it. */
function viewer(res: Response) {
  let text = '';
  const arrivals: { id: number; data: Record<string, unknown>; at: number }[] = [];
  const done = (async () => {
    try {
      for await (const chunk of res.body!.pipeThrough(new TextDecoderStream())) {
        text += chunk;
        for (let end = text.indexOf('\n\n'); end >= 0; end = text.indexOf('\n\n')) {
          const frame = text.slice(0, end);
          text = text.slice(end + 2);
          const id = /^id: (\d+)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (id && data) arrivals.push({ id: Number(id), data: JSON.parse(data) as Record<string, unknown>, at: Date.now() });
        }
      }
    } catch {
      // aborted by the test
    }
  })();
  return { arrivals, done };
}

async function eventually(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(20)) if (await check()) return true;
  return check();
}

if (!url) {
  describe(NAME, () => {
    test(
      'needs CIVIC_TEST_DATABASE_URL (postgres://…) and nginx; .ci/run sets the first when PostgreSQL answers on 127.0.0.1:5432 and installs nginx',
      { skip: 'CIVIC_TEST_DATABASE_URL is not set: NO multi-instance test ran' },
      () => {},
    );
  });
} else {
  describe(NAME, () => {
    let cluster: Cluster;
    let db: Connection;
    const mail = { refuse: false, refusals: 0, received: [] as { to: string; body: string }[] };
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        if (!mail.refuse) return callback();
        mail.refusals++;
        callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
      },
      onData(stream, session, callback) {
        let body = '';
        stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
        stream.on('end', () => {
          for (const rcpt of session.envelope.rcptTo) mail.received.push({ to: rcpt.address, body });
          callback();
        });
      },
    });

    before(async () => {
      await resetPostgres(url);
      const fixture = conformanceFixture();
      fixture.polls.push(
        {
          id: 'lb',
          question: 'Through the load balancer?',
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
          resultsVisibility: 'always',
        },
        {
          id: 'live',
          question: 'Seen everywhere?',
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
          resultsVisibility: 'always',
        },
        {
          id: 'limited',
          question: 'Limited?',
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
          resultsVisibility: 'always',
        },
        {
          id: 'busy',
          question: 'Busy everywhere?',
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
          resultsVisibility: 'always',
        },
        {
          id: 'killed',
          question: 'Under load?',
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
          resultsVisibility: 'always',
        },
      );
      const seeding = await createServer({ databaseUrl: url, port: 0, logLevel: 'silent', seedOnFirstStart: false }, {});
      await seed(seeding.ctx, fixture);
      await seeding.close();
      db = await connect(url);

      const smtpPort = await freePort();
      smtp.listen(smtpPort, '127.0.0.1');
      await once(smtp.server, 'listening');
      cluster = await new Cluster({
        databaseUrl: url,
        instances: 3,
        from: 'source',
        // Tests act from many networks: nginx appends to the X-Forwarded-For they send.
        forwardedFor: '$proxy_add_x_forwarded_for',
        env: {
          CIVIC_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          CIVIC_RATE_LIMIT_WRITES: '20',
          CIVIC_RATE_LIMIT_PARTICIPANT: '1000',
          CIVIC_RATE_LIMIT_READS: '1000000',
          CIVIC_JOB_POLL_SECONDS: '0.3',
          CIVIC_JOB_RETRY_SECONDS: '0.2',
          CIVIC_MAIL_MAX_ATTEMPTS: '3',
          CIVIC_HEARTBEAT_SECONDS: '5',
        },
      }).start();
    });

    after(async () => {
      await cluster?.stop();
      smtp.close();
      await db?.close();
    });

    const write = (base: string, path: string, name: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}/api/v1${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-civic-voter': voter(name), ...headers },
        body: JSON.stringify(body),
      });

    test('a vote through the load balancer, retried with its key on every instance, is counted once', async () => {
      const sends = Array.from({ length: 6 }, () =>
        write(
          cluster.base,
          '/polls/lb/votes',
          'lb-voter',
          { choices: ['a'] },
          { 'idempotency-key': 'lb-vote-0001', 'x-forwarded-for': network(1) },
        ),
      );
      const answers = await Promise.all(sends);
      assert.deepEqual(
        answers.map((r) => r.status),
        Array(6).fill(200),
      );
      assert.equal(answers.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 5);
      const view = (await (await fetch(`${cluster.base}/api/v1/polls/lb`)).json()) as { results: { totalParticipants: number } };
      assert.equal(view.results.totalParticipants, 1);
      const ballots = await db.db.selectFrom('ballots').select('voter').where('poll_id', '=', 'lb').execute();
      assert.equal(ballots.length, 1);
    });

    test('a viewer on instance B sees a vote made on instance A (acceptance: within 1 s)', async (t) => {
      const [a, b] = cluster.instances;
      const controller = new AbortController();
      const res = await fetch(`${b!.base}/api/v1/stream?topics=poll:live`, { signal: controller.signal });
      assert.equal(res.status, 200);
      const seen = viewer(res);
      const latencies: number[] = [];
      for (let i = 0; i < 5; i++) {
        // Apart by more than the results throttle, so each vote's count goes out on its own.
        await sleep(300);
        const sent = Date.now();
        const answer = await write(
          a!.base,
          '/polls/live/votes',
          `live-${i}`,
          { choices: ['a'] },
          { 'x-forwarded-for': network(100 + i) },
        );
        assert.equal(answer.status, 200);
        const arrived = await eventually(
          () =>
            seen.arrivals.some((e) => (e.data['results'] as { totalParticipants?: number } | null)?.totalParticipants === i + 1),
          10_000,
        );
        assert.ok(arrived, `vote ${i + 1} reached the viewer on B`);
        const event = seen.arrivals.find(
          (e) => (e.data['results'] as { totalParticipants: number }).totalParticipants === i + 1,
        )!;
        latencies.push(event.at - sent);
      }
      controller.abort();
      await seen.done;
      t.diagnostic(`vote on A → event on B: ${latencies.join(', ')} ms (acceptance bound 1000 ms)`);
      const ids = seen.arrivals.map((e) => e.id);
      assert.deepEqual(
        ids,
        [...ids].sort((x, y) => x - y),
        'ids increase',
      );
    });

    test('a viewer that reconnects to instance C with Last-Event-ID gets each missed event exactly once', async () => {
      const [a, b, c] = cluster.instances;
      const rate = (i: number) =>
        write(a!.base, '/services/stars/ratings', `rater-${i}`, { score: 1 + (i % 5) }, { 'x-forwarded-for': network(200 + i) });
      const first = new AbortController();
      const onB = viewer(await fetch(`${b!.base}/api/v1/stream?topics=service:stars`, { signal: first.signal }));
      for (let i = 0; i < 3; i++) assert.ok([200, 201].includes((await rate(i)).status));
      assert.ok(await eventually(() => onB.arrivals.length === 3, 10_000), 'three events on B');
      first.abort();
      await onB.done;
      const lastSeen = onB.arrivals.at(-1)!.id;

      // Missed while away: written on A, numbered by the database.
      for (let i = 3; i < 10; i++) assert.ok([200, 201].includes((await rate(i)).status));
      const stored = async () =>
        (
          await db.db
            .selectFrom('live_events')
            .select('id')
            .where('topic', '=', 'service:stars')
            .where('id', '>', lastSeen)
            .orderBy('id')
            .execute()
        ).map((r) => Number(r.id));
      assert.ok(await eventually(async () => (await stored()).length === 7, 10_000), 'seven events stored');
      const missed = await stored();

      const second = new AbortController();
      const onC = viewer(
        await fetch(`${c!.base}/api/v1/stream?topics=service:stars`, {
          headers: { 'last-event-id': String(lastSeen) },
          signal: second.signal,
        }),
      );
      assert.ok(await eventually(() => onC.arrivals.length >= 7, 10_000), 'the missed events arrive on C');
      // One more, live on C: it follows the replay, and nothing is sent twice.
      assert.ok([200, 201].includes((await rate(10)).status));
      assert.ok(await eventually(() => onC.arrivals.length >= 8, 10_000));
      await sleep(300);
      second.abort();
      await onC.done;
      const ids = onC.arrivals.map((e) => e.id);
      assert.deepEqual(ids.slice(0, 7), missed, 'exactly the missed events, in order');
      assert.equal(new Set(ids).size, ids.length, 'none twice');
      assert.equal(ids.length, 8);
      assert.ok(ids[7]! > missed.at(-1)!);
    });

    test('live results are coalesced across instances: one event per 250 ms in all, the last with every vote', async () => {
      const controller = new AbortController();
      const seen = viewer(await fetch(`${cluster.base}/api/v1/stream?topics=poll:busy`, { signal: controller.signal }));
      let n = 0;
      const until = Date.now() + 1500;
      // Votes on all three instances at once, for 1.5 s.
      await Promise.all(
        cluster.instances.flatMap((instance) =>
          Array.from({ length: 4 }, async () => {
            while (Date.now() < until) {
              const i = n++;
              const res = await write(
                instance.base,
                '/polls/busy/votes',
                `busy-${i}`,
                { choices: ['a'] },
                { 'x-forwarded-for': network(2000 + i) },
              );
              assert.equal(res.status, 200);
            }
          }),
        ),
      );
      const last = () => (seen.arrivals.at(-1)?.data['results'] as { totalParticipants: number } | undefined)?.totalParticipants;
      assert.ok(await eventually(() => last() === n, 10_000), `the last event counts all ${n} votes (it says ${last()})`);
      controller.abort();
      await seen.done;
      const times = (
        await db.db.selectFrom('live_events').select('created_ms').where('topic', '=', 'poll:busy').orderBy('id').execute()
      ).map((r) => Number(r.created_ms));
      for (let i = 1; i < times.length; i++)
        assert.ok(times[i]! - times[i - 1]! >= 250, `events ${i - 1} and ${i} are 250 ms apart`);
      assert.ok(times.length <= 1 + Math.ceil((times.at(-1)! - times[0]!) / 250), `${times.length} events for ${n} votes`);
    });

    test('a participant blocked in the console on instance A is refused on instance B at once, not when B’s copy expires', async (t) => {
      const [a, b] = cluster.instances;
      const headers = { 'x-forwarded-for': network(600) };
      // B reads the (empty) block list now; it would keep it for 15 s.
      assert.equal((await write(b!.base, '/polls/single/votes', 'to-block', { choices: ['a'] }, headers)).status, 200);
      const loaded = Date.now();
      const comment = (await (await write(a!.base, '/threads/post/comments', 'to-block', { body: 'Spam' }, headers)).json()) as {
        id: string;
      };
      const block = await fetch(`${a!.base}/api/v1/admin/blocks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${CLUSTER_ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'participant', commentId: comment.id, hours: 1, reason: 'spam' }),
      });
      assert.equal(block.status, 201, await block.text());
      const refused = await eventually(
        async () => (await write(b!.base, '/polls/multi/votes', 'to-block', { choices: ['a'] }, headers)).status === 403,
        10_000,
      );
      assert.ok(refused, 'refused on B');
      t.diagnostic(`refused on B ${Date.now() - loaded} ms after B read the block list (its copy lasts 15 000 ms)`);
    });

    test('the per-network write limit holds across instances: 20 a minute is 20, not 20 × 3', async () => {
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          write(cluster.base, '/polls/limited/votes', `limited-${i}`, { choices: ['a'] }, { 'x-forwarded-for': network(300) }),
        ),
      );
      const statuses = answers.map((r) => r.status);
      assert.equal(statuses.filter((s) => s === 200).length, 20, statuses.join(' '));
      assert.equal(statuses.filter((s) => s === 429).length, 10);
      const refused = answers.find((r) => r.status === 429)!;
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
    });

    test('with three workers, each confirmation mail is sent exactly once (with its link)', async () => {
      mail.received.length = 0;
      const emails = Array.from({ length: 30 }, (_, i) => `signer-${i}@example.org`);
      const answers = await Promise.all(
        emails.map((email, i) =>
          write(
            cluster.base,
            '/petitions/plain/signatures',
            `signer-${i}`,
            { name: 'Sam', email, consent: true },
            {
              'x-forwarded-for': network(400 + i),
            },
          ),
        ),
      );
      assert.deepEqual(
        answers.map((r) => r.status),
        Array(30).fill(202),
      );
      const sent = async () =>
        Number(
          (
            await db.db
              .selectFrom('outbox')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('sent', '=', 1)
              .executeTakeFirstOrThrow()
          ).n,
        );
      assert.ok(await eventually(async () => (await sent()) === 30, 30_000), `all 30 sent (${await sent()})`);
      await sleep(1000); // time for a second send, were there one
      const perRecipient = new Map<string, number>();
      for (const m of mail.received) perRecipient.set(m.to, (perRecipient.get(m.to) ?? 0) + 1);
      assert.deepEqual([...perRecipient.keys()].sort(), [...emails].sort());
      assert.deepEqual([...new Set(perRecipient.values())], [1], 'each mail exactly once');
      assert.ok(
        mail.received.every((m) => /\/confirm\/[A-Za-z0-9_-]+/.test(m.body.replace(/=\r?\n/g, ''))),
        'the link is in the mail',
      );
      const jobs = await db.db.selectFrom('jobs').select(['state']).where('kind', '=', 'mail').execute();
      assert.ok(jobs.every((j) => j.state === 'done'));
    });

    test('an SMTP server that refuses: the mail is retried, then shown to admins as failed', async () => {
      mail.refuse = true;
      mail.refusals = 0;
      try {
        const answer = await write(
          cluster.base,
          '/petitions/plain/signatures',
          'refused-signer',
          { name: 'Ada', email: 'refused@example.org', consent: true },
          { 'x-forwarded-for': network(500) },
        );
        assert.equal(answer.status, 202);
        type Row = { to: string; status: string; attempts: number; lastError: string | null };
        const outbox = async () =>
          (await (
            await fetch(`${cluster.base}/api/v1/admin/outbox?limit=5`, {
              headers: { authorization: `Bearer ${CLUSTER_ADMIN_TOKEN}` },
            })
          ).json()) as Row[];
        const failed = async () => (await outbox()).find((m) => m.to === 'r***@example.org' && m.status === 'failed');
        assert.ok(await eventually(async () => Boolean(await failed()), 30_000), 'shown as failed');
        const row = (await failed())!;
        assert.equal(row.attempts, 3, 'tried CIVIC_MAIL_MAX_ATTEMPTS times');
        assert.match(row.lastError ?? '', /451/);
        assert.doesNotMatch(row.lastError ?? '', /refused@example\.org/, 'no address in the error');
        assert.equal(mail.refusals, 3, 'the SMTP server saw three tries');
        assert.ok(!mail.received.some((m) => m.to === 'refused@example.org'));
      } finally {
        mail.refuse = false;
      }
    });

    test('kill -9 of one instance under vote load: no acknowledged vote lost, clients go on through nginx, tallies = recount', async (t) => {
      const acknowledged: string[] = [];
      let killedAt = Number.POSITIVE_INFINITY;
      let afterKill = 0;
      let n = 0;
      let stop = false;
      const vote = async (name: string, i: number) => {
        // As RestAdapter does: a write that may not have arrived is sent again with the same key.
        for (let attempt = 0; attempt < 8; attempt++) {
          try {
            const res = await write(
              cluster.base,
              '/polls/killed/votes',
              name,
              { choices: ['a'] },
              {
                'idempotency-key': `key-${name}`,
                'x-forwarded-for': network(1000 + i),
              },
            );
            if (res.status === 200) return true;
            if (![502, 503, 504].includes(res.status)) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
          } catch (error) {
            if ((error as Error).message.startsWith('HTTP')) throw error;
          }
          await sleep(100);
        }
        return false;
      };
      const worker = async () => {
        while (!stop) {
          const i = n++;
          const name = `killed-${i}`;
          if (await vote(name, i)) {
            acknowledged.push(name);
            if (Date.now() > killedAt) afterKill++;
          }
        }
      };
      const workers = Array.from({ length: 12 }, worker);
      await sleep(1500);
      killedAt = Date.now();
      await cluster.kill(1);
      await sleep(2000);
      stop = true;
      await Promise.all(workers);

      t.diagnostic(`${acknowledged.length} votes acknowledged, ${afterKill} after the kill`);
      assert.ok(afterKill > 0, 'clients went on through the load balancer');
      // Stored participant tokens are keyed hashes: ask the server whose vote it has.
      const lost: string[] = [];
      const queue = [...acknowledged];
      const check = async () => {
        for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
          const res = await fetch(`${cluster.instances[0]!.base}/api/v1/polls/killed`, {
            headers: { 'x-civic-voter': voter(name) },
          });
          const view = (await res.json()) as { myVote: string[] | null };
          if (!view.myVote) lost.push(name);
        }
      };
      await Promise.all(Array.from({ length: 16 }, check));
      assert.deepEqual(lost, [], 'every acknowledged vote is stored');
      await assertInvariants(db.db);
    });
  });
}
