/**
 * Answers and pages travel compressed (what Lighthouse asked for on slow
 * networks): JSON and HTML in brotli or gzip when the client accepts them,
 * never the live event stream; the demo's pages as the build compressed them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { type TestServer, startTestServer } from './test-support/server.js';

/** A raw GET (fetch would decode the body and hide the encoding). */
function get(url: string, headers: Record<string, string>, firstChunkOnly = false) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => {
          chunks.push(c);
          if (firstChunkOnly) {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
          }
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', (e) => (firstChunkOnly ? undefined : reject(e)));
      req.end();
    },
  );
}

describe('compression', () => {
  let server: TestServer;
  let demo: string;
  const page = `<!doctype html><title>Demo</title><p>${'A page of the demo site. '.repeat(100)}</p>`;

  before(async () => {
    demo = mkdtempSync(join(tmpdir(), 'civic-demo-'));
    // What the demo build writes: each page with .br and .gz beside it.
    writeFileSync(join(demo, 'index.html'), page);
    writeFileSync(join(demo, 'index.html.br'), brotliCompressSync(page));
    writeFileSync(join(demo, 'index.html.gz'), gzipSync(page));
    const seed = conformanceFixture();
    const comments = Array.from({ length: 30 }, (_, i) => ({
      id: `k${i}`,
      body: `A comment long enough to be worth compressing, number ${i}.`,
    }));
    server = await startTestServer(
      'sqlite::memory:',
      { ...seed, threads: [{ id: 'long', title: 'Long', comments }] },
      {},
      { demoDir: demo },
    );
  });

  after(async () => {
    await server?.close();
    rmSync(demo, { recursive: true, force: true });
  });

  test('JSON answers are sent in brotli or gzip to clients that accept them, as they are to others', async () => {
    const plain = await get(`${server.api}/threads/long/comments?limit=30`, {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(String(plain.headers['vary']), /accept-encoding/i);
    const br = await get(`${server.api}/threads/long/comments?limit=30`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.deepEqual(JSON.parse(brotliDecompressSync(br.body).toString()), JSON.parse(plain.body.toString()));
    assert.ok(br.body.length < plain.body.length / 2, `${br.body.length} B instead of ${plain.body.length} B`);
    const gz = await get(`${server.api}/threads/long/comments?limit=30`, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(JSON.parse(gunzipSync(gz.body).toString()), JSON.parse(plain.body.toString()));
  });

  test('small answers are not worth it and go as they are', async () => {
    const res = await get(`${server.api}/polls/single`, { 'accept-encoding': 'br' });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], undefined);
  });

  test('the demo pages go as the build compressed them', async () => {
    const res = await get(`${server.base}/`, { 'accept-encoding': 'br' });
    assert.equal(res.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(res.body).toString(), page);
  });

  test('the live event stream is never compressed', async () => {
    const res = await get(`${server.api}/stream?topics=poll:single`, { 'accept-encoding': 'gzip, br' }, true);
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /text\/event-stream/);
    assert.equal(res.headers['content-encoding'], undefined);
  });
});
