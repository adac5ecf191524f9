import { AT_COMMIT, literal, type Tx } from '@nexova/db';
import { sql } from 'drizzle-orm';

/**
 * Records in `consumer`'s inbox that it has handled `eventId` already, inside the caller's
 * transaction: for a handler that publishes an event it also subscribes to and does that event's
 * work at once, in the same commit (the checkout saga reserving stock and requesting the payment
 * together). When the event is delivered the inbox skips it — effectively once, as for any
 * redelivery — and the consumer is not even woken for it (the gate leaves out events already in
 * its inbox). Nothing is recorded if the transaction rolls back. Nothing reads the mark in the
 * transaction that writes it, so on PostgreSQL it is sent with the COMMIT (AT_COMMIT, literals:
 * the consumer's name is a checked identifier, the event id a uuid we made).
 */
export async function markHandled(tx: Tx, consumer: string, eventId: string): Promise<void> {
  await tx.execute(
    sql.raw(
      `${AT_COMMIT}insert into events.inbox (consumer, event_id) values (${literal(consumer)}, ${literal(eventId)}::uuid) on conflict do nothing`,
    ),
  );
}
