import { type AppContext, lockForTransaction, withTransaction, workspaceOf } from '@nexova/db';
import { registeredEvents } from '@nexova/events';
import { ConflictError, newId } from '@nexova/kernel';
import { count, eq } from 'drizzle-orm';
import type { WebhookEndpointWithSecret } from '../contracts/endpoint';
import { toEndpoint } from '../db/endpoint-store';
import { endpoints } from '../db/schema';
import type { TargetPolicy } from '../domain/endpoint-url';
import { assertKnownEventTypes } from '../domain/known-event-types';
import { newSecret } from '../domain/signature';
import { storedSecret } from '../domain/stored-secret';
import { checkEndpointTarget } from '../sender/target-guard';

export type CreateEndpointInput = {
  url: string;
  description?: string | null;
  eventTypes: string[];
  enabled?: boolean;
  /** Where endpoints may point (SSRF guard). */
  target: TargetPolicy;
  /** WEBHOOKS_MAX_ENDPOINTS: endpoints one workspace may have. */
  maxEndpoints: number;
  /** NEXOVA_SECRET_KEY, when set: the secret is stored sealed. */
  sealKey: string | null;
};

// Creates an endpoint with a new signing secret; the answer is the only time the secret is shown.
// The URL's host is resolved before the transaction (no outside call inside it); creations of one
// workspace are serialized by an advisory lock so two at once cannot pass the endpoint limit.
export async function createEndpoint({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CreateEndpointInput;
}): Promise<WebhookEndpointWithSecret> {
  const url = await checkEndpointTarget(input.url, input.target);
  assertKnownEventTypes(
    input.eventTypes,
    registeredEvents().map((e) => e.type),
  );
  const secret = newSecret();
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    await lockForTransaction(t, `webhooks.endpoints:${ws}`);
    const [existing] = await t.tx.select({ n: count() }).from(endpoints).where(eq(endpoints.workspaceId, ws));
    if ((existing?.n ?? 0) >= input.maxEndpoints)
      throw new ConflictError(
        `This workspace already has ${existing?.n} webhook endpoints, the most it may have (WEBHOOKS_MAX_ENDPOINTS); delete one first.`,
        { code: 'webhook_endpoint_limit_reached', extensions: { max_endpoints: input.maxEndpoints } },
      );
    const enabled = input.enabled ?? true;
    const [row] = await t.tx
      .insert(endpoints)
      .values({
        id: newId(),
        workspaceId: ws,
        url,
        description: input.description ?? null,
        eventTypes: [...new Set(input.eventTypes)],
        enabled,
        disabledReason: enabled ? null : 'manual',
        disabledAt: enabled ? null : new Date(),
        secret: storedSecret(secret, input.sealKey),
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return { ...toEndpoint(row), secret };
  });
}
