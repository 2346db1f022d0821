import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Several server instances on one PostgreSQL behind nginx, all on 127.0.0.1:
 * for the cluster tests (instances run from source) and `npm run bench:cluster`
 * (instances run from dist). Every process started here is stopped by `stop()`.
 */

const serverRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A free TCP port on 127.0.0.1 (asked of the system, then released). */
export async function freePort(): Promise<number> {
  const server = createNetServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

/** Resolves when `${base}/api/v1/health` answers 200; throws after `ms`. */
export async function waitUp(base: string, ms = 30_000, child?: ChildProcess): Promise<void> {
  for (const deadline = Date.now() + ms; Date.now() < deadline;) {
    if (child && child.exitCode !== null) throw new Error(`the process for ${base} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${base} did not start within ${ms} ms`);
}

/** The nginx binary, or null when it is not installed. */
export function nginxBinary(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) {
    try {
      execFileSync(candidate, ['-v'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // not there
    }
  }
  return null;
}

export interface NginxOptions {
  /** Where pid, logs and temporary files go. */
  dir: string;
  port: number;
  upstreams: number[];
  /**
   * `$remote_addr` (the client's address replaces any X-Forwarded-For it sent:
   * what a deployment wants), or `$proxy_add_x_forwarded_for` (appended: tests
   * act from several networks by sending one).
   */
  forwardedFor?: '$remote_addr' | '$proxy_add_x_forwarded_for';
}

/**
 * An nginx configuration for instances behind one address: round robin, no
 * sticky sessions; live streams unbuffered over HTTP/1.1 with a long read
 * timeout; the client's address forwarded (the servers run with
 * CIVIC_TRUST_PROXY=true). docs/operations.md ships the same configuration.
 */
export function nginxConfig({ dir, port, upstreams, forwardedFor = '$remote_addr' }: NginxOptions): string {
  const proxied = `
      proxy_pass http://civic;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For ${forwardedFor};
      proxy_set_header X-Forwarded-Proto $scheme;`;
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
worker_rlimit_nofile 65536;
events { worker_connections 30000; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 128k;

  upstream civic {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 64;
  }

  server {
    listen 127.0.0.1:${port};

    # Live updates (Server-Sent Events): sent on as they come, and held open for hours.
    location = /api/v1/stream {${proxied}
      proxy_buffering off;
      proxy_cache off;
      proxy_read_timeout 1h;
      proxy_send_timeout 1h;
    }

    location / {${proxied}
      # An instance that is down or refuses is skipped (POST is not retried by nginx: clients retry with the same Idempotency-Key).
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
    }
  }
}
`;
}

export interface Instance {
  port: number;
  base: string;
  child: ChildProcess;
  /** What the process wrote to stderr (for failure messages). */
  stderr(): string;
}

export interface ClusterOptions {
  databaseUrl: string;
  instances: number;
  /** Extra environment for every instance. */
  env?: Record<string, string>;
  /** How to run the server: from source (tests) or from dist (benchmarks). */
  from: 'source' | 'dist';
  forwardedFor?: NginxOptions['forwardedFor'];
  /** Start nginx in front (default true). */
  nginx?: boolean;
  /** Raise each instance's open-file limit (`ulimit -n`) as far as the hard limit allows: a live stream is an open file. */
  raiseOpenFiles?: boolean;
}

export const CLUSTER_ADMIN_TOKEN = 'cluster-admin-token-0123456789-abcdefghij';

/** Instances on one database behind nginx. */
export class Cluster {
  readonly instances: Instance[] = [];
  nginx: ChildProcess | null = null;
  /** nginx's address: the one clients use. */
  base = '';
  readonly dir = mkdtempSync(join(tmpdir(), 'civic-cluster-'));

  constructor(readonly options: ClusterOptions) {}

  readonly #orphans = () => {
    for (const child of [...this.instances.map((i) => i.child), ...(this.nginx ? [this.nginx] : [])])
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };

  async start(): Promise<this> {
    // A test or benchmark that dies leaves no server or nginx behind.
    process.once('exit', this.#orphans);
    for (let i = 0; i < this.options.instances; i++) this.instances.push(await this.spawnInstance());
    await Promise.all(this.instances.map((i) => waitUp(i.base, 60_000, i.child)));
    if (this.options.nginx !== false) await this.startNginx();
    return this;
  }

  async spawnInstance(): Promise<Instance> {
    const port = await freePort();
    const args =
      this.options.from === 'source'
        ? ['--conditions=civic-source', '--import', 'tsx', join(serverRoot, 'src/cli.ts'), 'start']
        : [join(serverRoot, 'dist/cli.js'), 'start'];
    // Raised in a shell before the server starts: Node cannot raise its own limit.
    const [command, argv] = this.options.raiseOpenFiles
      ? ['/bin/sh', ['-c', 'ulimit -n "$(ulimit -Hn)" && exec "$0" "$@"', process.execPath, ...args]]
      : [process.execPath, args];
    const child = spawn(command, argv, {
      cwd: serverRoot,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        CIVIC_DATABASE_URL: this.options.databaseUrl,
        CIVIC_ADMIN_TOKEN: CLUSTER_ADMIN_TOKEN,
        CIVIC_SEED: 'false',
        CIVIC_LOG_LEVEL: 'warn',
        CIVIC_TRUST_PROXY: 'true',
        // Load from a few networks: the flood challenge (tested on its own) would ask for proofs of work.
        CIVIC_CHALLENGE_THRESHOLD: 'off',
        ...this.options.env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-20_000);
    });
    const base = `http://127.0.0.1:${port}`;
    return { port, base, child, stderr: () => stderr };
  }

  async startNginx(): Promise<void> {
    const binary = nginxBinary();
    if (!binary) throw new Error('nginx is not installed (apt-get install -y nginx; .ci/run installs it)');
    const port = await freePort();
    // nginx's workers may run as another user (www-data when started by root): they write temporary files here.
    chmodSync(this.dir, 0o755);
    for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
      mkdirSync(join(this.dir, sub), { recursive: true });
      chmodSync(join(this.dir, sub), 0o777);
    }
    writeFileSync(
      join(this.dir, 'nginx.conf'),
      nginxConfig({
        dir: this.dir,
        port,
        upstreams: this.instances.map((i) => i.port),
        forwardedFor: this.options.forwardedFor,
      }),
    );
    const args = ['-p', this.dir, '-e', join(this.dir, 'error.log'), '-c', join(this.dir, 'nginx.conf'), '-g', 'daemon off;'];
    this.nginx = spawn(binary, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    this.nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    this.base = `http://127.0.0.1:${port}`;
    try {
      await waitUp(this.base, 15_000, this.nginx);
    } catch (error) {
      let log = '';
      try {
        log = readFileSync(join(this.dir, 'error.log'), 'utf8');
      } catch {
        // no log yet
      }
      throw new Error(`${(error as Error).message}\n${stderr}\n${log}`, { cause: error });
    }
  }

  /** Ends instance `i` at once (`kill -9`). */
  async kill(i: number): Promise<void> {
    const { child } = this.instances[i]!;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const stopping = [...this.instances.map((i) => i.child), ...(this.nginx ? [this.nginx] : [])].map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    });
    await Promise.all(stopping);
    process.removeListener('exit', this.#orphans);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
