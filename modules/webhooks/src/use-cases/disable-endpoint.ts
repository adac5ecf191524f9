import type { TxContext } from '@nexova/db';
import { publish } from '@nexova/events';
import { and, eq, sql } from 'drizzle-orm';
import type { DisabledReason } from '../contracts/endpoint';
import { webhookEndpointDisabled } from '../contracts/events/endpoint-events.v1';
import type { EndpointRow } from '../db/endpoint-store';
import { endpoints } from '../db/schema';

export type DisableEndpointInput = { endpoint: EndpointRow; reason: DisabledReason; now: Date };

// Disables an enabled endpoint inside the caller's transaction and publishes webhooks.endpoint.disabled;
// its pending deliveries wait (they resume if it is enabled again within their retry window).
export async function disableEndpoint({ ctx, input }: { ctx: TxContext; input: DisableEndpointInput }) {
  const { endpoint, reason, now } = input;
  const [row] = await ctx.tx
    .update(endpoints)
    .set({
      enabled: false,
      disabledReason: reason,
      disabledAt: now,
      version: sql`${endpoints.version} + 1`,
      updatedAt: now,
    })
    .where(
      and(eq(endpoints.workspaceId, endpoint.workspaceId), eq(endpoints.id, endpoint.id), eq(endpoints.enabled, true)),
    )
    .returning();
  if (!row) return null; // already disabled: nothing happened, nothing to announce
  await publish(ctx, webhookEndpointDisabled, {
    aggregateId: row.id,
    payload: {
      endpoint_id: row.id,
      url: row.url,
      reason,
      consecutive_failures: row.consecutiveFailures,
      failing_since: row.failingSince?.toISOString() ?? null,
    },
  });
  return row;
}
