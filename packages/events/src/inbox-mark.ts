import type { Tx } from '@nexova/db';
import { sql } from 'drizzle-orm';

/**
 * Records in `consumer`'s inbox that it has handled `eventId` already, inside the caller's
 * transaction: for a handler that publishes an event it also subscribes to and does that event's
 * work at once, in the same commit (the checkout saga reserving stock and requesting the payment
 * together). When the event is delivered the inbox skips it — effectively once, as for any
 * redelivery — and the consumer is not even woken for it (the gate leaves out events already in
 * its inbox). Nothing is recorded if the transaction rolls back.
 */
export async function markHandled(tx: Tx, consumer: string, eventId: string): Promise<void> {
  await tx.execute(
    sql`insert into events.inbox (consumer, event_id) values (${consumer}, ${eventId}) on conflict do nothing`,
  );
}
