import { type TxContext, workspaceOf } from '@nexova/db';
import { and, count, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { CheckoutMarks, HourDelta } from '../domain/figure-fold';
import { checkouts, hourly } from './schema';

/** Adds each delta to its hour's figures (a new row at zero first): one statement for them all. */
export async function addToHours(t: TxContext, deltas: readonly HourDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const workspaceId = workspaceOf(t);
  await t.tx
    .insert(hourly)
    .values(deltas.map((d) => ({ workspaceId, ...d })))
    .onConflictDoUpdate({
      target: [hourly.workspaceId, hourly.hour, hourly.currency],
      set: {
        ordersPlaced: sql`${hourly.ordersPlaced} + excluded.orders_placed`,
        salesMinor: sql`${hourly.salesMinor} + excluded.sales_minor`,
      },
    });
}

/**
 * Records checkouts' submits and completions (one statement for them all), as foldFigures left them:
 * a submit moves the start while the stored checkout has not completed; a completion sticks once.
 */
export async function markCheckouts(t: TxContext, marks: readonly CheckoutMarks[]): Promise<void> {
  if (marks.length === 0) return;
  const workspaceId = workspaceOf(t);
  await t.tx
    .insert(checkouts)
    .values(marks.map((m) => ({ workspaceId, ...m })))
    .onConflictDoUpdate({
      target: [checkouts.workspaceId, checkouts.orderId],
      set: {
        submittedAt: sql`case when ${checkouts.completedAt} is null
          then coalesce(excluded.submitted_at, ${checkouts.submittedAt}) else ${checkouts.submittedAt} end`,
        completedAt: sql`coalesce(${checkouts.completedAt}, excluded.completed_at)`,
      },
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
