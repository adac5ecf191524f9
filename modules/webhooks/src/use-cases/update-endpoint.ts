import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { registeredEvents } from '@nexova/events';
import { assertExpectedVersion } from '@nexova/kernel';
import { and, eq, sql } from 'drizzle-orm';
import type { WebhookEndpoint } from '../contracts/endpoint';
import { findEndpoint, toEndpoint } from '../db/endpoint-store';
import { endpoints } from '../db/schema';
import type { TargetPolicy } from '../domain/endpoint-url';
import { assertKnownEventTypes } from '../domain/known-event-types';
import { checkEndpointTarget } from '../sender/target-guard';
import { disableEndpoint } from './disable-endpoint';

export type UpdateEndpointInput = {
  endpointId: string;
  url?: string;
  description?: string | null;
  eventTypes?: string[];
  enabled?: boolean;
  expectedVersion?: number;
  target: TargetPolicy;
};

// Edits an endpoint. enabled=false disables it (reason `manual`, with its event); enabled=true
// re-enables it and forgets its failure streak, whatever disabled it.
export async function updateEndpoint({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: UpdateEndpointInput;
}): Promise<WebhookEndpoint> {
  const url = input.url === undefined ? undefined : await checkEndpointTarget(input.url, input.target);
  if (input.eventTypes)
    assertKnownEventTypes(
      input.eventTypes,
      registeredEvents().map((e) => e.type),
    );
  return withTransaction(ctx, async (t) => {
    const current = await findEndpoint(t, input.endpointId, true);
    assertExpectedVersion(current.version, input.expectedVersion, `Webhook endpoint ${current.id}`);
    const now = new Date();
    const enabling = input.enabled === true && !current.enabled;
    const [row] = await t.tx
      .update(endpoints)
      .set({
        ...(url === undefined ? {} : { url }),
        ...(input.description === undefined ? {} : { description: input.description }),
        ...(input.eventTypes === undefined ? {} : { eventTypes: [...new Set(input.eventTypes)] }),
        ...(enabling
          ? { enabled: true, disabledReason: null, disabledAt: null, consecutiveFailures: 0, failingSince: null }
          : {}),
        version: sql`${endpoints.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(endpoints.workspaceId, workspaceOf(t)), eq(endpoints.id, current.id)))
      .returning();
    if (!row) throw new Error('update returned no row');
    if (input.enabled === false && row.enabled) {
      const disabled = await disableEndpoint({ ctx: t, input: { endpoint: row, reason: 'manual', now } });
      return toEndpoint(disabled ?? row);
    }
    return toEndpoint(row);
  });
}
