import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { assertExpectedVersion } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { findEndpoint } from '../db/endpoint-store';
import { endpoints } from '../db/schema';

export type DeleteEndpointInput = { endpointId: string; expectedVersion?: number };

// Deletes an endpoint with its delivery log; deliveries not yet sent are dropped.
export async function deleteEndpoint({ ctx, input }: { ctx: AppContext; input: DeleteEndpointInput }): Promise<void> {
  await withTransaction(ctx, async (t) => {
    const row = await findEndpoint(t, input.endpointId, true);
    assertExpectedVersion(row.version, input.expectedVersion, `Webhook endpoint ${row.id}`);
    await t.tx.delete(endpoints).where(and(eq(endpoints.workspaceId, workspaceOf(t)), eq(endpoints.id, row.id)));
  });
}
