import { type AppContext, withTransaction } from '@nexova/db';
import type { WebhookEndpoint } from '../contracts/endpoint';
import { findEndpoint, toEndpoint } from '../db/endpoint-store';

export type GetEndpointInput = { endpointId: string };

// One webhook endpoint of the workspace (never its secret); another workspace's answers 404.
export async function getEndpoint({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetEndpointInput;
}): Promise<WebhookEndpoint> {
  return withTransaction(ctx, async (t) => toEndpoint(await findEndpoint(t, input.endpointId)));
}
