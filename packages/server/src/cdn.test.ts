/**
 * The bundles under /cdn/: precompressed variants chosen by Accept-Encoding,
 * cache lifetimes by file kind, and headers that let any page embed them.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { type CivicServer, createServer } from './server.js';

const LOADER = 'export const version = "0.0.0"; /* the loader */ '.repeat(20);
const CHUNK = 'export const poll = "chunk"; '.repeat(20);

describe('/cdn/', () => {
  let dir: string;
  let server: CivicServer;
  let base: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-cdn-'));
    mkdirSync(join(dir, 'chunks'));
    // The layout the build writes: each file with .br and .gz beside it.
    for (const [path, code] of [
      ['civic-widgets.js', LOADER],
      ['chunks/poll-AbCd12_-.js', CHUNK],
    ] as const) {
      writeFileSync(join(dir, path), code);
      writeFileSync(join(dir, `${path}.br`), brotliCompressSync(code));
      writeFileSync(join(dir, `${path}.gz`), gzipSync(code));
    }
    server = await createServer({
      databaseUrl: 'sqlite::memory:',
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      seedOnFirstStart: false,
      cdnDir: dir,
    });
    base = await server.listen();
  });

  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async (path: string, encoding?: string) => {
    const res = await fetch(`${base}${path}`, encoding === undefined ? {} : { headers: { 'accept-encoding': encoding } });
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };

  test('sends the brotli file to browsers that accept it', async () => {
    // fetch() decodes what it can; ask for br only and read the raw bytes through the header.
    const { res } = await get('/cdn/civic-widgets.js', 'br');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-encoding'), 'br');
    assert.match(res.headers.get('vary') ?? '', /accept-encoding/i);
    assert.match(res.headers.get('content-type') ?? '', /javascript/);
  });

  test('the compressed answers decode to the file itself', async () => {
    const raw = async (encoding: string) => {
      const { request } = await import('node:http');
      return new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        request(`${base}/cdn/civic-widgets.js`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(parts) }));
        })
          .on('error', reject)
          .end();
      });
    };
    const br = await raw('br');
    assert.equal(br.encoding, 'br');
    assert.equal(brotliDecompressSync(br.body).toString(), LOADER);
    const gz = await raw('gzip');
    assert.equal(gz.encoding, 'gzip');
    assert.equal(gunzipSync(gz.body).toString(), LOADER);
    const plain = await raw('identity');
    assert.equal(plain.encoding, undefined);
    assert.equal(plain.body.toString(), LOADER);
    assert.ok(br.body.length < plain.body.length && gz.body.length < plain.body.length);
  });

  test('hashed chunks are immutable, entry files short-lived, both embeddable anywhere', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const chunk = await get('/cdn/chunks/poll-AbCd12_-.js', encoding);
      assert.equal(chunk.res.headers.get('cache-control'), 'public, max-age=31536000, immutable', encoding);
      const loader = await get('/cdn/civic-widgets.js', encoding);
      assert.equal(loader.res.headers.get('cache-control'), 'public, max-age=300', encoding);
      for (const { res } of [chunk, loader]) {
        assert.equal(res.headers.get('access-control-allow-origin'), '*');
        assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin');
      }
    }
  });

  test('unknown files are 404', async () => {
    const { res } = await get('/cdn/nothing-here.js', 'br');
    assert.equal(res.status, 404);
  });
});
