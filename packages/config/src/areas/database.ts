import { z } from 'zod';
import { envInt, envUrl, envVar } from '../env-var';

export const databaseEnv = {
  ...envVar('DATABASE_URL', envUrl(['postgres', 'postgresql']).optional(), {
    description: 'PostgreSQL (15 or newer) connection URL. Unset: embedded PGlite in NEXOVA_DATA_DIR/data.',
    expected: 'postgres://user:password@host:5432/database',
    example: 'postgres://nexova@127.0.0.1:5432/nexova',
    secret: true,
  }),
  ...envVar('DATABASE_POOL_MAX', envInt(20, 1, 1000), {
    description:
      'Maximum pooled PostgreSQL connections of the HTTP API per process (the background workers have their own pool, DATABASE_WORKER_POOL_MAX).',
    expected: 'an integer from 1 to 1000',
  }),
  ...envVar('DATABASE_PREPARED_STATEMENTS', envInt(500, 0, 10_000), {
    description:
      'PostgreSQL: how many named prepared statements each pooled connection keeps (a statement with parameters is parsed and planned once per connection, then reused; past this number it runs unnamed). 0 turns them off — needed behind PgBouncer in transaction mode before 1.21.',
    expected: 'an integer from 0 to 10000',
  }),
  ...envVar('DATABASE_WORKER_POOL_MAX', envInt(10, 1, 1000), {
    description:
      'Maximum pooled PostgreSQL connections of the background workers (event consumers, relay, timers, sweepers) per process: their own pool, so a burst of HTTP requests cannot starve the checkout saga. Keep it above NATS_CONCURRENCY plus a few.',
    expected: 'an integer from 1 to 1000',
  }),
  ...envVar('DATABASE_CONNECT_TIMEOUT_MS', envInt(15_000, 100, 120_000), {
    description:
      'How long a query waits for a PostgreSQL connection (a new one, or a free one from a full pool) before the request answers 503 database_unavailable. A server that refuses connections fails at once; this bounds a burst queueing for the pool and a server that does not answer, so keep it well above a burst’s queueing time.',
    expected: 'milliseconds, from 100 to 120000',
  }),
  ...envVar('DATABASE_STARTUP_WAIT_MS', envInt(60_000, 0, 3_600_000), {
    description:
      'How long a starting process keeps retrying while PostgreSQL is unreachable before it exits 1 (0: exit at once).',
    expected: 'milliseconds, from 0 to 3600000',
  }),
  ...envVar(
    'DATABASE_APP_ROLE',
    z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/)
      .default('nexova_app'),
    {
      description:
        'Non-superuser role the application switches to for every query, so row-level security applies. Created by migrations.',
      expected: 'a lower-case PostgreSQL identifier',
    },
  ),
  // Embedded PostgreSQL keeps its buffer pool inside the Node process: PGlite's own 128 MB default
  // was a third of the idle server's memory (issue 11). Sized for a small shop; pages beyond it are
  // read from the operating system's file cache.
  ...envVar('PGLITE_SHARED_BUFFERS_MB', envInt(16, 1, 1024), {
    description:
      'Embedded database only: PostgreSQL shared_buffers of PGlite (its page cache inside this process). Raise it for a large catalog or order history.',
    expected: 'megabytes, from 1 to 1024',
  }),
  ...envVar('PGLITE_WORK_MEM_MB', envInt(4, 1, 1024), {
    description:
      'Embedded database only: PostgreSQL work_mem of PGlite (memory per sort or hash before it spills to disk).',
    expected: 'megabytes, from 1 to 1024',
  }),
};
