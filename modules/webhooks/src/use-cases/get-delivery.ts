import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, asc, eq } from 'drizzle-orm';
import type { WebhookDeliveryDetail } from '../contracts/delivery';
import { findDelivery, toDelivery } from '../db/delivery-store';
import { attempts } from '../db/schema';

export type GetDeliveryInput = { deliveryId: string };

// One delivery with the body it sends and every attempt (status code, duration, error, answer start).
export async function getDelivery({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetDeliveryInput;
}): Promise<WebhookDeliveryDetail> {
  return withTransaction(ctx, async (t) => {
    const row = await findDelivery(t, input.deliveryId);
    const tried = await t.tx
      .select()
      .from(attempts)
      .where(and(eq(attempts.workspaceId, workspaceOf(t)), eq(attempts.deliveryId, row.id)))
      .orderBy(asc(attempts.attempt));
    return {
      ...toDelivery(row),
      payload: JSON.parse(row.body),
      attempts: tried.map((a) => ({
        attempt: a.attempt,
        status_code: a.statusCode,
        duration_ms: a.durationMs,
        error: a.error,
        response_body: a.responseBody,
        succeeded: a.succeeded,
        created_at: a.createdAt.toISOString(),
      })),
    };
  });
}
