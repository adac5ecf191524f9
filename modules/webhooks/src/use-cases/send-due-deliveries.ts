import { type AppContext, queryRows, type TxContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { deliveries, endpoints } from '../db/schema';
import { signatureHeader, signingSecrets } from '../domain/signature';
import { readSecret } from '../domain/stored-secret';
import { postWebhook } from '../sender/post-webhook';
import type { WebhookSettings } from '../settings';
import { recordAttempt } from './record-attempt';

export type SendDueDeliveriesInput = { settings: WebhookSettings; now?: Date; batch?: number; maxWorkspaces?: number };

type Claimed = { id: string; eventId: string; body: string; url: string; secrets: string[] };

// The workers' entry point (WEBHOOKS_SEND_INTERVAL_MS): for every workspace with deliveries due
// (found through a SECURITY DEFINER function that reveals only ids), claims them in a short
// transaction — their `next_attempt_at` becomes the end of a lease, so no other worker sends them
// meanwhile — then POSTs each with NO transaction open, and records each outcome in a new one.
// A crash between the POST and its record sends it again after the lease (receivers dedupe by webhook-id).
export async function sendDueDeliveries({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: SendDueDeliveriesInput;
}): Promise<{ sent: number; delivered: number }> {
  if (ctx.tx) throw new Error('Webhooks are sent outside any transaction.');
  const now = input.now ?? new Date();
  const due = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from webhooks.workspaces_with_due_deliveries(${now.toISOString()}::timestamptz, ${input.maxWorkspaces ?? 1000}) as id`,
  );
  const result = { sent: 0, delivered: 0 };
  for (const { id } of due) {
    const scoped = { ...ctx, workspaceId: id, tx: undefined };
    const claimed = await withTransaction(scoped, (t) => claimDue(t, now, input));
    await Promise.all(
      claimed.map(async (delivery) => {
        const timestamp = Math.floor(now.getTime() / 1000);
        const posted = await postWebhook(
          delivery.url,
          delivery.body,
          {
            'webhook-id': delivery.eventId,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': signatureHeader(delivery.secrets, delivery.eventId, timestamp, delivery.body),
          },
          input.settings.timeoutMs,
          input.settings.target,
        );
        await recordAttempt({
          ctx: scoped,
          input: { deliveryId: delivery.id, result: posted, now: input.now ?? new Date(), settings: input.settings },
        });
        result.sent++;
        if (posted.statusCode !== null && posted.statusCode >= 200 && posted.statusCode < 300) result.delivered++;
      }),
    );
  }
  return result;
}

/** Locks the due deliveries of the workspace whose endpoint may receive them, and leases them. */
async function claimDue(t: TxContext, now: Date, input: SendDueDeliveriesInput): Promise<Claimed[]> {
  const ws = workspaceOf(t);
  const enabledEndpoints = t.tx
    .select({ id: endpoints.id })
    .from(endpoints)
    .where(and(eq(endpoints.workspaceId, ws), eq(endpoints.enabled, true)));
  const rows = await t.tx
    .select({
      id: deliveries.id,
      endpointId: deliveries.endpointId,
      eventId: deliveries.eventId,
      body: deliveries.body,
    })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.workspaceId, ws),
        eq(deliveries.status, 'pending'),
        lte(deliveries.nextAttemptAt, now),
        or(inArray(deliveries.endpointId, enabledEndpoints), eq(deliveries.kind, 'ping')),
      ),
    )
    .orderBy(asc(deliveries.nextAttemptAt))
    .limit(input.batch ?? 20)
    .for('update', { skipLocked: true });
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  await t.tx
    .update(deliveries)
    .set({ nextAttemptAt: new Date(now.getTime() + input.settings.leaseMs) })
    .where(and(eq(deliveries.workspaceId, ws), inArray(deliveries.id, ids)));
  const targets = await t.tx
    .select()
    .from(endpoints)
    .where(and(eq(endpoints.workspaceId, ws), inArray(endpoints.id, [...new Set(rows.map((r) => r.endpointId))])));
  const byId = new Map(targets.map((e) => [e.id, e]));
  return rows.flatMap((r): Claimed[] => {
    const endpoint = byId.get(r.endpointId);
    if (!endpoint) return [];
    const key = input.settings.sealKey;
    const secrets = signingSecrets(
      {
        secret: readSecret(endpoint.secret, key),
        previousSecret: endpoint.previousSecret === null ? null : readSecret(endpoint.previousSecret, key),
        previousSecretExpiresAt: endpoint.previousSecretExpiresAt,
      },
      now,
    );
    return [{ id: r.id, eventId: r.eventId, body: r.body, url: endpoint.url, secrets }];
  });
}
