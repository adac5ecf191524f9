import { z } from 'zod';
import { envInt, envUrl, envVar } from '../env-var';

export const eventsEnv = {
  ...envVar('NATS_URL', envUrl(['nats', 'tls']).optional(), {
    description:
      'NATS server with JetStream. Set: events travel over JetStream; unset: the embedded transport (the outbox is the log).',
    expected: 'nats://host:4222',
    example: 'nats://127.0.0.1:4222',
  }),
  ...envVar(
    'NATS_PREFIX',
    z
      .string()
      .regex(/^[a-z0-9_]*$/)
      .default(''),
    {
      description:
        'Prefix of JetStream stream names, durable consumer names and subjects (several installations on one NATS).',
      expected: 'lower-case letters, digits and _ (empty: none)',
    },
  ),
  ...envVar('NATS_ACK_WAIT_MS', envInt(10_000, 1000, 3_600_000), {
    description:
      "How long JetStream waits for a worker to acknowledge a message before redelivering it: what a killed or disconnected worker had fetched (up to EVENTS_BATCH_SIZE events) comes back to another worker after this. A live worker marks every message it holds in progress every third of it, so it does not grow with the batch size; keep it above the longest pause of a worker's event loop.",
    expected: 'milliseconds, 1000 to 3600000',
  }),
  ...envVar('NATS_CONCURRENCY', envInt(4, 1, 64), {
    description:
      'Transactions a worker runs at once for one consumer on one domain on NATS (several aggregates each, or one when they contend for locks), each holding a database connection while it runs: keep it well under DATABASE_WORKER_POOL_MAX.',
    expected: 'an integer from 1 to 64',
  }),
  ...envVar('NATS_GROUP_LOCK_WAIT_MS', envInt(50, 0, 60_000), {
    description:
      "On NATS, the aggregates a worker has in hand are handled in one transaction (two statements for the lot, as an embedded batch) that waits at most this long for a row lock: when it would wait longer (another transaction holds the row, such as another worker's), it is rolled back and each aggregate runs in a transaction of its own with the usual lock waits, so two workers' transactions never deadlock over events. 0: always a transaction per aggregate.",
    expected: 'milliseconds, 0 to 60000',
  }),
  ...envVar('NATS_RELAY_BATCHES', envInt(4, 1, 100), {
    description:
      'Batches of EVENTS_BATCH_SIZE events the outbox relay publishes to JetStream in one transaction, reading each next batch while JetStream acknowledges the previous ones; its checkpoint moves once all are acknowledged.',
    expected: 'an integer from 1 to 100',
  }),
  ...envVar('REALTIME_RECHECK_INTERVAL_MS', envInt(30_000, 100, 3_600_000), {
    description:
      'How often an open /api/v1/ws socket checks its caller again: once the session ended, the token expired or the membership or API key is gone, the socket closes with code 4401 (sign in again, reconnect with last_event_id).',
    expected: 'milliseconds, 100 to 3600000',
  }),
  ...envVar('EVENTS_BATCH_SIZE', envInt(100, 1, 10_000), {
    description:
      "Events a consumer reads at a time: handled in one transaction on the embedded transport; on NATS a fetch of up to this many messages (a worker holds at most two fetches) and the most events one transaction takes (see NATS_GROUP_LOCK_WAIT_MS), also the relay's batch (NATS_RELAY_BATCHES).",
    expected: 'an integer from 1 to 10000',
  }),
  ...envVar('EVENTS_POLL_INTERVAL_MS', envInt(200, 10, 60_000), {
    description:
      'How often consumers look for new events while nothing listens for commits (the LISTEN connection to PostgreSQL reconnecting). PostgreSQL LISTENs and PGlite listens in process, so a commit wakes them at once.',
    expected: 'milliseconds, 10 to 60000',
  }),
  ...envVar('EVENTS_IDLE_POLL_MS', envInt(10_000, 100, 600_000), {
    description:
      'Longest wait of an idle worker loop while it listens for commits (consumers, timers, webhook sender, Stripe submitter; PostgreSQL LISTEN, or PGlite in process): a commit wakes it at once, so this only covers a missed notification (a webhook retry is sent up to this late). While the listener reconnects, loops poll every EVENTS_POLL_INTERVAL_MS (or their own interval) instead.',
    expected: 'milliseconds, 100 to 600000',
  }),
  ...envVar('EVENTS_GATHER_MS', envInt(200, 0, 60_000), {
    description:
      'Embedded transport: how long a background consumer (one nobody waits on, such as the webhook fan-out) lets events gather after it last read the log before it reads again — under load it then handles the commits of this window in one transaction instead of one each. The first event after a quiet spell is read at once. 0: read at every commit.',
    expected: 'milliseconds, 0 to 60000',
  }),
  ...envVar('EVENTS_LANES', envInt(1, 1, 64), {
    description:
      "Embedded transport on PostgreSQL: orders (partitions) of one batch the checkout saga's consumer handles at once, each in its own transaction holding a worker connection besides the batch's own, so one order's step does not wait behind the others read with it. 1 (default) handles a batch in one transaction, which costs fewer statements: on a 2-core machine running PostgreSQL beside Nexova the checkout flow is CPU-bound and more lanes measured no gain (bench/RESULTS.md). Raise it when PostgreSQL has cores of its own; keep it under DATABASE_WORKER_POOL_MAX. PGlite always uses one (it has one connection).",
    expected: 'an integer from 1 to 64',
  }),
  ...envVar('EVENTS_MAX_ATTEMPTS', envInt(5, 1, 100), {
    description: 'Attempts a consumer makes at one event before it goes to the dead-letter table.',
    expected: 'an integer from 1 to 100',
  }),
  ...envVar('EVENTS_RETRY_BASE_MS', envInt(1000, 1, 3_600_000), {
    description: 'First retry delay; each further attempt doubles it (with jitter), up to EVENTS_RETRY_MAX_MS.',
    expected: 'milliseconds',
  }),
  ...envVar('EVENTS_RETRY_MAX_MS', envInt(300_000, 1, 86_400_000), {
    description: 'Longest delay between two attempts at one event.',
    expected: 'milliseconds',
  }),
  ...envVar('EVENTS_RETENTION_DAYS', envInt(7, 1, 3650), {
    description:
      'Age after which the retention worker (RETENTION_INTERVAL_MS) removes processed outbox rows, inbox marks and resolved dead letters; also the JetStream stream retention. Outbox rows of the event types a read model is built from are kept whatever their age (`nexova read-models rebuild` replays them).',
    expected: 'days, 1 to 3650',
  }),
};
