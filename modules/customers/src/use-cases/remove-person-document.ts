import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { personDocumentRemoved } from '../contracts/events/customer-events.v1';
import { mustLoadWritable } from '../db/customer-store';
import { personDocuments } from '../db/schema';

export type RemovePersonDocumentInput = { personId: string; documentId: string };

// Removes one identity document of a person (a typo, a document registered on the wrong person).
export async function removePersonDocument({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: RemovePersonDocumentInput;
}): Promise<void> {
  await withTransaction(ctx, async (t) => {
    const person = await mustLoadWritable(t, input.personId);
    const [row] = await t.tx
      .delete(personDocuments)
      .where(
        and(
          eq(personDocuments.workspaceId, workspaceOf(t)),
          eq(personDocuments.customerId, person.id),
          eq(personDocuments.id, input.documentId),
        ),
      )
      .returning();
    if (!row) throw new NotFoundError(`Document ${input.documentId} was not found.`, { code: 'document_not_found' });
    await publish(t, personDocumentRemoved, {
      aggregateId: person.id,
      payload: { person_id: person.id, document_id: row.id, type: row.type },
    });
  });
}
