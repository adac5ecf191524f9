import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type Spawned, spawnNexova, type TestApp, waitForLine } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { deleteNatsStreams } from '@nexova/events';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { services } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, client, draftOrder, sagaReaches, stockedVariant, stockOf } from './helpers';

// A paid order is never left to time out because an event was dead-lettered (issue 9, part 3):
// a worker process with EVENTS_MAX_ATTEMPTS=1 dead-letters the checkout's payment signal while a
// failure is injected through the database itself (a trigger refusing the saga's COMPLETED update
// while a flag row exists); the worker raises the alert (metric + error log naming the event, its
// aggregate and the consumer); the flag is cleared, `nexova events dlq replay <id>` is run, and the
// saga completes. PostgreSQL: the worker and the CLI are separate processes on one database.

let app: TestApp;
let call: Call;
let env: Record<string, string>;
let worker: Spawned;
const prefix = `dlq${randomUUID().replace(/-/g, '').slice(0, 10)}`;

beforeAll(async () => {
  app = await createTestApp({});
  call = client(app, (await signUpAndCreateWorkspace(app)).headers);
  await app.database.asOwner(async (db) => {
    await db.execute(sql`create schema if not exists probe`);
    await db.execute(sql`create table probe.refuse_completion (on_purpose boolean)`);
    await db.execute(sql`grant usage on schema probe to nexova_app`);
    await db.execute(sql`grant select on probe.refuse_completion to nexova_app`);
    await db.execute(sql`create function probe.refuse_completion() returns trigger language plpgsql as $$
      begin
        if new.state = 'completed' and exists (select 1 from probe.refuse_completion) then
          raise exception 'injected failure: completion refused by the test';
        end if;
        return new;
      end $$`);
    await db.execute(sql`create trigger refuse_completion before update on checkout.sagas
      for each row execute function probe.refuse_completion()`);
  });
  const url = new URL(services.postgresUrl as string);
  url.pathname = `/${app.database.name}`;
  env = {
    DATABASE_URL: url.toString(),
    NEXOVA_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexova-dlq-')),
    NEXOVA_SEED_DEMO: 'false',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    EVENTS_POLL_INTERVAL_MS: '50',
    EVENTS_MAX_ATTEMPTS: '1',
    ...(services.natsUrl ? { NATS_URL: services.natsUrl, NATS_PREFIX: prefix } : {}),
  };
  worker = spawnNexova(['start', '--role', 'worker', '--port', '0'], env);
});
afterAll(async () => {
  if (worker && worker.child.exitCode === null) worker.child.kill('SIGTERM');
  await worker?.exit;
  await app?.dispose();
  if (services.natsUrl) await deleteNatsStreams(services.natsUrl, prefix);
});

const until = async <T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

const metricsOf = async (address: string) => (await fetch(`${address}/metrics`)).text();

describe('checkout: a dead-lettered payment signal', () => {
  it('raises the alert, and `nexova events dlq replay` resumes the saga to completion', async () => {
    const listening = await waitForLine(worker, /listening on/);
    const address = (JSON.parse(listening) as { address: string }).address;
    const variant = await stockedVariant(call, 3000, 5);
    const orderId = await draftOrder(call, variant, 2);
    expect((await call('POST', `/orders/${orderId}/submit`, { payment_provider: 'manual' })).statusCode).toBe(202);
    await sagaReaches(call, orderId, ['payment_pending'], 60_000);

    // The customer pays while completing is refused: the checkout's signal is dead-lettered at once.
    await app.database.asOwner((db) => db.execute(sql`insert into probe.refuse_completion values (true)`));
    expect((await call('POST', `/orders/${orderId}/payments`, { amount: 6000, method: 'cash' })).statusCode).toBe(201);
    const letter = await until(async () => {
      const [row] = await queryRows<{ id: string; event_id: string; event_type: string; last_error: string }>(
        app.database.db,
        sql`select id, event_id, event_type, last_error from events.dead_letters
            where consumer = 'checkout.saga' and status = 'open'`,
      );
      return row;
    }, 'the dead letter');
    expect(letter.event_type).toBe('payments.payment.registered.v1');
    expect(letter.last_error).toMatch(/injected failure: completion refused by the test \[SQLSTATE P0001\]/);
    const [event] = await queryRows<{ aggregate_type: string; aggregate_id: string }>(
      app.database.db,
      sql`select aggregate_type, aggregate_id from events.outbox where id = ${letter.event_id}`,
    );
    expect((await call('GET', `/orders/${orderId}/checkout`)).json().state).toBe('payment_pending');

    // The alert: an error-level log line naming the event, its aggregate and the consumer...
    const alert = await until(
      async () =>
        worker.stdout
          .map((l) => {
            try {
              return JSON.parse(l) as Record<string, unknown>;
            } catch {
              return {};
            }
          })
          .find((l) => l.alert === 'event_dead_lettered' && l.event_id === letter.event_id),
      'the alert log line',
    );
    expect(alert).toMatchObject({
      level: 'error',
      critical: true,
      consumer: 'checkout.saga',
      event_type: 'payments.payment.registered.v1',
      aggregate_type: event?.aggregate_type,
      aggregate_id: event?.aggregate_id,
      dead_letter_id: letter.id,
    });
    expect(alert.msg).toContain(`nexova events dlq replay ${letter.id}`);
    // ...and the metrics an alert rule watches.
    const scraped = await metricsOf(address);
    expect(scraped).toContain(
      'nexova_events_dead_letters_total{consumer="checkout.saga",event_type="payments.payment.registered.v1"} 1',
    );
    expect(scraped).toContain('nexova_events_dead_letters_open{consumer="checkout.saga"} 1');

    // The operator fixes the cause and replays the dead letter with the CLI: the saga completes.
    await app.database.asOwner((db) => db.execute(sql`delete from probe.refuse_completion`));
    const cli = spawnNexova(['events', 'dlq', 'replay', letter.id], { ...env, LOG_LEVEL: 'warn' });
    expect(await cli.exit, cli.stderr.join('\n')).toBe(0);
    expect(JSON.parse(cli.stdout.join('\n'))).toMatchObject({ id: letter.id, status: 'replayed' });
    const done = await sagaReaches(call, orderId, ['completed'], 60_000);
    expect(done.steps.map((s) => s.to_state)).toEqual(['started', 'stock_reserved', 'payment_pending', 'completed']);
    expect((await call('GET', `/orders/${orderId}`)).json().status).toBe('confirmed');
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 3, reserved: 0 });
    // The gauge follows the replay (the worker refreshes it from the table every few seconds).
    await until(
      async () =>
        (await metricsOf(address)).includes('nexova_events_dead_letters_open{consumer="checkout.saga"} 0')
          ? true
          : undefined,
      'the open dead letters gauge to drop',
      20_000,
    );
  }, 110_000);
});
