import { type AppContext, notifyAfterCommit, withTransaction, workspaceOf } from '@nexova/db';
import { ConflictError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { WebhookDelivery } from '../contracts/delivery';
import { findDelivery, toDelivery } from '../db/delivery-store';
import { findEndpoint } from '../db/endpoint-store';
import { deliveries } from '../db/schema';
import { WEBHOOKS_CHANNEL } from '../sender/channel';

export type RedeliverDeliveryInput = { deliveryId: string };

// Sends a delivery again (whatever its status), with the same id and body: the workers send it at
// once and, if it fails, retry it for a new window. 409 while its endpoint is disabled (pings aside).
export async function redeliverDelivery({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: RedeliverDeliveryInput;
}): Promise<WebhookDelivery> {
  return withTransaction(ctx, async (t) => {
    const delivery = await findDelivery(t, input.deliveryId, true);
    const endpoint = await findEndpoint(t, delivery.endpointId);
    if (!endpoint.enabled && delivery.kind !== 'ping')
      throw new ConflictError(`Webhook endpoint ${endpoint.id} is disabled; enable it before redelivering.`, {
        code: 'webhook_endpoint_disabled',
      });
    const now = new Date();
    const [row] = await t.tx
      .update(deliveries)
      .set({ status: 'pending', nextAttemptAt: now, retryFrom: now, updatedAt: now })
      .where(and(eq(deliveries.workspaceId, workspaceOf(t)), eq(deliveries.id, delivery.id)))
      .returning();
    if (!row) throw new Error('update returned no row');
    await notifyAfterCommit(t.tx, WEBHOOKS_CHANNEL);
    return toDelivery(row);
  });
}
