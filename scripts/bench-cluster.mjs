#!/usr/bin/env node
// Several instances on one PostgreSQL (npm run bench:cluster; needs CIVIC_TEST_DATABASE_URL,
// whose schema it drops, and nginx). Everything runs on 127.0.0.1, bounded in time:
//
//   1. accepted votes/s and latency (64 connections, an Idempotency-Key on every vote) for one
//      instance on SQLite (the baseline measured in the same run), one on PostgreSQL, and three
//      on PostgreSQL behind nginx;
//   2. live capacity: one instance on PostgreSQL holding 1 000 and 10 000 Server-Sent Events
//      viewers of one poll while votes arrive at 500/s — how long after a vote is acknowledged
//      each viewer sees a count that includes it (p50/p99), whether every viewer got the final
//      count, the server's memory per open stream, and a GET's p99 meanwhile.
//
// Ten thousand streams need more open files than the usual limit of 1 024: the instances and the
// viewers' process are started with their soft limit raised to the hard one (`ulimit -n "$(ulimit -Hn)"`);
// where the hard limit is too low, raise it first (`ulimit -Hn 65536` as root, or LimitNOFILE=).
// CIVIC_BENCH_SECONDS (10) sets each run's length, CIVIC_BENCH_VIEWERS (1000,10000) the viewer
// counts. Exits 1 when a target is missed, unless CIVIC_BENCH_STRICT=0.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { CLUSTER_ADMIN_TOKEN, Cluster } from '../packages/server/src/test-support/cluster.ts';
import { resetPostgres } from '../packages/server/src/test-support/server.ts';

const DURATION = Number(process.env.CIVIC_BENCH_SECONDS ?? 10);
const VIEWERS = (process.env.CIVIC_BENCH_VIEWERS ?? '1000,10000').split(',').map(Number);
const VOTE_RATE = 500;
const strict = process.env.CIVIC_BENCH_STRICT !== '0';
const pg = process.env.CIVIC_TEST_DATABASE_URL;
if (!pg) {
  console.error('bench:cluster needs CIVIC_TEST_DATABASE_URL=postgres://… (a database whose schema it may drop)');
  process.exit(1);
}

const ENV = {
  CIVIC_RATE_LIMIT_READS: '100000000',
  CIVIC_RATE_LIMIT_WRITES: '100000000',
  // Load from one network: the flood challenge would ask for proofs of work.
  CIVIC_CHALLENGE_THRESHOLD: 'off',
  CIVIC_RATE_LIMIT_PARTICIPANT: '100000000',
  // Every viewer comes from 127.0.0.1.
  CIVIC_STREAM_MAX_PER_NETWORK: '1000000',
  CIVIC_STREAM_MAX_TOTAL: '50000',
};
const run = (opts) => new Promise((resolve, reject) => autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const token = (prefix, n) => `${prefix}-${String(n).padStart(20, '0')}`;

async function createPoll(base, id) {
  const res = await fetch(`${base}/api/v1/admin/polls`, {
    method: 'POST',
    headers: { authorization: `Bearer ${CLUSTER_ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      id,
      question: 'Benchmark?',
      options: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      resultsVisibility: 'always',
    }),
  });
  if (res.status !== 201) throw new Error(`create poll: HTTP ${res.status} ${await res.text()}`);
}

/** Votes as the REST adapter sends them (participant token, Idempotency-Key), 64 connections. */
async function votes(base, name) {
  const poll = `${name}-${Date.now().toString(36)}`;
  await createPoll(base, poll);
  await createPoll(base, `${poll}-warm`);
  let n = 0;
  const request = (path) => ({
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ choices: ['a'] }),
    setupRequest: (req) => {
      const voter = token(poll, n++);
      return { ...req, headers: { ...req.headers, 'x-civic-voter': voter, 'idempotency-key': `vote-${voter}` } };
    },
  });
  await run({ url: base, connections: 64, duration: 2, requests: [request(`/api/v1/polls/${poll}-warm/votes`)] });
  const result = await run({
    url: base,
    connections: 64,
    duration: DURATION,
    requests: [request(`/api/v1/polls/${poll}/votes`)],
  });
  const view = await (await fetch(`${base}/api/v1/polls/${poll}`)).json();
  return {
    votesPerSecond: Math.round(result['2xx'] / (result.duration || DURATION)),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    counted: view.results.totalParticipants,
    accepted: result['2xx'],
  };
}

async function cluster(databaseUrl, instances, nginx) {
  if (databaseUrl.startsWith('postgres')) await resetPostgres(databaseUrl);
  return new Cluster({ databaseUrl, instances, nginx, from: 'dist', env: ENV, raiseOpenFiles: true }).start();
}

const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** The viewers' process, with its own open-file limit. */
function viewers() {
  const child = spawn(
    '/bin/sh',
    [
      '-c',
      'ulimit -n "$(ulimit -Hn)" && exec "$0" "$@"',
      process.execPath,
      new URL('./bench-viewers.mjs', import.meta.url).pathname,
    ],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const ask = (message) =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send(message);
    });
  return { child, ask };
}

async function live(n) {
  const c = await cluster(pg, 1, false);
  const [instance] = c.instances;
  const pid = instance.child.pid;
  let viewer;
  try {
    viewer = viewers();
    const poll = `live-${n}`;
    await createPoll(instance.base, poll);
    // Warm up the write path, then measure memory with nothing open.
    for (let i = 0; i < 50; i++)
      await fetch(`${instance.base}/api/v1/polls/${poll}/votes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-civic-voter': token(`warm-${n}`, i) },
        body: JSON.stringify({ choices: ['b'] }),
      });
    // Open and close some streams first, so that what the stream path allocates once is not counted per stream.
    const path = `/api/v1/stream?topics=poll:${poll}`;
    await viewer.ask({ cmd: 'open', host: '127.0.0.1', port: instance.port, path, n: Math.min(n, 500) });
    await viewer.ask({ cmd: 'drop' });
    await sleep(2000);
    const before = rssKb(pid);
    const opening = Date.now();
    const { opened, failed } = await viewer.ask({
      cmd: 'open',
      host: '127.0.0.1',
      port: instance.port,
      path,
      n,
    });
    const openSeconds = (Date.now() - opening) / 1000;
    await sleep(2000);
    const after = rssKb(pid);

    // Votes at a steady 500/s (as many connections as a busy page's visitors keep open); GETs meanwhile.
    const acks = [];
    const start = Date.now();
    const cpuBefore = cpuMs(pid);
    let i = 0;
    const getting = run({
      url: `${instance.base}/api/v1/polls/${poll}`,
      connections: 4,
      overallRate: 50,
      duration: DURATION,
      headers: { 'x-civic-voter': token('reader', n) },
    });
    const voting = await run({
      url: instance.base,
      connections: 50,
      overallRate: VOTE_RATE,
      duration: DURATION,
      requests: [
        {
          method: 'POST',
          path: `/api/v1/polls/${poll}/votes`,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ choices: ['a'] }),
          setupRequest: (req) => {
            const voter = token(`v${n}`, i++);
            return { ...req, headers: { ...req.headers, 'x-civic-voter': voter, 'idempotency-key': `vote-${voter}` } };
          },
          onResponse: (status) => {
            if (status === 200) acks.push(Date.now());
          },
        },
      ],
    });
    const refused = voting.non2xx + voting.errors;
    const getP99 = (await getting).latency.p99;
    const cpu = cpuMs(pid) - cpuBefore;
    const elapsed = (Date.now() - start) / 1000;
    // Votes still in flight when autocannon stopped are counted too: wait for the count to settle.
    await sleep(3000);
    // The counts include 50 warm-up votes: acks[j] is when 50 + j + 1 had been acknowledged.
    const counted = (await (await fetch(`${instance.base}/api/v1/polls/${poll}`)).json()).results.totalParticipants;
    // Votes answered after autocannon stopped listening are acknowledged too: at the end.
    const acked = [...Array(50).fill(start), ...acks.sort((a, b) => a - b)];
    while (acked.length < counted) acked.push(acked.at(-1));
    const delivery = await viewer.ask({ cmd: 'report', acks: acked, step: 5 });
    return {
      viewers: n,
      opened,
      failed,
      openSeconds,
      rssBeforeMb: Math.round(before / 1024),
      kbPerStream: Math.round(((after - before) / Math.max(1, opened)) * 10) / 10,
      votesPerSecond: Math.round(acks.length / elapsed),
      refused,
      serverCpu: `${Math.round(cpu / 10 / elapsed)}%`,
      deliveryP50ms: delivery.p50,
      deliveryP99ms: delivery.p99,
      deliveryMaxMs: delivery.max,
      missing: delivery.missing,
      sawFinal: `${delivery.sawFinal}/${delivery.streams}`,
      finalP99ms: delivery.finalP99,
      dropped: delivery.dropped,
      getP99ms: getP99,
    };
  } finally {
    await viewer?.ask({ cmd: 'close' });
    await c.stop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'civic-bench-cluster-'));
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const writes = [];
const streams = [];
try {
  console.log(`load average at start: ${load()} (2 cores; other work on the machine shows here)`);
  for (const [name, url, instances, nginx] of process.env.CIVIC_BENCH_SKIP_WRITES
    ? []
    : [
        ['SQLite, 1 instance (baseline)', `sqlite:${join(dir, 'bench.db')}`, 1, false],
        ['PostgreSQL, 1 instance', pg, 1, false],
        ['PostgreSQL, 3 instances behind nginx', pg, 3, true],
      ]) {
    const c = await cluster(url, instances, nginx);
    try {
      writes.push({ setup: name, ...(await votes(nginx ? c.base : c.instances[0].base, `w${instances}`)), load: load() });
    } finally {
      await c.stop();
    }
  }
  for (const n of VIEWERS) streams.push({ ...(await live(n)), load: load() });

  console.log(`\nVotes (127.0.0.1, ${DURATION} s per run, 64 connections, Idempotency-Key on every vote)\n`);
  console.table(writes);
  console.log(`\nLive viewers of one poll on one PostgreSQL instance, votes at ${VOTE_RATE}/s for ${DURATION} s\n`);
  console.table(streams);
  const baseline = writes[0]?.votesPerSecond;
  for (const w of writes.slice(1)) console.log(`${w.setup}: ${(w.votesPerSecond / baseline).toFixed(2)} × the SQLite baseline`);

  const failures = [];
  const one = writes[1] ?? { votesPerSecond: Infinity, p99ms: 0 };
  if (one.votesPerSecond < 2000) failures.push(`PostgreSQL votes/s ${one.votesPerSecond} < 2000`);
  if (one.p99ms > 100) failures.push(`PostgreSQL p99 ${one.p99ms} ms > 100 ms`);
  for (const w of writes)
    if (w.counted < w.accepted || w.counted > w.accepted + 64)
      failures.push(`${w.setup}: counted ${w.counted}, accepted ${w.accepted}`);
  for (const s of streams) {
    if (s.deliveryP99ms > 1000) failures.push(`${s.viewers} viewers: delivery p99 ${s.deliveryP99ms} ms > 1000 ms`);
    if (s.kbPerStream > 20) failures.push(`${s.viewers} viewers: ${s.kbPerStream} KB per stream > 20 KB`);
    if (s.getP99ms >= 100) failures.push(`${s.viewers} viewers: GET p99 ${s.getP99ms} ms ≥ 100 ms`);
    if (s.failed > 0 || s.dropped > 0) failures.push(`${s.viewers} viewers: ${s.failed} refused, ${s.dropped} dropped`);
  }
  if (failures.length) {
    console.log(`\nTargets missed: ${failures.join('; ')}`);
    if (strict) process.exitCode = 1;
  } else {
    console.log('\nAll targets met.');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
