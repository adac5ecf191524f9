import { type AppContext, withTransaction } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import type { DocumentInput } from '../contracts/document';
import type { Person } from '../contracts/person';
import { documentHolder, documentsOrFail } from '../db/document-store';
import { loadPeople } from '../db/people-store';

export type FindPersonByDocumentInput = DocumentInput;

// The person holding a document, looked up by its normalised number (any spelling in, exact match);
// an invalid number is a 400 naming /number, an unknown one a 404.
export async function findPersonByDocument({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: FindPersonByDocumentInput;
}): Promise<Person> {
  const [doc] = documentsOrFail([input], '');
  return withTransaction(ctx, async (t) => {
    const holder = doc ? await documentHolder(t, doc.type, doc.number) : null;
    const person = holder ? (await loadPeople(t, [holder.customerId])).get(holder.customerId) : undefined;
    if (!person)
      throw new NotFoundError(`No person has this ${input.type.toUpperCase()}.`, { code: 'person_not_found' });
    return person;
  });
}
