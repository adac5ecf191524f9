import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { registeredEvents } from '@nexova/events';
import { newId } from '@nexova/kernel';
import type { WebhookEndpointWithSecret } from '../contracts/endpoint';
import { toEndpoint } from '../db/endpoint-store';
import { endpoints } from '../db/schema';
import { checkEndpointUrl } from '../domain/endpoint-url';
import { assertKnownEventTypes } from '../domain/known-event-types';
import { newSecret } from '../domain/signature';
import { storedSecret } from '../domain/stored-secret';

export type CreateEndpointInput = {
  url: string;
  description?: string | null;
  eventTypes: string[];
  enabled?: boolean;
  allowInsecureLocalhost: boolean;
  /** NEXOVA_SECRET_KEY, when set: the secret is stored sealed. */
  sealKey: string | null;
};

// Creates an endpoint with a new signing secret; the answer is the only time the secret is shown.
export async function createEndpoint({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CreateEndpointInput;
}): Promise<WebhookEndpointWithSecret> {
  const url = checkEndpointUrl(input.url, input.allowInsecureLocalhost);
  assertKnownEventTypes(
    input.eventTypes,
    registeredEvents().map((e) => e.type),
  );
  const secret = newSecret();
  return withTransaction(ctx, async (t) => {
    const enabled = input.enabled ?? true;
    const [row] = await t.tx
      .insert(endpoints)
      .values({
        id: newId(),
        workspaceId: workspaceOf(t),
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
