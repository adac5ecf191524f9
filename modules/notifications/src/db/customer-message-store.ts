import { type TxContext, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { customerMessages } from './schema';

/**
 * Claims the one WhatsApp notice of a source (an event id, an appointment id) for a person: true when
 * this call recorded it. A concurrent claim of the same key waits on the unique index, then gets false.
 */
export async function claimCustomerMessage(
  t: TxContext,
  claim: { personId: string; kind: string; sourceId: string },
): Promise<boolean> {
  const rows = await t.tx
    .insert(customerMessages)
    .values({ id: newId(), workspaceId: workspaceOf(t), ...claim })
    .onConflictDoNothing({
      target: [customerMessages.workspaceId, customerMessages.sourceId, customerMessages.personId],
    })
    .returning({ id: customerMessages.id });
  return rows.length === 1;
}

/** Links a claim to the conversations message it queued. */
export async function settleCustomerMessage(
  t: TxContext,
  key: { personId: string; sourceId: string },
  messageId: string,
): Promise<void> {
  await t.tx
    .update(customerMessages)
    .set({ messageId })
    .where(
      and(
        eq(customerMessages.workspaceId, workspaceOf(t)),
        eq(customerMessages.sourceId, key.sourceId),
        eq(customerMessages.personId, key.personId),
      ),
    );
}
