import type { AppContext } from '@nexova/db';
import { ConflictError, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commitReservation,
  expireReservation,
  listMovements,
  releaseReservation,
  reserveStock,
  returnReservation,
  sweepAllExpiredReservations,
  sweepExpiredReservations,
} from '../src/index';

import { stockFixtures } from './stock-fixtures';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const { workspace, stocked, levelOf, eventsOf } = stockFixtures(() => database);

describe('reserveStock', () => {
  it('holds every line or none, naming the short variants', async () => {
    const ctx = workspace();
    const a = await stocked(ctx, 5);
    const b = await stocked(ctx, 1);
    const error = await reserveStock({
      ctx,
      input: {
        lines: [
          { variantId: a, quantity: 2 },
          { variantId: b, quantity: 2 },
        ],
      },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('insufficient_stock');
    expect(error.extensions.short).toEqual([{ variant_id: b, requested: 2, available: 1 }]);
    expect((await levelOf(ctx, a))?.reserved).toBe(0);

    const ok = await reserveStock({
      ctx,
      input: {
        reference: 'order-1',
        lines: [
          { variantId: a, quantity: 2 },
          { variantId: b, quantity: 1 },
        ],
      },
    });
    expect(ok.status).toBe('active');
    expect(await levelOf(ctx, a)).toMatchObject({ on_hand: 5, reserved: 2, available: 3 });
    expect(await eventsOf('inventory.stock.reserved', ok.id)).toHaveLength(1);
  });

  it('returns the same reservation for the same reference, even concurrently', async () => {
    const ctx = workspace();
    const a = await stocked(ctx, 10);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        reserveStock({ ctx, input: { reference: 'order-x', lines: [{ variantId: a, quantity: 3 }] } }),
      ),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect((await levelOf(ctx, a))?.reserved).toBe(3);
  });

  it('never oversells: 200 concurrent reservations compete for 50 units', async () => {
    const ctx = workspace();
    const a = await stocked(ctx, 50);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        reserveStock({ ctx, input: { reference: `order-${i}`, lines: [{ variantId: a, quantity: 1 }] } }),
      ),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o) => o.status === 'rejected');
    expect(won).toHaveLength(50);
    expect(lost.every((o) => (o as PromiseRejectedResult).reason instanceof ConflictError)).toBe(true);
    expect(await levelOf(ctx, a)).toMatchObject({ on_hand: 50, reserved: 50, available: 0 });
    const moves = await listMovements({ ctx, input: { variantId: a, limit: 200 } });
    expect(moves.items.filter((m) => m.kind === 'reservation')).toHaveLength(50);
  });

  it('locks multi-line reservations in one order: no deadlock, all-or-nothing under contention', async () => {
    const ctx = workspace();
    const a = await stocked(ctx, 30);
    const b = await stocked(ctx, 20);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => {
        const lines = [
          { variantId: a, quantity: 1 },
          { variantId: b, quantity: 1 },
        ];
        return reserveStock({ ctx, input: { lines: i % 2 ? lines.reverse() : lines } });
      }),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled').length;
    const failures = outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason);
    expect(won).toBe(20);
    expect(failures.every((e) => e instanceof ConflictError)).toBe(true);
    expect(await levelOf(ctx, a)).toMatchObject({ reserved: 20, available: 10 });
    expect(await levelOf(ctx, b)).toMatchObject({ reserved: 20, available: 0 });
  });
});

describe('release, commit, expiry', () => {
  it('returns a committed reservation on hand once (a return movement per line); anything else is a no-op', async () => {
    const ctx = workspace();
    const a = await stocked(ctx, 6);
    const r = await reserveStock({ ctx, input: { reference: 'o-ret', lines: [{ variantId: a, quantity: 4 }] } });
    expect(await returnReservation({ ctx, input: { reference: 'o-ret', reason: 'order_canceled' } })).toBeNull();
    await commitReservation({ ctx, input: { reservationId: r.id } });
    expect(await levelOf(ctx, a)).toMatchObject({ on_hand: 2, reserved: 0 });
    const results = await Promise.all(
      [1, 2, 3].map(() => returnReservation({ ctx, input: { reference: 'o-ret', reason: 'order_canceled' } })),
    );
    expect(results.filter((x) => x?.status === 'returned')).toHaveLength(1);
    expect(await levelOf(ctx, a)).toMatchObject({ on_hand: 6, reserved: 0 });
    const moves = (await listMovements({ ctx, input: { variantId: a } })).items.filter((m) => m.kind === 'return');
    expect(moves).toMatchObject([
      { on_hand_delta: 4, reason: 'order_canceled', reference: 'o-ret', reservation_id: r.id },
    ]);
    expect(await eventsOf('inventory.stock.returned', r.id)).toHaveLength(1);
    expect(await returnReservation({ ctx, input: { reference: 'nothing', reason: 'order_canceled' } })).toBeNull();
  });

  it('releases once and is a no-op afterwards', async () => {
    const ctx = workspace();
    const a = await stocked(ctx, 4);
    const r = await reserveStock({ ctx, input: { reference: 'o-r', lines: [{ variantId: a, quantity: 4 }] } });
    const first = await releaseReservation({ ctx, input: { reservationId: r.id, reason: 'canceled' } });
    const again = await releaseReservation({ ctx, input: { reference: 'o-r' } });
    expect(first?.status).toBe('released');
    expect(again?.status).toBe('released');
    expect(await releaseReservation({ ctx, input: { reference: 'never-reserved' } })).toBeNull();
    expect((await levelOf(ctx, a))?.available).toBe(4);
    expect(await eventsOf('inventory.stock.released', r.id)).toHaveLength(1);
  });

  it('commits units out of on hand and refuses to commit an expired reservation', async () => {
    const ctx = workspace();
    const a = await stocked(ctx, 5);
    const r = await reserveStock({ ctx, input: { lines: [{ variantId: a, quantity: 2 }] } });
    await commitReservation({ ctx, input: { reservationId: r.id } });
    await commitReservation({ ctx, input: { reservationId: r.id } });
    expect(await levelOf(ctx, a)).toMatchObject({ on_hand: 3, reserved: 0 });
    const now = new Date();
    const late = await reserveStock({ ctx, input: { lines: [{ variantId: a, quantity: 1 }], ttlSeconds: 60, now } });
    await expireReservation({ ctx, input: { reservationId: late.id, now: new Date(now.getTime() + 61_000) } });
    await expect(commitReservation({ ctx, input: { reservationId: late.id } })).rejects.toMatchObject({
      code: 'reservation_closed',
    });
  });

  it('expires only after the TTL, exactly once', async () => {
    const ctx = workspace();
    const a = await stocked(ctx, 3);
    const now = new Date();
    const r = await reserveStock({ ctx, input: { lines: [{ variantId: a, quantity: 3 }], ttlSeconds: 900, now } });
    expect(
      (await expireReservation({ ctx, input: { reservationId: r.id, now: new Date(now.getTime() + 899_000) } })).status,
    ).toBe('active');
    const later = new Date(now.getTime() + 900_000);
    const results = await Promise.all(
      [1, 2, 3].map(() => expireReservation({ ctx, input: { reservationId: r.id, now: later } })),
    );
    expect(results.every((x) => x.status === 'expired')).toBe(true);
    expect(await eventsOf('inventory.stock.expired', r.id)).toHaveLength(1);
    expect((await levelOf(ctx, a))?.available).toBe(3);
  });

  it('sweeps every overdue reservation, concurrently with other sweepers', async () => {
    const ctx = workspace();
    const a = await stocked(ctx, 20);
    const b = await stocked(ctx, 20);
    const now = new Date();
    for (let i = 0; i < 10; i++) {
      const lines =
        i % 2
          ? [{ variantId: a, quantity: 1 }]
          : [
              { variantId: b, quantity: 1 },
              { variantId: a, quantity: 1 },
            ];
      await reserveStock({ ctx, input: { lines, ttlSeconds: i < 8 ? 60 : 3600, now } });
    }
    const at = new Date(now.getTime() + 120_000);
    const sweeps = await Promise.all([1, 2, 3].map(() => sweepExpiredReservations({ ctx, input: { now: at } })));
    expect(sweeps.reduce((n, s) => n + s.expired.length, 0)).toBe(8);
    expect(await levelOf(ctx, a)).toMatchObject({ reserved: 2 });
    expect((await sweepExpiredReservations({ ctx, input: { now: at } })).expired).toHaveLength(0);
  });
});

describe('sweeping every workspace', () => {
  it('finds the workspaces with overdue reservations without a workspace context and sweeps each under RLS', async () => {
    const one = workspace();
    const two = workspace();
    const now = new Date();
    const later = new Date(now.getTime() + 120_000);
    const reservations = [];
    for (const ctx of [one, two]) {
      const a = await stocked(ctx, 2);
      reservations.push(
        await reserveStock({ ctx, input: { lines: [{ variantId: a, quantity: 2 }], ttlSeconds: 60, now } }),
      );
    }
    const system: AppContext = { ...systemContext(null), db: database.db };
    const result = await sweepAllExpiredReservations({ ctx: system, input: { now: later } });
    expect(result.expired).toBeGreaterThanOrEqual(2);
    for (const [i, ctx] of [one, two].entries()) {
      const r = reservations[i];
      expect((await expireReservation({ ctx, input: { reservationId: r?.id as string, now: later } })).status).toBe(
        'expired',
      );
    }
  });
});
