import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS_FOLDER, openDatabase, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';

// The migration that numbers orders and rewrites 'cancelled' and the upper-case saga states, run
// over rows written before it: a database migrated up to the migration before, legacy rows, then the rest.

const TAG = /_orders_numbers_canceled$/;
const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

/** A migrations folder holding every migration before ours. */
function foldersBefore(): string {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'));
  const at = journal.entries.findIndex((e: { tag: string }) => TAG.test(e.tag));
  expect(at).toBeGreaterThan(0);
  const folder = mkdtempSync(join(tmpdir(), 'nexova-mig-before-'));
  folders.push(folder);
  mkdirSync(join(folder, 'meta'));
  const entries = journal.entries.slice(0, at);
  for (const e of entries) copyFileSync(join(MIGRATIONS_FOLDER, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return folder;
}

const W1 = '0190f1c2-7d3a-7b41-9e4c-000000000001';
const W2 = '0190f1c2-7d3a-7b41-9e4c-000000000002';
const order = (n: number) => `0190f1c2-7d3a-7b41-9e4c-${String(n).padStart(12, '0')}`;

describe('migration: order numbers, canceled, lower_snake saga states', () => {
  it('numbers existing orders per workspace, continues the counter, and rewrites stored values', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nexova-pgl-mig-'));
    folders.push(dataDir);
    const options = { dataDir, appRole: 'nexova_app', migrate: true };
    const before = await openDatabase({ ...options, migrationsFolder: foldersBefore() });
    await before.asOwner(async (db) => {
      for (const [n, ws, status] of [
        [11, W1, 'draft'],
        [12, W2, 'cancelled'],
        [13, W1, 'cancelled'],
        [14, W1, 'pending'],
      ] as const)
        await db.execute(
          sql`insert into orders.orders (id, workspace_id, status, currency, subtotal, total) values (${order(n)}, ${ws}, ${status}, 'BRL', 100, 100)`,
        );
      await db.execute(sql`insert into orders.status_history (id, workspace_id, order_id, action, from_status, to_status, actor_type)
        values (${order(21)}, ${W1}, ${order(13)}, 'cancel', 'draft', 'cancelled', 'user')`);
      await db.execute(sql`insert into checkout.sagas (order_id, workspace_id, state, deadline_at, hold_until)
        values (${order(13)}, ${W1}, 'CANCELLED', now(), now()), (${order(14)}, ${W1}, 'PAYMENT_PENDING', now(), now())`);
      await db.execute(sql`insert into checkout.saga_steps (id, workspace_id, order_id, attempt, from_state, to_state)
        values (${order(31)}, ${W1}, ${order(13)}, 1, 'STOCK_RESERVED', 'CANCELLED')`);
      await db.execute(sql`insert into payments.payment_intents (workspace_id, order_id, provider, amount, currency, review_reason)
        values (${W1}, ${order(13)}, 'stripe', 100, 'BRL', 'order_cancelled')`);
      await db.execute(sql`insert into events.timers (key, fire_at, workspace_id, event_type, event_version, aggregate_id, payload)
        values ('checkout:deadline:x', now(), ${W1}, 'orders.saga.deadline_passed', 1, ${order(14)}, '{}'::jsonb)`);
    });
    await before.close();

    const after = await openDatabase({ ...options, migrationsFolder: MIGRATIONS_FOLDER });
    const rows = await after.asOwner(async (db) => ({
      orders: await queryRows(db, sql`select id, workspace_id, number, status from orders.orders order by id`),
      counters: await queryRows(db, sql`select workspace_id, last_number from orders.order_counters order by 1`),
      history: await queryRows(db, sql`select from_status, to_status from orders.status_history`),
      sagas: await queryRows(db, sql`select state from checkout.sagas order by order_id`),
      steps: await queryRows(db, sql`select from_state, to_state from checkout.saga_steps`),
      intents: await queryRows(db, sql`select review_reason from payments.payment_intents`),
      timers: await queryRows(db, sql`select event_type from events.timers`),
    }));
    await after.close();
    expect(rows.orders).toEqual([
      { id: order(11), workspace_id: W1, number: 1, status: 'draft' },
      { id: order(12), workspace_id: W2, number: 1, status: 'canceled' },
      { id: order(13), workspace_id: W1, number: 2, status: 'canceled' },
      { id: order(14), workspace_id: W1, number: 3, status: 'pending' },
    ]);
    expect(rows.counters).toEqual([
      { workspace_id: W1, last_number: 3 },
      { workspace_id: W2, last_number: 1 },
    ]);
    expect(rows.history).toEqual([{ from_status: 'draft', to_status: 'canceled' }]);
    expect(rows.sagas).toEqual([{ state: 'canceled' }, { state: 'payment_pending' }]);
    expect(rows.steps).toEqual([{ from_state: 'stock_reserved', to_state: 'canceled' }]);
    expect(rows.intents).toEqual([{ review_reason: 'order_canceled' }]);
    expect(rows.timers).toEqual([{ event_type: 'checkout.saga.deadline_passed' }]);
  });
});
