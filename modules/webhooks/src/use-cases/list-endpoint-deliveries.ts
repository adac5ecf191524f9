import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq } from 'drizzle-orm';
import type { DeliveryStatus, WebhookDelivery } from '../contracts/delivery';
import { toDelivery } from '../db/delivery-store';
import { findEndpoint } from '../db/endpoint-store';
import { deliveries } from '../db/schema';

export type ListEndpointDeliveriesInput = {
  endpointId: string;
  status?: DeliveryStatus;
  limit: number;
  cursor?: string;
};

// An endpoint's delivery log, newest first, optionally only one status.
export async function listEndpointDeliveries({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListEndpointDeliveriesInput;
}): Promise<Page<WebhookDelivery>> {
  const after = decodeCursor(input.cursor);
  const rows = await withTransaction(ctx, async (t) => {
    await findEndpoint(t, input.endpointId);
    return t.tx
      .select()
      .from(deliveries)
      .where(
        and(
          eq(deliveries.workspaceId, workspaceOf(t)),
          eq(deliveries.endpointId, input.endpointId),
          input.status ? eq(deliveries.status, input.status) : undefined,
          keysetAfterId(deliveries.id, after, 'desc'),
        ),
      )
      .orderBy(desc(deliveries.id))
      .limit(input.limit + 1);
  });
  const page = pageOf(rows, input.limit, (r) => [r.id]);
  return { items: page.items.map(toDelivery), next_cursor: page.next_cursor };
}
