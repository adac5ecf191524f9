import { queryRows } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustStock, listMovements, listStock, reserveStock, setLowStockThreshold } from '../src/index';
import { stockFixtures } from './stock-fixtures';

// Stock levels themselves: adjustments, thresholds, isolation, pages, unknown variants
// (reservations are in reservations.int.test.ts).

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const { workspace, stocked, levelOf, eventsOf } = stockFixtures(() => database);

describe('adjustments and thresholds', () => {
  it('records reason and actor, refuses to go below reserved, and alerts on the low crossing only', async () => {
    const ctx = workspace();
    const a = await stocked(ctx, 10);
    await setLowStockThreshold({ ctx, input: { variantId: a, threshold: 3 } });
    await reserveStock({ ctx, input: { lines: [{ variantId: a, quantity: 6 }] } });
    await expect(adjustStock({ ctx, input: { variantId: a, delta: -5, reason: 'broken' } })).rejects.toMatchObject({
      code: 'insufficient_stock',
    });
    await adjustStock({ ctx, input: { variantId: a, delta: -1, reason: 'broken' } });
    await adjustStock({ ctx, input: { variantId: a, delta: -1, reason: 'broken' } });
    expect(await eventsOf('inventory.stock.low', a)).toHaveLength(1);
    const moves = await listMovements({ ctx, input: { variantId: a } });
    expect(moves.items[0]).toMatchObject({
      kind: 'adjustment',
      reason: 'broken',
      on_hand_after: 8,
      actor: { type: 'system' },
    });
    expect((await listStock({ ctx, input: { lowOnly: true } })).items.map((s) => s.variant_id)).toEqual([a]);
  });

  it('keeps workspaces apart even without an app-level filter (RLS)', async () => {
    const one = workspace();
    const two = workspace();
    await stocked(one, 1);
    expect((await listStock({ ctx: two })).items).toHaveLength(0);
    const rows = await database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.workspace_id', ${two.workspaceId}, true)`);
      return queryRows(tx, sql`select * from inventory.stock_levels`);
    });
    expect(rows).toHaveLength(0);
  });

  it('pages stock and movements with cursors', async () => {
    const ctx = workspace();
    for (let i = 0; i < 5; i++) await stocked(ctx, i + 1);
    const first = await listStock({ ctx, input: { limit: 2 } });
    const second = await listStock({ ctx, input: { limit: 2, cursor: first.next_cursor ?? undefined } });
    const third = await listStock({ ctx, input: { limit: 2, cursor: second.next_cursor ?? undefined } });
    expect([...first.items, ...second.items, ...third.items]).toHaveLength(5);
    expect(third.next_cursor).toBeNull();
    await expect(listStock({ ctx, input: { cursor: 'bad' } })).rejects.toMatchObject({ status: 400 });
  });
});

describe('stock for unknown variants', () => {
  it('answers 404 instead of creating stock for a variant this workspace never registered', async () => {
    const ctx = workspace();
    const foreign = newId();
    await expect(adjustStock({ ctx, input: { variantId: foreign, delta: 5, reason: 'x' } })).rejects.toMatchObject({
      status: 404,
      code: 'variant_not_found',
    });
    await expect(setLowStockThreshold({ ctx, input: { variantId: foreign, threshold: 2 } })).rejects.toMatchObject({
      status: 404,
    });
    expect(await levelOf(ctx, foreign)).toBeUndefined();
  });
});
