import { type TxContext, workspaceOf } from '@nexova/db';
import { and, eq, like, not } from 'drizzle-orm';
import { customerAddresses, customerNotes } from '../db/schema';
import { sealAddressFields } from '../db/sealed-address';
import { sealNoteBody } from '../db/sealed-note';

// The backfill's second step (seal-clear-people.ts runs it in the same workspace transaction):
// addresses and notes written before they were sealed. An address is sealed whole, so a clear line1
// marks a clear row; a sealed note body starts with the sealed prefix. Rows are locked and skipped if
// a request holds them, so the backfill never waits on live traffic.

export async function sealClearAddressesAndNotes(t: TxContext, batch: number) {
  const ws = workspaceOf(t);
  const addresses = await t.tx
    .select()
    .from(customerAddresses)
    .where(and(eq(customerAddresses.workspaceId, ws), not(like(customerAddresses.line1, 'pd1.%'))))
    .limit(batch)
    .for('update', { skipLocked: true });
  for (const a of addresses)
    await t.tx
      .update(customerAddresses)
      .set(await sealAddressFields(t, a.customerId, a.id, a))
      .where(and(eq(customerAddresses.workspaceId, ws), eq(customerAddresses.id, a.id)));
  const notes = await t.tx
    .select()
    .from(customerNotes)
    .where(and(eq(customerNotes.workspaceId, ws), not(like(customerNotes.body, 'pd1.%'))))
    .limit(batch)
    .for('update', { skipLocked: true });
  for (const n of notes)
    await t.tx
      .update(customerNotes)
      .set({ body: await sealNoteBody(t, n.customerId, n.id, n.body) })
      .where(and(eq(customerNotes.workspaceId, ws), eq(customerNotes.id, n.id)));
  return { addresses: addresses.length, notes: notes.length };
}
