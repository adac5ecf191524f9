import { type AppContext, notifyAfterCommit, withTransaction, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import type { WebhookDelivery } from '../contracts/delivery';
import { toDelivery } from '../db/delivery-store';
import { findEndpoint } from '../db/endpoint-store';
import { deliveries } from '../db/schema';
import { webhookBody } from '../domain/webhook-body';
import { WEBHOOKS_CHANNEL } from '../sender/channel';

export const PING_EVENT_TYPE = 'webhooks.endpoint.ping';

export type PingEndpointInput = { endpointId: string };

// Records a test delivery (`webhooks.endpoint.ping`) for the workers to send at once — even to a
// disabled endpoint, so it can be checked before enabling it. One attempt, never retried.
export async function pingEndpoint({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: PingEndpointInput;
}): Promise<WebhookDelivery> {
  return withTransaction(ctx, async (t) => {
    const endpoint = await findEndpoint(t, input.endpointId);
    const now = new Date();
    const eventId = newId();
    const body = webhookBody({
      id: eventId,
      type: PING_EVENT_TYPE,
      createdAt: now,
      workspaceId: workspaceOf(t),
      data: { endpoint_id: endpoint.id },
    });
    const [row] = await t.tx
      .insert(deliveries)
      .values({
        id: newId(),
        workspaceId: workspaceOf(t),
        endpointId: endpoint.id,
        eventId,
        eventType: PING_EVENT_TYPE,
        kind: 'ping',
        body,
        nextAttemptAt: now,
        retryFrom: now,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await notifyAfterCommit(t.tx, WEBHOOKS_CHANNEL);
    return toDelivery(row);
  });
}
