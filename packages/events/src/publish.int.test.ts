import { type AppContext, enterWorkspace, queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEvent } from './define-event';
import { publish } from './publish';

const probeCreated = defineEvent({
  type: 'probe.item.created',
  version: 1,
  aggregate: 'item',
  description: 'A probe item was created (test only).',
  payload: z.object({ name: z.string() }),
});

let database: TestDatabase;
let ctx: AppContext;
beforeAll(async () => {
  database = await createTestDatabase();
  ctx = { ...systemContext(newId()), db: database.db };
});
afterAll(() => database.dispose());

const count = async (id: string) =>
  (await queryRows(database.db, sql`select 1 from events.outbox where aggregate_id = ${id}`)).length;

describe('publish', () => {
  it('commits the event with the transaction', async () => {
    const id = newId();
    const envelope = await withTransaction(ctx, (t) =>
      publish(t, probeCreated, { aggregateId: id, payload: { name: 'a' } }),
    );
    expect(envelope).toMatchObject({ type: 'probe.item.created', version: 1, aggregate: { type: 'item', id } });
    expect(envelope.correlation_id).toBe(ctx.requestId);
    expect(await count(id)).toBe(1);
  });

  it('publishes for two workspaces in one transaction (a consumer switching scope): each row under its own', async () => {
    const [a, b] = [newId(), newId()];
    await withTransaction({ ...systemContext(), db: database.db }, async (t) => {
      await withTransaction({ ...t, workspaceId: a }, (ta) =>
        publish(ta, probeCreated, { aggregateId: a, payload: { name: 'in a' } }),
      );
      await withTransaction({ ...t, workspaceId: b }, (tb) =>
        publish(tb, probeCreated, { aggregateId: b, payload: { name: 'in b' } }),
      );
      // Left pointing at b when it commits: the row for a must still pass a's row-level check.
      await enterWorkspace(t.tx, b);
    });
    const rows = await queryRows<{ workspace_id: string; aggregate_id: string }>(
      database.db,
      sql`select workspace_id, aggregate_id from events.outbox where aggregate_id in (${a}, ${b}) order by payload->>'name'`,
    );
    expect(rows).toEqual([
      { workspace_id: a, aggregate_id: a },
      { workspace_id: b, aggregate_id: b },
    ]);
  });

  it('rolls back with the transaction', async () => {
    const id = newId();
    await expect(
      withTransaction(ctx, async (t) => {
        await publish(t, probeCreated, { aggregateId: id, payload: { name: 'b' } });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await count(id)).toBe(0);
  });

  it('refuses a payload that breaks the contract', async () => {
    await expect(
      withTransaction(ctx, (t) => publish(t, probeCreated, { aggregateId: newId(), payload: { name: 3 } as never })),
    ).rejects.toThrow();
  });

  it('refuses badly named events', () => {
    expect(() =>
      defineEvent({ type: 'OrderPlaced', version: 1, aggregate: 'order', description: '', payload: z.object({}) }),
    ).toThrow(/domain/);
  });
});
