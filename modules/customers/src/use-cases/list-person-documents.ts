import { type AppContext, withTransaction } from '@nexova/db';
import type { PersonDocument } from '../contracts/document';
import { mustLoadCustomer } from '../db/customer-store';
import { documentsOf } from '../db/document-store';

export type ListPersonDocumentsInput = { personId: string };

// A person's identity documents, in the order they were added (a person has a handful: no paging).
export async function listPersonDocuments({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListPersonDocumentsInput;
}): Promise<{ items: PersonDocument[]; next_cursor: null }> {
  return withTransaction(ctx, async (t) => {
    const person = await mustLoadCustomer(t, input.personId);
    return { items: (await documentsOf(t, [person.id])).get(person.id) ?? [], next_cursor: null };
  });
}
