import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import type { DocumentInput, PersonDocument } from '../contracts/document';
import { personDocumentAdded } from '../contracts/events/customer-events.v1';
import { mustLoadWritable } from '../db/customer-store';
import { documentsOrFail, insertDocuments } from '../db/document-store';
import { assertActive } from '../domain/assert-active';

export type AddPersonDocumentInput = { personId: string; document: DocumentInput };

// Adds an identity document to a person after checking its check digits (400 naming /number);
// 409 naming the holder when another person of the workspace (or this one) already has it.
export async function addPersonDocument({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: AddPersonDocumentInput;
}): Promise<PersonDocument> {
  const [doc] = documentsOrFail([input.document], '');
  return withTransaction(ctx, async (t) => {
    const person = await mustLoadWritable(t, input.personId);
    assertActive(person);
    const [added] = await insertDocuments(t, person.id, doc ? [doc] : []);
    const created = added as PersonDocument;
    await publish(t, personDocumentAdded, {
      aggregateId: person.id,
      payload: { person_id: person.id, document_id: created.id, type: created.type, country: created.country },
    });
    return created;
  });
}
