import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, asc, eq } from 'drizzle-orm';
import { type PersonDocument, toPersonDocument } from '../contracts/document';
import { mustLoadCustomer } from '../db/customer-store';
import { openDocumentRows } from '../db/document-store';
import { personDocuments } from '../db/schema';

export type ListPersonDocumentsInput = { personId: string; limit?: number; cursor?: string };

// A person's identity documents, in the order they were added.
export async function listPersonDocuments({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListPersonDocumentsInput;
}): Promise<Page<PersonDocument>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const person = await mustLoadCustomer(t, input.personId);
    const rows = await t.tx
      .select()
      .from(personDocuments)
      .where(
        and(
          eq(personDocuments.workspaceId, workspaceOf(t)),
          eq(personDocuments.customerId, person.id),
          keysetAfterId(personDocuments.id, after, 'asc'),
        ),
      )
      .orderBy(asc(personDocuments.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (r) => [r.id]);
    return { ...page, items: (await openDocumentRows(t, page.items)).map(toPersonDocument) };
  });
}
