// Live viewers for `npm run bench:cluster`, in a process of their own (started by
// bench-cluster.mjs with a raised open-file limit, talking over IPC): opens N
// Server-Sent Events streams on one poll with plain sockets (the lightest client:
// ten thousand fetch() streams would cost the benchmark more than the server),
// notes when each stream first sees each count, and answers with the delivery
// latencies once told when each vote was acknowledged.
import { connect } from 'node:net';

/** Per stream: counts seen, in order, and when (ms). */
const streams = [];

function open(host, port, path) {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    const seen = { counts: [], times: [], ok: false, ended: false };
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nAccept: text/event-stream\r\n\r\n`));
    socket.on('data', (chunk) => {
      if (!seen.ok) {
        seen.ok = chunk.startsWith('HTTP/1.1 200');
        resolve(seen);
        if (!seen.ok) return socket.destroy();
      }
      buffer += chunk;
      const now = Date.now();
      for (let at = buffer.indexOf('"totalParticipants":'); at >= 0; at = buffer.indexOf('"totalParticipants":')) {
        const match = /^"totalParticipants":(\d+)/.exec(buffer.slice(at));
        if (!match) break; // the number is cut: wait for the rest
        const count = Number(match[1]);
        if (count > (seen.counts.at(-1) ?? -1)) {
          seen.counts.push(count);
          seen.times.push(now);
        }
        buffer = buffer.slice(at + match[0].length);
      }
      if (buffer.length > 4096) buffer = buffer.slice(-256);
    });
    socket.on('error', () => resolve(seen));
    socket.on('close', () => {
      seen.ended = true;
      resolve(seen);
    });
    seen.socket = socket;
  });
}

function percentile(histogram, total, p) {
  let seen = 0;
  for (let ms = 0; ms < histogram.length; ms++) {
    seen += histogram[ms];
    if (seen >= total * p) return ms;
  }
  return histogram.length;
}

process.on('message', async (message) => {
  if (message.cmd === 'open') {
    const { host, port, path, n } = message;
    let opened = 0;
    // A few hundred at a time: a burst of ten thousand SYNs would overflow the listen backlog.
    for (let i = 0; i < n; i += 250) {
      const batch = await Promise.all(Array.from({ length: Math.min(250, n - i) }, () => open(host, port, path)));
      for (const s of batch) {
        streams.push(s);
        if (s.ok) opened++;
      }
    }
    process.send({ opened, failed: n - opened });
  } else if (message.cmd === 'report') {
    // acks[j] = when j + 1 votes had been acknowledged. A stream's latency for vote j is the time
    // from then until it first saw a count of at least j + 1.
    const { acks, step } = message;
    const histogram = new Uint32Array(60_001);
    let total = 0;
    let missing = 0;
    let dropped = 0;
    const finals = new Uint32Array(60_001);
    let finalTotal = 0;
    const final = acks.length;
    for (const s of streams) {
      if (!s.ok) continue;
      if (s.ended) dropped++;
      let k = 0;
      for (let j = 0; j < acks.length; j += step) {
        while (k < s.counts.length && s.counts[k] < j + 1) k++;
        if (k === s.counts.length) {
          missing++;
          continue;
        }
        histogram[Math.min(60_000, Math.max(0, s.times[k] - acks[j]))]++;
        total++;
      }
      const last = s.counts.indexOf(final);
      if (last >= 0) {
        finals[Math.min(60_000, Math.max(0, s.times[last] - acks.at(-1)))]++;
        finalTotal++;
      }
    }
    process.send({
      streams: streams.filter((s) => s.ok).length,
      dropped,
      samples: total,
      missing,
      p50: percentile(histogram, total, 0.5),
      p99: percentile(histogram, total, 0.99),
      max: percentile(histogram, total, 1),
      sawFinal: finalTotal,
      finalP99: percentile(finals, finalTotal, 0.99),
    });
  } else if (message.cmd === 'drop') {
    for (const s of streams.splice(0)) s.socket?.destroy();
    process.send({ dropped: true });
  } else if (message.cmd === 'close') {
    for (const s of streams) s.socket?.destroy();
    process.send({ closed: true });
    setTimeout(() => process.exit(0), 100);
  }
});
