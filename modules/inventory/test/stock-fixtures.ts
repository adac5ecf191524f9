import type { AppContext } from '@nexova/db';
import { queryRows } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import type { TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { adjustStock, listStock, registerVariants } from '../src/index';

// What the inventory suites share: a fresh workspace context, a stocked variant, its level, its events.

export function stockFixtures(database: () => TestDatabase) {
  const workspace = (): AppContext => ({ ...systemContext(newId()), db: database().db });
  const stocked = async (ctx: AppContext, onHand: number) => {
    const variantId = newId();
    await registerVariants({
      ctx,
      input: {
        variants: [{ variantId, sku: `SKU-${variantId.slice(-6)}`, productName: 'Test product', variantName: null }],
      },
    });
    await adjustStock({ ctx, input: { variantId, delta: onHand, reason: 'initial count' } });
    return variantId;
  };
  const levelOf = async (ctx: AppContext, variantId: string) =>
    (await listStock({ ctx, input: { variantIds: [variantId] } })).items[0];
  const eventsOf = async (type: string, aggregateId: string) =>
    queryRows(
      database().db,
      sql`select payload from events.outbox where type = ${type} and aggregate_id = ${aggregateId}`,
    );
  return { workspace, stocked, levelOf, eventsOf };
}
