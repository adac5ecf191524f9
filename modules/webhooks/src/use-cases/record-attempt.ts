import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { attempts, deliveries, endpoints } from '../db/schema';
import { nextAttemptAt } from '../domain/retry-schedule';
import type { PostResult } from '../sender/post-webhook';
import type { WebhookSettings } from '../settings';
import { disableEndpoint } from './disable-endpoint';

export type RecordAttemptInput = { deliveryId: string; result: PostResult; now: Date; settings: WebhookSettings };

const succeeded = (r: PostResult) => r.statusCode !== null && r.statusCode >= 200 && r.statusCode < 300;

// Records what one attempt got, in a new transaction: 2xx → delivered; 410 → failed and the endpoint
// disabled at once; otherwise the next attempt with backoff, or failed past the retry window. Event
// attempts feed the endpoint's failure streak, which disables it once it is long and old enough.
export async function recordAttempt({ ctx, input }: { ctx: AppContext; input: RecordAttemptInput }): Promise<void> {
  const { result, now, settings } = input;
  await withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const [delivery] = await t.tx
      .select()
      .from(deliveries)
      .where(and(eq(deliveries.workspaceId, ws), eq(deliveries.id, input.deliveryId)))
      .for('update');
    if (!delivery) return; // its endpoint was deleted meanwhile
    const attempt = delivery.attemptCount + 1;
    const ok = succeeded(result);
    await t.tx.insert(attempts).values({
      id: newId(),
      workspaceId: ws,
      deliveryId: delivery.id,
      attempt,
      statusCode: result.statusCode,
      durationMs: result.durationMs,
      error: result.error,
      responseBody: result.responseBody,
      succeeded: ok,
      createdAt: now,
    });
    const gone = result.statusCode === 410;
    const retryAt =
      ok || gone || delivery.kind === 'ping' ? null : nextAttemptAt(settings.retry, attempt, delivery.retryFrom, now);
    await t.tx
      .update(deliveries)
      .set({
        status: ok ? 'delivered' : retryAt ? 'pending' : 'failed',
        attemptCount: attempt,
        nextAttemptAt: retryAt,
        lastStatusCode: result.statusCode,
        lastError: ok ? null : (result.error ?? `answered ${result.statusCode}`),
        deliveredAt: ok ? now : delivery.deliveredAt,
        updatedAt: now,
      })
      .where(and(eq(deliveries.workspaceId, ws), eq(deliveries.id, delivery.id)));
    if (delivery.kind === 'ping') return; // a test never changes the endpoint's standing
    const [endpoint] = await t.tx
      .select()
      .from(endpoints)
      .where(and(eq(endpoints.workspaceId, ws), eq(endpoints.id, delivery.endpointId)))
      .for('update');
    if (!endpoint) return;
    const streak = ok ? 0 : endpoint.consecutiveFailures + 1;
    const failingSince = ok ? null : (endpoint.failingSince ?? now);
    const [updated] = await t.tx
      .update(endpoints)
      .set({ consecutiveFailures: streak, failingSince })
      .where(and(eq(endpoints.workspaceId, ws), eq(endpoints.id, endpoint.id)))
      .returning();
    if (!updated || ok || !updated.enabled) return;
    const sustained =
      streak >= settings.disableAfterFailures &&
      now.getTime() - (failingSince ?? now).getTime() >= settings.disableAfterMs;
    if (gone || sustained)
      await disableEndpoint({ ctx: t, input: { endpoint: updated, reason: gone ? 'gone' : 'failing', now } });
  });
}
