import { notifyAfterCommit, onceInTransaction, type TxContext } from '@nexova/db';
import { type EventEnvelope, findEvent } from '@nexova/events';
import { newId } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { deliveries, endpoints } from '../db/schema';
import { subscribes } from '../domain/event-pattern';
import { webhookBody } from '../domain/webhook-body';
import { WEBHOOKS_CHANNEL } from '../sender/channel';

export type FanOutEventInput = { event: EventEnvelope };

// Records one pending delivery per enabled endpoint of the event's workspace that subscribes to its
// type, in the consumer's transaction; the workers send them. An event seen twice adds nothing
// (one delivery per endpoint and event). Returns how many deliveries were recorded.
export async function fanOutEvent({ ctx, input }: { ctx: TxContext; input: FanOutEventInput }): Promise<number> {
  const { event } = input;
  const workspaceId = event.workspace_id;
  if (!workspaceId) return 0; // platform events belong to no workspace: no endpoint can receive them
  // An event addressed to one member (their own notifications) is theirs, not the workspace's integrations'.
  if (findEvent(event.type, event.version)?.addressedTo) return 0;
  const targets = (await enabledEndpoints(ctx, workspaceId)).filter((e) => subscribes(e.eventTypes, event.type));
  if (targets.length === 0) return 0;
  const body = webhookBody({
    id: event.id,
    type: event.type,
    createdAt: event.occurred_at,
    workspaceId,
    data: event.payload,
  });
  const now = new Date();
  const inserted = await ctx.tx
    .insert(deliveries)
    .values(
      targets.map((target) => ({
        id: newId(),
        workspaceId,
        endpointId: target.id,
        eventId: event.id,
        eventType: event.type,
        body,
        nextAttemptAt: now,
        retryFrom: now,
      })),
    )
    .onConflictDoNothing({ target: [deliveries.endpointId, deliveries.eventId] })
    .returning({ id: deliveries.id });
  if (inserted.length > 0) await notifyAfterCommit(ctx.tx, WEBHOOKS_CHANNEL);
  return inserted.length;
}

type Endpoint = { id: string; eventTypes: string[] };

// The enabled endpoints of a workspace, read once per transaction (onceInTransaction): the fan-out
// consumer handles a batch of events in one transaction, most of them of one workspace.
function enabledEndpoints(ctx: TxContext, workspaceId: string): Promise<Endpoint[]> {
  return onceInTransaction(ctx, `webhooks.endpoints:${workspaceId}`, () =>
    ctx.tx
      .select({ id: endpoints.id, eventTypes: endpoints.eventTypes })
      .from(endpoints)
      .where(and(eq(endpoints.workspaceId, workspaceId), eq(endpoints.enabled, true)))
      .then((rows) => rows as Endpoint[]),
  );
}
