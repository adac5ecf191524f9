import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { customerCreated } from '@nexova/customers';
import { queryRows } from '@nexova/db';
import { defineConsumer, deleteNatsStreams, type EventEnvelope } from '@nexova/events';
import { newId } from '@nexova/kernel';
import { defineModule } from '@nexova/module';
import { createLogger, createMetricsRegistry } from '@nexova/observability';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { requireService } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeNexova } from '../../src/modules';
import { createTestApp, type TestApp } from '../../src/testing';
import { createWorkers, type Worker } from '../../src/workers';

// A process started with NATS_URL delivers through JetStream: the app's own workers (what
// `nexova start --role worker` runs), a real use-case behind POST /customers, a probe module's consumer.
// The event must be in the domain's JetStream stream and reach the consumer through its durable.

const NATS_URL = requireService('NATS_URL');
const run = newId().replace(/-/g, '').slice(-12);
const prefix = `wire${run}`;

const handled: EventEnvelope[] = [];
const consumer = defineConsumer({
  name: `nats-wiring-${run}`,
  events: [customerCreated],
  async handle({ event }) {
    handled.push(event);
  },
});

let app: TestApp;
let workers: Worker[] = [];
beforeAll(async () => {
  app = await createTestApp({ NATS_URL, NATS_PREFIX: prefix, EVENTS_POLL_INTERVAL_MS: '50' });
  const deps = {
    config: app.config,
    logger: createLogger('silent'),
    database: app.database,
    metrics: createMetricsRegistry({ defaultMetrics: false }),
  };
  // The app's modules plus a probe module holding the test's consumer, as `nexova start` composes them.
  workers = createWorkers(deps, composeNexova(deps, [defineModule({ name: 'probe', consumers: [consumer] })]));
  for (const worker of workers) await worker.start();
});
afterAll(async () => {
  for (const worker of workers) await worker.stop();
  await app?.dispose();
  await deleteNatsStreams(NATS_URL, prefix);
});

const waitFor = async <T>(check: () => Promise<T | undefined>, what: string): Promise<T> => {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('event workers with NATS_URL set', () => {
  it('run the JetStream transport, not the embedded one', () => {
    const names = workers.map((w) => w.name);
    expect(names).toContain('events:nats');
    expect(names).not.toContain('events:embedded');
  });

  it('relay a use-case event to its JetStream stream and deliver it to the consumer through its durable', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { ...owner.headers, 'idempotency-key': newId() },
      payload: { name: 'Jetstream Jones' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const customerId = (res.json() as { id: string }).id;

    const event = await waitFor(
      async () => handled.find((e) => e.aggregate.id === customerId),
      'the consumer to handle customers.customer.created',
    );
    expect(event).toMatchObject({ type: 'customers.customer.created', version: 1, workspace_id: owner.workspaceId });
    // Its effects committed: the inbox holds the (consumer, event) mark.
    await waitFor(async () => {
      const [mark] = await queryRows<{ n: number }>(
        app.database.db,
        sql`select count(*)::int as n from events.inbox where consumer = ${consumer.name} and event_id = ${event.id}`,
      );
      return mark?.n === 1 ? true : undefined;
    }, 'the inbox mark');

    // The relay moved its own checkpoint: the outbox was published, not read by an embedded consumer.
    const [relay] = await queryRows<{ processed: number }>(
      app.database.db,
      sql`select processed::int as processed from events.checkpoints where consumer = ${`__relay:nats:${prefix}`}`,
    );
    expect(relay?.processed).toBeGreaterThan(0);

    const nc = await connect({ servers: NATS_URL });
    try {
      const jsm = await jetstreamManager(nc);
      const stream = `${prefix}customers`.toUpperCase();
      const stored = await jsm.streams.getMessage(stream, { last_by_subj: `${prefix}.customers.customer.created.v1` });
      expect(stored?.header.get('Nats-Msg-Id')).toBe(event.id);
      expect(stored?.json<EventEnvelope>()).toMatchObject({ id: event.id, aggregate: { id: customerId } });
      const durable = await jsm.consumers.info(stream, `${prefix}${consumer.name}-customers`);
      expect(durable.config.filter_subject).toBe(`${prefix}.customers.customer.created.v1`);
      // The message was delivered to the durable and acknowledged (the ack reaches the server after commit).
      await waitFor(async () => {
        const info = await jsm.consumers.info(stream, durable.name);
        return info.ack_floor.stream_seq >= (stored?.seq ?? Number.POSITIVE_INFINITY) ? true : undefined;
      }, 'the durable consumer to acknowledge the message');
    } finally {
      await nc.close();
    }
  });
});
