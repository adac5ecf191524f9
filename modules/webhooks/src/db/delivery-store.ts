import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { DeliveryStatus, WebhookDelivery } from '../contracts/delivery';
import { deliveries } from './schema';

// Queries on webhooks.deliveries used only inside this module.

export type DeliveryRow = typeof deliveries.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toDelivery = (row: DeliveryRow): WebhookDelivery => ({
  id: row.id,
  endpoint_id: row.endpointId,
  event_id: row.eventId,
  event_type: row.eventType,
  kind: row.kind as 'event' | 'ping',
  status: row.status as DeliveryStatus,
  attempt_count: row.attemptCount,
  next_attempt_at: row.status === 'pending' ? iso(row.nextAttemptAt) : null,
  last_status_code: row.lastStatusCode,
  last_error: row.lastError,
  delivered_at: iso(row.deliveredAt),
  created_at: row.createdAt.toISOString(),
  updated_at: row.updatedAt.toISOString(),
});

/** The delivery of the workspace, locked when asked; another workspace's id answers 404. */
export async function findDelivery(t: TxContext, id: string, lock = false): Promise<DeliveryRow> {
  const query = t.tx
    .select()
    .from(deliveries)
    .where(and(eq(deliveries.workspaceId, workspaceOf(t)), eq(deliveries.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError(`Webhook delivery ${id} was not found.`, { code: 'webhook_delivery_not_found' });
  return row;
}
