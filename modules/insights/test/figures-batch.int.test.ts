import { queryRows, withTransaction } from '@nexova/db';
import type { EventEnvelope } from '@nexova/events';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFigures } from '../src/use-cases/record-figures';

// The figures consumer folds a burst of events into one upsert per table (handleBatch): the rows it
// leaves must be the rows the same events leave one by one — on top of rows already stored (a
// checkout completed earlier keeps its times; hours add up).

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.dispose());

const ctxOf = (workspaceId: string) => ({ ...systemContext(workspaceId), db: database.db });
const event = (type: string, at: string, payload: Record<string, unknown>) =>
  ({ id: newId(), type, version: 1, occurred_at: `2026-11-27T${at}:00.000Z`, payload }) as unknown as EventEnvelope;

const [done, again, fresh] = [newId(), newId(), newId()];
/** Already applied before the burst, one by one. */
const earlier = [
  event('orders.order.submitted', '09:00', { order_id: done }),
  event('checkout.saga.completed', '09:01', { order_id: done }),
  event('orders.order.submitted', '09:10', { order_id: again }),
  event('orders.order.placed', '09:30', { currency: 'BRL' }),
];
const burst = [
  event('orders.order.submitted', '10:00', { order_id: done }), // completed already: no change
  event('orders.order.submitted', '10:01', { order_id: again }), // not completed: the start moves
  event('checkout.saga.completed', '10:02', { order_id: again }),
  event('checkout.saga.completed', '10:03', { order_id: done }), // the first completion sticks
  event('orders.order.submitted', '10:04', { order_id: fresh }),
  event('orders.order.placed', '09:45', { currency: 'BRL' }), // adds to the stored hour
  event('orders.order.placed', '10:15', { currency: 'BRL' }),
  event('payments.payment.registered', '10:20', { order_id: again, amount: 5000, currency: 'BRL' }),
  event('payments.payment.refunded', '10:25', { order_id: again, amount: 1200, currency: 'BRL' }),
  event('payments.payment.registered', '10:30', { order_id: fresh, amount: 700, currency: 'USD' }),
];

const figures = (workspaceId: string) =>
  withTransaction(ctxOf(workspaceId), async (t) => ({
    hours: await queryRows(
      t.tx,
      sql`select hour, currency, orders_placed, sales_minor from insights.hourly order by hour, currency`,
    ),
    checkouts: await queryRows(
      t.tx,
      sql`select order_id, submitted_at, completed_at from insights.checkouts order by order_id`,
    ),
  }));

describe(`the figures of a burst (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('are the figures of the same events one by one', async () => {
    const [oneByOne, batched] = [newId(), newId()];
    for (const ws of [oneByOne, batched])
      for (const e of earlier) await recordFigures({ ctx: ctxOf(ws), input: { events: [e] } });
    for (const e of burst) await recordFigures({ ctx: ctxOf(oneByOne), input: { events: [e] } });
    await recordFigures({ ctx: ctxOf(batched), input: { events: burst } });

    const expected = await figures(oneByOne);
    expect(await figures(batched)).toEqual(expected);
    // What one by one gives, spelled out (so both paths cannot be wrong the same way).
    const checkout = (id: string) => expected.checkouts.find((c) => c.order_id === id);
    expect(new Date(checkout(done)?.submitted_at as string).toISOString()).toBe('2026-11-27T09:00:00.000Z');
    expect(new Date(checkout(done)?.completed_at as string).toISOString()).toBe('2026-11-27T09:01:00.000Z');
    expect(new Date(checkout(again)?.submitted_at as string).toISOString()).toBe('2026-11-27T10:01:00.000Z');
    expect(checkout(fresh)?.completed_at).toBeNull();
    expect(expected.hours.map((h) => [h.currency, Number(h.orders_placed), Number(h.sales_minor)])).toEqual([
      ['BRL', 2, 0],
      ['BRL', 1, 3800],
      ['USD', 0, 700],
    ]);
  });
});
