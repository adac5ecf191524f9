import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Private PostgreSQL, NATS and Redis servers for tests that must stop, kill or restart them (the
// shared services of the machine or CI are never touched). Each runs from a temporary directory on
// a free port chosen when it starts (two runs of the suites on one machine never collide), keeps
// that port across restarts, and is removed on dispose.

/** A port nothing listens on now: the kernel's pick for a throwaway listener on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts a server on a free port, trying another one when it fails: between freePort() and the
 * server's bind another process may take the port.
 */
async function onFreePort<T>(start: (port: number) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort());
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

export type PrivatePostgres = {
  port: number;
  /** postgres:// URL of a database on it (default `postgres`), as the superuser `postgres`. */
  url(database?: string): string;
  /** `pg_ctl stop -m immediate`: every backend dies at once, as in a crash; clients see dropped connections. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** An immediate stop, then a start (waits until it accepts connections). */
  restart(): Promise<void>;
  dispose(): Promise<void>;
};

/** The newest installed PostgreSQL's bin folder (PG_BIN overrides). */
function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error('No PostgreSQL server binaries found (set PG_BIN to the folder holding initdb).');
  return join(root, versions[0], 'bin');
}

/** initdb and the server refuse to run as root: as root, run them as the `postgres` user. */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

const run = (command: string, args: string[]) => {
  const [cmd, argv] = asServerUser(command, args);
  return new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}: ${err}`))));
  });
};

/** Creates a cluster in a temporary folder (trust authentication) and starts it on a free port of 127.0.0.1. */
export function startPrivatePostgres(): Promise<PrivatePostgres> {
  return onFreePort(postgresOn);
}

async function postgresOn(port: number): Promise<PrivatePostgres> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), `nexova-pg-${port}-`));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  await run(join(bin, 'initdb'), [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--no-sync',
    '--no-instructions',
  ]);
  const ctl = (...args: string[]) => run(join(bin, 'pg_ctl'), ['-D', data, '-w', '-t', '60', ...args]);
  // fsync off: a crash of the server process (what the tests cause) never loses committed data;
  // only an OS crash would, and that is not what is tested.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = () => ctl('-o', options, '-l', join(dir, 'server.log'), 'start');
  const stop = () => ctl('-m', 'immediate', 'stop');
  try {
    await start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let disposed = false;
  return {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start,
    stop,
    restart: async () => {
      await stop();
      await start();
    },
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type PrivateNats = {
  port: number;
  url: string;
  /** SIGKILLs the server (streams stay in its store folder). */
  stop(): Promise<void>;
  start(): Promise<void>;
  restart(): Promise<void>;
  dispose(): Promise<void>;
};

/** A JetStream-enabled nats-server on a free port of 127.0.0.1, storing in a temporary folder (NATS_SERVER overrides the binary). */
export function startPrivateNats(): Promise<PrivateNats> {
  return onFreePort(natsOn);
}

async function natsOn(port: number): Promise<PrivateNats> {
  const binary =
    process.env.NATS_SERVER ?? (existsSync('/usr/sbin/nats-server') ? '/usr/sbin/nats-server' : 'nats-server');
  const store = mkdtempSync(join(tmpdir(), `nexova-nats-${port}-`));
  let child: ChildProcess | null = null;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const c = spawn(binary, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', store], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      child = c;
      let log = '';
      c.stderr?.on('data', (d: Buffer) => {
        log += d.toString();
        if (log.includes('Server is ready')) resolve();
      });
      c.on('error', reject);
      c.on('exit', (code) => reject(new Error(`nats-server exited ${code} before it was ready: ${log.slice(-2000)}`)));
    });
  const stop = async () => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((resolve) => c.once('exit', resolve));
    c.kill('SIGKILL');
    await exited;
  };
  try {
    await start();
  } catch (error) {
    rmSync(store, { recursive: true, force: true });
    throw error;
  }
  return {
    port,
    url: `nats://127.0.0.1:${port}`,
    start,
    stop,
    restart: async () => {
      await stop();
      await start();
    },
    dispose: async () => {
      await stop();
      rmSync(store, { recursive: true, force: true });
    },
  };
}

export type PrivateRedis = {
  port: number;
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
};

/** A redis-server on a free port of 127.0.0.1 with nothing persisted (REDIS_SERVER overrides the binary). */
export function startPrivateRedis(): Promise<PrivateRedis> {
  return onFreePort(redisOn);
}

async function redisOn(port: number): Promise<PrivateRedis> {
  const binary = process.env.REDIS_SERVER ?? 'redis-server';
  let child: ChildProcess | null = null;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
      const c = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child = c;
      let log = '';
      c.stdout?.on('data', (d: Buffer) => {
        log += d.toString();
        if (log.includes('Ready to accept connections')) resolve();
      });
      c.on('error', reject);
      c.on('exit', (code) => reject(new Error(`redis-server exited ${code} before it was ready: ${log.slice(-2000)}`)));
    });
  const stop = async () => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((resolve) => c.once('exit', resolve));
    c.kill('SIGKILL');
    await exited;
  };
  await start();
  return { port, url: `redis://127.0.0.1:${port}`, start, stop, dispose: stop };
}
