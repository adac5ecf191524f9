import { type AppContext, queryRows } from '@nexova/db';
import { createEmbeddedTransport, type EmbeddedTransport, fireDueTimers } from '@nexova/events';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adjustStock,
  getReservation,
  inventoryModule,
  listStock,
  registerVariants,
  releaseReservation,
  reserveStock,
} from '../src/index';

// Reservations expire by durable timer: reserving schedules one at expires_at, closing cancels it,
// and when it fires the inventory consumer expires the reservation. Driven step by step (fire the
// due timers, drain the consumer) so nothing waits on a clock.

let database: TestDatabase;
let transport: EmbeddedTransport;
beforeAll(async () => {
  database = await createTestDatabase();
  transport = createEmbeddedTransport({ database, consumers: inventoryModule.consumers });
});
afterAll(() => database.dispose());

const workspace = (): AppContext => ({ ...systemContext(newId()), db: database.db });
const timersOf = (reservationId: string) =>
  queryRows<{ key: string }>(
    database.db,
    sql`select key from events.timers where key = ${`inventory:reservation:${reservationId}`}`,
  );

describe('reservation expiry by durable timer', () => {
  it('fires at expires_at and gives the units back; a closed reservation has no timer left', async () => {
    const ctx = workspace();
    const variantId = newId();
    await registerVariants({
      ctx,
      input: {
        variants: [{ variantId, sku: `SKU-${variantId.slice(-6)}`, productName: 'Test product', variantName: null }],
      },
    });
    await adjustStock({ ctx, input: { variantId, delta: 5, reason: 'count' } });

    // Taken a minute ago for 10 s: its timer is already due.
    const lapsed = await reserveStock({
      ctx,
      input: { lines: [{ variantId, quantity: 2 }], ttlSeconds: 10, now: new Date(Date.now() - 60_000) },
    });
    const held = await reserveStock({ ctx, input: { lines: [{ variantId, quantity: 1 }], ttlSeconds: 900 } });
    expect(await timersOf(lapsed.id)).toHaveLength(1);
    expect(await timersOf(held.id)).toHaveLength(1);

    expect(await fireDueTimers(database.db)).toBeGreaterThanOrEqual(1);
    await transport.drain();
    expect((await getReservation({ ctx, input: { reservationId: lapsed.id } })).status).toBe('expired');
    expect((await getReservation({ ctx, input: { reservationId: held.id } })).status).toBe('active');
    expect((await listStock({ ctx, input: { variantIds: [variantId] } })).items[0]).toMatchObject({
      on_hand: 5,
      reserved: 1,
    });

    await releaseReservation({ ctx, input: { reservationId: held.id, reason: 'order canceled' } });
    expect(await timersOf(lapsed.id)).toHaveLength(0);
    expect(await timersOf(held.id)).toHaveLength(0);
  });
});
