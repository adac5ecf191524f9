import { type AppContext, type TxContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish, redactEvents } from '@nexova/events';
import { redactStoredResponses } from '@nexova/http';
import { NotFoundError, noteAudit } from '@nexova/kernel';
import { personal } from '@nexova/privacy';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Customer } from '../contracts/customer';
import { personErased } from '../contracts/events/customer-events.v1';
import { addressesOf, customerWithAddresses } from '../db/address-store';
import { documentsOf } from '../db/document-store';
import { openCustomerRows } from '../db/personal-fields';
import { customerAddresses, customerNotes, customers, personDocuments } from '../db/schema';
import { openNoteRows } from '../db/sealed-note';
import { customerSearchText } from '../domain/search-text';

export type ErasePersonInput = { personId: string };

/** What an erased person is called from then on: no personal data, stable, recognisable in lists. */
export const pseudonymOf = (personId: string) => `Erased person ${personId.slice(-8)}`;

// Erasure by crypto-shredding (LGPD art. 18 VI, GDPR art. 17): in one transaction the data keys of
// the person and of the tombstones merged into them are destroyed — every sealed copy, in any table,
// event, backup or replica, becomes unreadable at once — the directory row keeps only a pseudonym,
// documents, addresses and notes are deleted, and `customers.person.erased` tells the modules
// holding copies to clear theirs. Orders, invoices and clinical records stay (the law requires them),
// pointing at the pseudonymous person. Idempotent: erasing again answers the erased person.
export async function erasePerson({ ctx, input }: { ctx: AppContext; input: ErasePersonInput }): Promise<Customer> {
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    // A soft-deleted person still has data to erase: this lookup does not hide them.
    const [person] = await t.tx
      .select()
      .from(customers)
      .where(and(eq(customers.workspaceId, ws), eq(customers.id, input.personId)))
      .for('update');
    if (!person) throw new NotFoundError(`Person ${input.personId} was not found.`, { code: 'person_not_found' });
    noteAudit(t, {
      action: 'privacy.person_erased',
      category: 'privacy',
      severity: 'warning',
      target: { type: 'person', id: person.id },
    });
    if (person.erasedAt) return customerWithAddresses(t, person);
    const tombstones = await t.tx
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.workspaceId, ws), eq(customers.mergedInto, person.id)));
    const ids = [person.id, ...tombstones.map((r) => r.id)];
    // Copies outside this module's sealed columns: stored API responses (replaced by value, so the
    // clear values are read before the keys go) and the event log (by key).
    await redactStoredResponses(t, await clearValuesOf(t, ids));
    await redactEvents(t, {
      aggregateType: 'customer',
      aggregateIds: ids,
      redactions: { name: pseudonymOf(person.id), phone: null, email: null },
    });
    for (const id of ids) await personal(t).shred(id);
    const now = new Date();
    for (const id of ids) {
      const name = pseudonymOf(id);
      await t.tx
        .update(customers)
        .set({
          name,
          phone: null,
          phoneKey: null,
          email: null,
          emailKey: null,
          searchText: customerSearchText({ name }),
          erasedAt: now,
          updatedAt: now,
          ...(id === person.id ? { version: person.version + 1 } : {}),
        })
        .where(and(eq(customers.workspaceId, ws), eq(customers.id, id)));
    }
    await t.tx
      .delete(personDocuments)
      .where(and(eq(personDocuments.workspaceId, ws), inArray(personDocuments.customerId, ids)));
    await t.tx
      .delete(customerAddresses)
      .where(and(eq(customerAddresses.workspaceId, ws), inArray(customerAddresses.customerId, ids)));
    await t.tx
      .delete(customerNotes)
      .where(and(eq(customerNotes.workspaceId, ws), inArray(customerNotes.customerId, ids)));
    await publish(t, personErased, {
      aggregateId: person.id,
      payload: { person_id: person.id, erased_ids: ids, pseudonym: pseudonymOf(person.id) },
    });
    const [erased] = await t.tx
      .select()
      .from(customers)
      .where(and(eq(customers.workspaceId, ws), or(eq(customers.id, person.id))));
    return customerWithAddresses(t, erased as typeof person);
  });
}

/** Every clear value held about these people: what erasure looks for in copies it cannot re-key. */
async function clearValuesOf(t: TxContext, ids: string[]) {
  const ws = workspaceOf(t);
  const rows = await openCustomerRows(
    t,
    await t.tx
      .select()
      .from(customers)
      .where(and(eq(customers.workspaceId, ws), inArray(customers.id, ids))),
  );
  const documents = [...(await documentsOf(t, ids)).values()].flat();
  const addresses = [...(await addressesOf(t, ids)).values()].flat();
  const notes = await openNoteRows(
    t,
    await t.tx
      .select()
      .from(customerNotes)
      .where(and(eq(customerNotes.workspaceId, ws), inArray(customerNotes.customerId, ids))),
  );
  return [
    ...rows.flatMap((r) => [r.name, r.phone, r.email]),
    ...documents.map((d) => d.number),
    ...addresses.flatMap((a) => [a.recipient, a.line1, a.line2, a.postal_code, a.phone]),
    ...notes.map((n) => n.body),
  ].filter((v): v is string => !!v);
}
