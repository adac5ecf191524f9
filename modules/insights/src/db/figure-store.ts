import { type TxContext, workspaceOf } from '@nexova/db';
import { and, count, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import { checkouts, hourly } from './schema';

/** The UTC hour an instant falls in (the hourly table's key). */
export const hourOf = (at: Date) => new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);

/** Adds to one hour's figures (a new row at zero first). */
export async function addToHour(
  t: TxContext,
  at: Date,
  currency: string,
  add: { ordersPlaced?: number; salesMinor?: number },
): Promise<void> {
  const placed = add.ordersPlaced ?? 0;
  const sales = add.salesMinor ?? 0;
  await t.tx
    .insert(hourly)
    .values({ workspaceId: workspaceOf(t), hour: hourOf(at), currency, ordersPlaced: placed, salesMinor: sales })
    .onConflictDoUpdate({
      target: [hourly.workspaceId, hourly.hour, hourly.currency],
      set: {
        ordersPlaced: sql`${hourly.ordersPlaced} + ${placed}`,
        salesMinor: sql`${hourly.salesMinor} + ${sales}`,
      },
    });
}

/**
 * Records a submit or a completion of an order's checkout, whichever arrives first. A submit again
 * (after stock failed) moves the start while the checkout has not completed.
 */
export async function markCheckout(t: TxContext, orderId: string, mark: 'submitted' | 'completed', at: Date) {
  const row = {
    workspaceId: workspaceOf(t),
    orderId,
    ...(mark === 'submitted' ? { submittedAt: at } : { completedAt: at }),
  };
  await t.tx
    .insert(checkouts)
    .values(row)
    .onConflictDoUpdate({
      target: [checkouts.workspaceId, checkouts.orderId],
      set:
        mark === 'submitted'
          ? {
              submittedAt: sql`case when ${checkouts.completedAt} is null then ${at.toISOString()}::timestamptz else ${checkouts.submittedAt} end`,
            }
          : { completedAt: sql`coalesce(${checkouts.completedAt}, ${at.toISOString()}::timestamptz)` },
    });
}

/** The workspace's hourly figures in [from, to). */
export async function hoursBetween(t: TxContext, from: Date, to: Date) {
  return t.tx
    .select({
      hour: hourly.hour,
      currency: hourly.currency,
      ordersPlaced: hourly.ordersPlaced,
      salesMinor: hourly.salesMinor,
    })
    .from(hourly)
    .where(and(eq(hourly.workspaceId, workspaceOf(t)), gte(hourly.hour, from), lt(hourly.hour, to)));
}

/** p50 and p95 (ms) of the checkouts completed since `from`, submit to completion, and how many there were. */
export async function checkoutTimes(t: TxContext, from: Date) {
  const ms = sql`extract(epoch from (${checkouts.completedAt} - ${checkouts.submittedAt})) * 1000`;
  const [row] = await t.tx
    .select({
      samples: count(),
      p50: sql<number | null>`percentile_cont(0.5) within group (order by ${ms})`,
      p95: sql<number | null>`percentile_cont(0.95) within group (order by ${ms})`,
    })
    .from(checkouts)
    .where(
      and(
        eq(checkouts.workspaceId, workspaceOf(t)),
        isNotNull(checkouts.completedAt),
        gte(checkouts.completedAt, from),
        isNotNull(checkouts.submittedAt),
      ),
    );
  const round = (v: number | string | null | undefined) =>
    v === null || v === undefined ? null : Math.round(Number(v));
  return { samples: row?.samples ?? 0, p50_ms: round(row?.p50), p95_ms: round(row?.p95) };
}

/** Empties the workspace's figures (a rebuild's first step). */
export async function deleteFigures(t: TxContext) {
  await t.tx.delete(hourly).where(eq(hourly.workspaceId, workspaceOf(t)));
  await t.tx.delete(checkouts).where(eq(checkouts.workspaceId, workspaceOf(t)));
}
