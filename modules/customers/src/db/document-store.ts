import { type TxContext, workspaceOf } from '@nexova/db';
import { ConflictError, newId, ValidationError } from '@nexova/kernel';
import { personal } from '@nexova/privacy';
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { type DocumentInput, type PersonDocument, toPersonDocument } from '../contracts/document';
import { type ParsedDocument, parseDocument } from '../domain/documents/identity-document';
import { documentIndex } from './personal-fields';
import { personDocuments } from './schema';

type DocumentRow = typeof personDocuments.$inferSelect;

/** Document rows with their numbers opened (one key query; an erased person's number opens to ''). */
export async function openDocumentRows(t: TxContext, rows: DocumentRow[]): Promise<DocumentRow[]> {
  const numbers = await personal(t).openMany(
    rows.map((r) => ({ personId: r.customerId, field: `document/${r.type}`, stored: r.number })),
  );
  return rows.map((r, i) => ({ ...r, number: numbers[i] ?? '' }));
}

/** The stored form of a document number: sealed under its holder's key, with its blind index. */
export async function sealDocumentNumber(t: TxContext, personId: string, doc: ParsedDocument) {
  return {
    number: await personal(t).seal(personId, `document/${doc.type}`, doc.number),
    numberKey: await documentIndex(t, doc.type, doc.number),
  };
}

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

/** The holder of a document number in this workspace, if any (by blind index; clear on rows not yet backfilled). */
export async function documentHolder(t: TxContext, type: string, number: string) {
  const [row] = await t.tx
    .select()
    .from(personDocuments)
    .where(
      and(
        eq(personDocuments.workspaceId, workspaceOf(t)),
        or(
          eq(personDocuments.numberKey, await documentIndex(t, type, number)),
          and(isNull(personDocuments.numberKey), eq(personDocuments.type, type), eq(personDocuments.number, number)),
        ),
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
        type: doc.type,
        country: doc.country,
        ...(await sealDocumentNumber(t, personId, doc)),
        actorType: t.actor.type,
        actorId: t.actor.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const holder = await documentHolder(t, doc.type, doc.number);
      throw documentTaken(doc, holder?.customerId ?? 'unknown');
    }
    out.push(toPersonDocument({ ...row, number: doc.number }));
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
  for (const r of await openDocumentRows(t, rows)) grouped.get(r.customerId)?.push(toPersonDocument(r));
  return grouped;
}

/** Moves a person's documents to another (a merge), sealing each number again under its new holder's key. */
export async function moveDocuments(t: TxContext, fromId: string, toId: string): Promise<void> {
  const ws = workspaceOf(t);
  const rows = await t.tx
    .select()
    .from(personDocuments)
    .where(and(eq(personDocuments.workspaceId, ws), eq(personDocuments.customerId, fromId)));
  for (const r of await openDocumentRows(t, rows))
    await t.tx
      .update(personDocuments)
      .set({ customerId: toId, ...(await sealDocumentNumber(t, toId, r as ParsedDocument & DocumentRow)) })
      .where(and(eq(personDocuments.workspaceId, ws), eq(personDocuments.id, r.id)));
}
