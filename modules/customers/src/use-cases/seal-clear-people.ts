import { type AppContext, queryRows, type TxContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, eq, inArray, isNull, like, not, or, sql } from 'drizzle-orm';
import { openDocumentRows, sealDocumentNumber } from '../db/document-store';
import { sealContact } from '../db/personal-fields';
import { customers, personDocuments } from '../db/schema';
import type { DocumentType } from '../domain/documents/identity-document';
import { normalisePhone } from '../domain/phone';
import { customerSearchText } from '../domain/search-text';
import { sealClearAddressesAndNotes } from './seal-clear-addresses-notes';

export type SealClearPeopleInput = { batch: number; maxWorkspaces?: number };
export type SealClearPeopleResult = {
  people: number;
  documents: number;
  addresses: number;
  notes: number;
  more: boolean;
};

const clearContact = or(
  and(sql`${customers.phone} is not null`, not(like(customers.phone, 'pd1.%'))),
  and(sql`${customers.email} is not null`, not(like(customers.email, 'pd1.%'))),
);

// The backfill of encryption at rest (house rule 11: data moves in code, not in a schema migration):
// people written before their contacts were sealed get phone and e-mail sealed, their phone key
// replaced by its blind index and their search text reduced to the name; documents without a blind
// index get theirs and a sealed number; addresses and notes are sealed (seal-clear-addresses-notes.ts). Bounded batches, one transaction per workspace; reads accept
// both forms meanwhile (customer-store.ts phoneKeysOf, document-store.ts documentHolder).
export async function sealClearPeople({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: SealClearPeopleInput;
}): Promise<SealClearPeopleResult> {
  if (ctx.tx) throw new Error('The backfill runs one transaction per workspace, outside any transaction.');
  const due = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from customers.workspaces_with_clear_people(${input.maxWorkspaces ?? 100}) as id`,
  );
  const result: SealClearPeopleResult = { people: 0, documents: 0, addresses: 0, notes: 0, more: false };
  for (const { id } of due) {
    const done = await withTransaction({ ...ctx, workspaceId: id, tx: undefined }, async (t) => ({
      ...(await sealBatch(t, input.batch)),
      ...(await sealClearAddressesAndNotes(t, input.batch)),
    }));
    for (const k of ['people', 'documents', 'addresses', 'notes'] as const) {
      result[k] += done[k];
      result.more ||= done[k] === input.batch;
    }
  }
  return result;
}

async function sealBatch(t: TxContext, batch: number) {
  const ws = workspaceOf(t);
  const people = await t.tx
    .select()
    .from(customers)
    .where(and(eq(customers.workspaceId, ws), clearContact))
    .limit(batch)
    .for('update', { skipLocked: true });
  for (const p of people) {
    const phone = p.phone && !p.phone.startsWith('pd1.') ? normalisePhone(p.phone, 'BR') : null;
    const email = p.email && !p.email.startsWith('pd1.') ? p.email : null;
    const sealed = await sealContact(t, p.id, { phone, email });
    await t.tx
      .update(customers)
      .set({
        // A value already sealed stays; a clear one is replaced by its sealed form and index.
        ...(phone || p.phone === null ? { phone: sealed.phone, phoneKey: sealed.phoneKey } : {}),
        ...(email || p.email === null ? { email: sealed.email, emailKey: sealed.emailKey } : {}),
        searchText: customerSearchText(p),
      })
      .where(and(eq(customers.workspaceId, ws), eq(customers.id, p.id)));
  }
  const docs = await t.tx
    .select()
    .from(personDocuments)
    .where(and(eq(personDocuments.workspaceId, ws), isNull(personDocuments.numberKey)))
    .limit(batch)
    .for('update', { skipLocked: true });
  for (const d of await openDocumentRows(t, docs))
    await t.tx
      .update(personDocuments)
      .set(await sealDocumentNumber(t, d.customerId, { ...d, type: d.type as DocumentType }))
      .where(and(eq(personDocuments.workspaceId, ws), inArray(personDocuments.id, [d.id])));
  return { people: people.length, documents: docs.length };
}
