import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, ConflictError, ValidationError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { CustomerDetail } from '../contracts/customer';
import { customerMerged } from '../contracts/events/customer-events.v1';
import { customerWithAddresses, moveAddresses } from '../db/address-store';
import { moveNotes, mustLoadWritable, notesOf } from '../db/customer-store';
import { moveDocuments } from '../db/document-store';
import { sealContact } from '../db/personal-fields';
import { customers } from '../db/schema';
import { normalisePhone } from '../domain/phone';
import { customerSearchText } from '../domain/search-text';

export type MergeCustomersInput = {
  survivorId: string;
  duplicateId: string;
  /** The survivor's version the caller saw (If-Match): 412 when it changed since. */
  expectedVersion?: number;
};

// Folds a duplicate into the survivor: notes, addresses and identity documents move now, missing contact details are filled, the
// duplicate becomes a tombstone; orders, payments and the clinic's patient profile follow via
// `customers.customer.merged`.
export async function mergeCustomers({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: MergeCustomersInput;
}): Promise<CustomerDetail> {
  if (input.survivorId === input.duplicateId)
    throw new ValidationError('A customer cannot be merged into itself.', [
      { pointer: '/duplicate_id', in: 'body', message: 'must differ from the customer in the path' },
    ]);
  return withTransaction(ctx, async (t) => {
    // Lock both rows in id order so two opposite merges cannot deadlock.
    const [first, second] = [input.survivorId, input.duplicateId].sort() as [string, string];
    const locked = new Map([
      [first, await mustLoadWritable(t, first, true)],
      [second, await mustLoadWritable(t, second, true)],
    ]);
    const survivor = locked.get(input.survivorId) as NonNullable<ReturnType<typeof locked.get>>;
    const duplicate = locked.get(input.duplicateId) as NonNullable<ReturnType<typeof locked.get>>;
    assertExpectedVersion(survivor.version, input.expectedVersion, `Customer ${survivor.id}`);
    for (const c of [survivor, duplicate])
      if (c.status !== 'active')
        throw new ConflictError(`Customer ${c.id} was already merged.`, { code: 'customer_merged' });
    const ws = survivor.workspaceId;
    // The tombstone keeps its phone key, so by-phone on the duplicate's number finds the survivor.
    await t.tx
      .update(customers)
      .set({ status: 'merged', mergedInto: survivor.id, version: duplicate.version + 1, updatedAt: new Date() })
      .where(and(eq(customers.workspaceId, ws), eq(customers.id, duplicate.id)));
    // Earlier tombstones of the duplicate now point at the survivor (one hop on lookup).
    await t.tx
      .update(customers)
      .set({ mergedInto: survivor.id })
      .where(and(eq(customers.workspaceId, ws), eq(customers.mergedInto, duplicate.id)));
    // Addresses move too (the survivor keeps its default when it has one), re-sealed under its key.
    await moveAddresses(t, duplicate.id, survivor.id);
    // Identity documents belong to the human: they all move (the unique index keeps one holder per
    // number), sealed again under the survivor's key (a sealed value is bound to its person).
    await moveDocuments(t, duplicate.id, survivor.id);
    const notesMoved = await moveNotes(t, duplicate.id, survivor.id);
    // Both rows are opened: the survivor takes the duplicate's contacts it lacks, sealed under its own key.
    const email = survivor.email ?? duplicate.email;
    const phone = survivor.phone ?? duplicate.phone;
    const contact = await sealContact(t, survivor.id, { email, phone: phone ? normalisePhone(phone, 'BR') : null });
    const [row] = await t.tx
      .update(customers)
      .set({
        ...contact,
        searchText: customerSearchText(survivor),
        version: survivor.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(customers.workspaceId, ws), eq(customers.id, survivor.id)))
      .returning();
    await publish(t, customerMerged, {
      aggregateId: survivor.id,
      payload: { survivor_id: survivor.id, merged_id: duplicate.id, notes_moved: notesMoved },
    });
    return {
      ...(await customerWithAddresses(t, row as NonNullable<typeof row>)),
      notes: await notesOf(t, survivor.id),
    };
  });
}
