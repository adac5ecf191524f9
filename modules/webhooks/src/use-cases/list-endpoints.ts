import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, asc, eq } from 'drizzle-orm';
import type { WebhookEndpoint } from '../contracts/endpoint';
import { toEndpoint } from '../db/endpoint-store';
import { endpoints } from '../db/schema';

export type ListEndpointsInput = { limit: number; cursor?: string };

// The workspace's webhook endpoints, oldest first, one page at a time.
export async function listEndpoints({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListEndpointsInput;
}): Promise<Page<WebhookEndpoint>> {
  const after = decodeCursor(input.cursor);
  const rows = await withTransaction(ctx, (t) =>
    t.tx
      .select()
      .from(endpoints)
      .where(and(eq(endpoints.workspaceId, workspaceOf(t)), keysetAfterId(endpoints.id, after)))
      .orderBy(asc(endpoints.id))
      .limit(input.limit + 1),
  );
  const page = pageOf(rows, input.limit, (r) => [r.id]);
  return { items: page.items.map(toEndpoint), next_cursor: page.next_cursor };
}
