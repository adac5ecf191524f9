import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { newId } from '@nexova/kernel';
import { type Customer, toCustomer } from '../contracts/customer';
import type { DocumentInput } from '../contracts/document';
import { customerCreated } from '../contracts/events/customer-events.v1';
import { findActiveByPhone, phoneOrFail, phoneTaken } from '../db/customer-store';
import { documentsOrFail, insertDocuments } from '../db/document-store';
import { openCustomerRow, sealContact } from '../db/personal-fields';
import { customerNotes, customers } from '../db/schema';
import { sealNoteBody } from '../db/sealed-note';
import { customerSearchText } from '../domain/search-text';

export type CreateCustomerInput = {
  name: string;
  phone?: string | null;
  email?: string | null;
  note?: string | null;
  /** Identity documents, checked by their check digits; one taken by another person → 409, nothing written. */
  documents?: DocumentInput[];
  /** Country assumed for phones without +code (the routes pass the workspace's default_phone_region). */
  defaultRegion?: string;
};

// Adds a customer (a person of the directory) with its phone normalised to E.164 and its identity documents;
// 409 (with the existing id) when the phone or a document is taken.
export async function createCustomer({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CreateCustomerInput;
}): Promise<Customer> {
  const phone = input.phone ? phoneOrFail(input.phone, input.defaultRegion ?? 'BR') : null;
  const email = input.email?.trim().toLowerCase() || null;
  const documents = documentsOrFail(input.documents ?? []);
  return withTransaction(ctx, async (t) => {
    const id = newId();
    const name = input.name.trim();
    const [row] = await t.tx
      .insert(customers)
      .values({
        id,
        workspaceId: workspaceOf(t),
        name,
        ...(await sealContact(t, id, { phone, email })),
        searchText: customerSearchText({ name }),
      })
      // The partial unique index on the phone key decides races; the loser reports the winner.
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const existing = phone ? await findActiveByPhone(t, phone) : null;
      if (existing) throw phoneTaken(existing);
      throw new Error('customer insert conflicted without a phone holder');
    }
    await insertDocuments(t, id, documents);
    if (input.note?.trim()) {
      const noteId = newId();
      await t.tx.insert(customerNotes).values({
        id: noteId,
        workspaceId: row.workspaceId,
        customerId: id,
        body: await sealNoteBody(t, id, noteId, input.note.trim()),
        actorType: t.actor.type,
        actorId: t.actor.id,
      });
    }
    // The phone stays out of the event (the event log is not sealed): consumers ask the front door.
    await publish(t, customerCreated, { aggregateId: id, payload: { customer_id: id, name, phone: null } });
    return toCustomer(await openCustomerRow(t, row), []);
  });
}
