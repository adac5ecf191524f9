import { type TxContext, workspaceOf } from '@nexova/db';
import { ConflictError, newId, ValidationError } from '@nexova/kernel';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { type DocumentInput, type PersonDocument, toPersonDocument } from '../contracts/document';
import { type ParsedDocument, parseDocument } from '../domain/documents/identity-document';
import { personDocuments } from './schema';

/** Validates each document (check digits) or answers 400 naming the offending entry. */
export function documentsOrFail(inputs: DocumentInput[], pointer = '/documents'): ParsedDocument[] {
  return inputs.map((d, i) => {
    const parsed = parseDocument(d.type, d.number);
    if (!parsed)
      throw new ValidationError(`The ${d.type.toUpperCase()} number is not valid.`, [
        {
          pointer: pointer === '' ? '/number' : `${pointer}/${i}/number`,
          in: 'body',
          message: `is not a valid ${d.type.toUpperCase()} (format or check digits)`,
          code: 'invalid_document',
        },
      ]);
    return parsed;
  });
}

/** The holder of a document number in this workspace, if any. */
export async function documentHolder(t: TxContext, type: string, number: string) {
  const [row] = await t.tx
    .select()
    .from(personDocuments)
    .where(
      and(
        eq(personDocuments.workspaceId, workspaceOf(t)),
        eq(personDocuments.type, type),
        eq(personDocuments.number, number),
      ),
    );
  return row ?? null;
}

export function documentTaken(doc: ParsedDocument, personId: string): ConflictError {
  return new ConflictError(`Person ${personId} already has this ${doc.type.toUpperCase()} (${doc.number}).`, {
    code: 'document_taken',
    extensions: { existing_id: personId, document_type: doc.type, number: doc.number },
  });
}

/**
 * Inserts documents for a person; the unique index decides races (the loser reports the holder: 409).
 * Must run inside the caller's transaction so a refused document leaves nothing half-written.
 */
export async function insertDocuments(
  t: TxContext,
  personId: string,
  docs: ParsedDocument[],
): Promise<PersonDocument[]> {
  const out: PersonDocument[] = [];
  for (const doc of docs) {
    const [row] = await t.tx
      .insert(personDocuments)
      .values({
        id: newId(),
        workspaceId: workspaceOf(t),
        customerId: personId,
        ...doc,
        actorType: t.actor.type,
        actorId: t.actor.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const holder = await documentHolder(t, doc.type, doc.number);
      throw documentTaken(doc, holder?.customerId ?? 'unknown');
    }
    out.push(toPersonDocument(row));
  }
  return out;
}

/** The documents of the given people (one query), in the order they were added. */
export async function documentsOf(t: TxContext, personIds: string[]): Promise<Map<string, PersonDocument[]>> {
  const grouped = new Map<string, PersonDocument[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return grouped;
  const rows = await t.tx
    .select()
    .from(personDocuments)
    .where(and(eq(personDocuments.workspaceId, workspaceOf(t)), inArray(personDocuments.customerId, personIds)))
    .orderBy(asc(personDocuments.id));
  for (const r of rows) grouped.get(r.customerId)?.push(toPersonDocument(r));
  return grouped;
}
