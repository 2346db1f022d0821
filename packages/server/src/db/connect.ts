import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database, Db } from './schema.js';
import { migrate } from './migrations.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Connection {
  db: Db;
  dialect: Dialect;
  /** Writes a consistent copy of the database to `file` while it is in use (SQLite only). */
  backup(file: string): Promise<void>;
  close(): Promise<void>;
}

// PostgreSQL returns BIGINT as strings; our bigints are epoch milliseconds, safe as numbers.
pg.types.setTypeParser(20, (value) => Number(value));

/**
 * Opens the database named by a `CIVIC_DATABASE_URL`: `sqlite:PATH`
 * (`sqlite::memory:` for a throw-away database) or `postgres://…`, and runs
 * pending migrations.
 */
export async function connect(url: string): Promise<Connection> {
  const connection = url.startsWith('postgres://') || url.startsWith('postgresql://') ? openPostgres(url) : openSqlite(url);
  await migrate(connection.db as never, connection.dialect);
  return connection;
}

function openSqlite(url: string): Connection {
  const path = url.replace(/^sqlite:/, '') || './data/civic.db';
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new SQLite(path);
  // WAL lets readers work during writes; FULL syncs the WAL on every commit,
  // so an acknowledged write survives a crash or power loss.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: 'sqlite',
    async backup(file) {
      mkdirSync(dirname(resolve(file)), { recursive: true });
      await sqlite.backup(file);
    },
    async close() {
      await db.destroy();
    },
  };
}

/**
 * Kysely prepares every query anew; preparing is a good part of a SQLite
 * query's cost. Statements are reusable, so keep the most recent ones.
 */
function withStatementCache(sqlite: SQLite.Database, size = 500) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(query: string): SQLite.Statement {
      let statement = cache.get(query);
      if (statement) {
        // Refresh its place: the map's order is the eviction order.
        cache.delete(query);
      } else {
        statement = sqlite.prepare(query);
        if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      }
      cache.set(query, statement);
      return statement;
    },
  };
}

function openPostgres(url: string): Connection {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }) });
  return {
    db,
    dialect: 'postgres',
    async backup() {
      throw new Error('Use pg_dump to back up a PostgreSQL database (see docs/operations.md)');
    },
    async close() {
      await db.destroy();
    },
  };
}

/** PostgreSQL's answer when a prepared statement's result columns changed under it (a migration by another instance). */
const PLAN_CHANGED = /cached plan must not change result type/;

/**
 * The PostgreSQL counterpart of the SQLite statement cache: Kysely sends every
 * query unnamed, so PostgreSQL parses and plans each one afresh — for a vote's
 * short statements, a good part of its cost. Named, a statement is parsed once
 * per connection and then only bound and run. The most frequent query texts
 * get names (at most `size`; the rest stay unnamed). A statement whose table
 * changed shape since it was prepared (another instance migrated) is run
 * unnamed and given a new name.
 */
export function withPreparedStatements(pool: pg.Pool, size = 500): pg.Pool {
  const names = new Map<string, string>();
  let next = 0;
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < size) names.set(text, (name = `civic_${(next++).toString(36)}`));
    return name;
  };
  const wrap = (client: pg.PoolClient): pg.PoolClient => {
    const query = client.query.bind(client) as (...args: unknown[]) => Promise<pg.QueryResult>;
    const named = async (text: unknown, values?: unknown) => {
      if (typeof text !== 'string' || !Array.isArray(values)) return query(text, values);
      const name = nameOf(text);
      if (name === undefined) return query(text, values);
      try {
        return await query({ name, text, values });
      } catch (error) {
        if (!PLAN_CHANGED.test(String((error as Error).message))) throw error;
        names.delete(text);
        return query(text, values);
      }
    };
    return Object.assign(Object.create(client) as pg.PoolClient, { query: named, release: client.release.bind(client) });
  };
  return Object.assign(Object.create(pool) as pg.Pool, {
    connect: async () => wrap(await pool.connect()),
    end: () => pool.end(),
  });
}
