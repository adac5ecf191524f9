import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { assertExpectedVersion } from '@nexova/kernel';
import { and, eq, sql } from 'drizzle-orm';
import type { WebhookEndpointWithSecret } from '../contracts/endpoint';
import { findEndpoint, toEndpoint } from '../db/endpoint-store';
import { endpoints } from '../db/schema';
import { newSecret } from '../domain/signature';
import { storedSecret } from '../domain/stored-secret';

export type RotateEndpointSecretInput = {
  endpointId: string;
  overlapMs: number;
  expectedVersion?: number;
  /** NEXOVA_SECRET_KEY, when set: the new secret is stored sealed. */
  sealKey: string | null;
};

// Gives an endpoint a new secret, shown once in the answer. The previous one keeps signing (a second
// signature) for `overlapMs` so the receiver can switch without rejecting deliveries.
export async function rotateEndpointSecret({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: RotateEndpointSecretInput;
}): Promise<WebhookEndpointWithSecret> {
  const secret = newSecret();
  return withTransaction(ctx, async (t) => {
    const current = await findEndpoint(t, input.endpointId, true);
    assertExpectedVersion(current.version, input.expectedVersion, `Webhook endpoint ${current.id}`);
    const now = new Date();
    const overlap = input.overlapMs > 0;
    const [row] = await t.tx
      .update(endpoints)
      .set({
        secret: storedSecret(secret, input.sealKey),
        previousSecret: overlap ? current.secret : null,
        previousSecretExpiresAt: overlap ? new Date(now.getTime() + input.overlapMs) : null,
        version: sql`${endpoints.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(endpoints.workspaceId, workspaceOf(t)), eq(endpoints.id, current.id)))
      .returning();
    if (!row) throw new Error('update returned no row');
    return { ...toEndpoint(row), secret };
  });
}
