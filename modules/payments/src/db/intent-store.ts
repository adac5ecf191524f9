import { type TxContext, workspaceOf } from '@nexova/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { IntentStatus, PaymentIntent, PaymentProviderName } from '../contracts/payment-intent';
import { paymentIntents, stripeEvents } from './schema';

export type IntentRow = typeof paymentIntents.$inferSelect;

export const toIntent = (r: IntentRow): PaymentIntent => ({
  order_id: r.orderId,
  provider: r.provider as PaymentProviderName,
  status: r.status as IntentStatus,
  amount: r.amount,
  currency: r.currency,
  external_id: r.externalId,
  client_secret: r.clientSecret,
  failure_reason: r.failureReason,
  created_at: r.createdAt.toISOString(),
  updated_at: r.updatedAt.toISOString(),
});

/** The order's intent in this workspace (null when none); `lock` takes its row lock. */
export async function findIntent(t: TxContext, orderId: string, lock = false): Promise<IntentRow | null> {
  const q = t.tx
    .select()
    .from(paymentIntents)
    .where(and(eq(paymentIntents.workspaceId, workspaceOf(t)), eq(paymentIntents.orderId, orderId)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

/** The intent with this provider id in this workspace, locked (RLS hides other workspaces' rows). */
export async function lockIntentByExternalId(t: TxContext, externalId: string): Promise<IntentRow | null> {
  const [row] = await t.tx
    .select()
    .from(paymentIntents)
    .where(and(eq(paymentIntents.workspaceId, workspaceOf(t)), eq(paymentIntents.externalId, externalId)))
    .for('update');
  return row ?? null;
}

export type NewIntent = Pick<IntentRow, 'orderId' | 'provider' | 'status' | 'amount' | 'currency'> &
  Partial<Pick<IntentRow, 'externalId' | 'clientSecret' | 'idempotencyKey'>>;

/** Inserts the order's intent unless it has one (primary key workspace + order): null when it had. */
export async function insertIntentIfNone(t: TxContext, values: NewIntent): Promise<IntentRow | null> {
  const [row] = await t.tx
    .insert(paymentIntents)
    .values({ ...values, workspaceId: workspaceOf(t) })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

type Patch = Partial<
  Pick<IntentRow, 'status' | 'failureReason' | 'reviewReason' | 'externalId' | 'clientSecret' | 'submitAfter'>
>;

export async function updateIntent(t: TxContext, row: IntentRow, patch: Patch): Promise<IntentRow> {
  const [updated] = await t.tx
    .update(paymentIntents)
    .set({ ...patch, version: row.version + 1, updatedAt: new Date() })
    .where(and(eq(paymentIntents.workspaceId, row.workspaceId), eq(paymentIntents.orderId, row.orderId)))
    .returning();
  return updated as IntentRow;
}

/** A manual intent waiting on staff payments → succeeded (one atomic update); null when there is none. */
export async function markManualIntentSucceeded(t: TxContext, orderId: string): Promise<IntentRow | null> {
  const [row] = await t.tx
    .update(paymentIntents)
    .set({ status: 'succeeded', version: sql`${paymentIntents.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(paymentIntents.workspaceId, workspaceOf(t)),
        eq(paymentIntents.orderId, orderId),
        eq(paymentIntents.provider, 'manual'),
        inArray(paymentIntents.status, ['pending', 'failed']),
      ),
    )
    .returning();
  return row ?? null;
}

/** Records a Stripe event id (insert, on conflict nothing): false when it was recorded before. */
export async function recordStripeEvent(
  t: TxContext,
  values: { id: string; workspaceId: string; type: string; externalId: string; outcome: 'applied' | 'stale' },
): Promise<boolean> {
  const [row] = await t.tx.insert(stripeEvents).values(values).onConflictDoNothing().returning({ id: stripeEvents.id });
  return row !== undefined;
}
