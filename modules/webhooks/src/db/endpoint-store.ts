import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { DisabledReason, WebhookEndpoint } from '../contracts/endpoint';
import { endpoints } from './schema';

// Queries on webhooks.endpoints used only inside this module.

export type EndpointRow = typeof endpoints.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The API shape of an endpoint (never its secrets). */
export const toEndpoint = (row: EndpointRow): WebhookEndpoint => ({
  id: row.id,
  url: row.url,
  description: row.description,
  event_types: row.eventTypes,
  enabled: row.enabled,
  disabled_reason: row.disabledReason as DisabledReason | null,
  disabled_at: iso(row.disabledAt),
  previous_secret_expires_at: iso(row.previousSecretExpiresAt),
  version: row.version,
  created_at: row.createdAt.toISOString(),
  updated_at: row.updatedAt.toISOString(),
});

/** The endpoint of the workspace, locked for update when asked; another workspace's id answers 404. */
export async function findEndpoint(t: TxContext, id: string, lock = false): Promise<EndpointRow> {
  const query = t.tx
    .select()
    .from(endpoints)
    .where(and(eq(endpoints.workspaceId, workspaceOf(t)), eq(endpoints.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError(`Webhook endpoint ${id} was not found.`, { code: 'webhook_endpoint_not_found' });
  return row;
}
