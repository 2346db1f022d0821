// Loaded (`--import`) into every Node-side test process. Test files run two at a time, and those
// that use PostgreSQL empty their database as they start: each file gets a database of its own,
// created on first use beside the one CIVIC_TEST_DATABASE_URL names (its name plus a short hash of
// the file's path, so repeated runs reuse the same few databases).
import { createHash } from 'node:crypto';
import { relative } from 'node:path';

const base = process.env.CIVIC_TEST_DATABASE_URL;
const file = process.env.NODE_TEST_CONTEXT ? process.argv.find((a) => a.endsWith('.test.ts')) : undefined;
if (base && file) {
  const root = new URL('..', import.meta.url).pathname;
  const url = new URL(base);
  const name = `${url.pathname.slice(1)}_${createHash('sha256').update(relative(root, file)).digest('hex').slice(0, 10)}`;
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } catch (error) {
    // 42P04: it exists from an earlier run.
    if (error?.code !== '42P04') throw error;
  } finally {
    await client.end();
  }
  url.pathname = `/${name}`;
  process.env.CIVIC_TEST_DATABASE_URL = url.href;
}
