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
};
