import { type TxContext, workspaceOf } from '@nexova/db';
import { ConflictError, NotFoundError, ValidationError } from '@nexova/kernel';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { CustomerNote } from '../contracts/customer';
import { type NormalisedPhone, normalisePhone } from '../domain/phone';
import { openCustomerRow, phoneIndex } from './personal-fields';
import { customerNotes, customers } from './schema';
import { openNoteRows, sealNoteBody } from './sealed-note';

export type CustomerRow = typeof customers.$inferSelect;

/** Normalises a phone at write time or answers 400 naming the field. */
export function phoneOrFail(raw: string, region: string, pointer = '/phone'): NormalisedPhone {
  const phone = normalisePhone(raw, region);
  if (!phone)
    throw new ValidationError('The phone number is not valid.', [
      {
        pointer,
        in: 'body',
        message: 'is not a valid phone number (use +country code or a local number)',
        code: 'invalid_phone',
      },
    ]);
  return phone;
}

/** A customer of this workspace (soft-deleted ones are gone: 404); `lock` takes its row lock. */
export async function mustLoadCustomer(t: TxContext, id: string, lock = false): Promise<CustomerRow> {
  const query = t.tx
    .select()
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceOf(t)), eq(customers.id, id), isNull(customers.deletedAt)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError(`Customer ${id} was not found.`, { code: 'customer_not_found' });
  return openCustomerRow(t, row);
}

/**
 * A customer that may still be written to: an erased person is only a pseudonym, and nothing of
 * theirs can be sealed again (their data key is gone): 409 `person_erased`.
 */
export async function mustLoadWritable(t: TxContext, id: string, lock = false): Promise<CustomerRow> {
  const row = await mustLoadCustomer(t, id, lock);
  if (row.erasedAt)
    throw new ConflictError(`Person ${id} was erased: their record keeps only a pseudonym.`, {
      code: 'person_erased',
    });
  return row;
}

/**
 * What `phone_key` may hold for this phone: its blind index, or — on rows written before encryption,
 * until the backfill (seal-backfill.ts) reaches them — the clear match key.
 */
export async function phoneKeysOf(t: TxContext, phone: NormalisedPhone): Promise<string[]> {
  return [await phoneIndex(t, phone), phone.matchKey];
}

/** The active customer holding this phone, if any (opened). */
export async function findActiveByPhone(t: TxContext, phone: NormalisedPhone): Promise<CustomerRow | null> {
  const [row] = await t.tx
    .select()
    .from(customers)
    .where(
      and(
        eq(customers.workspaceId, workspaceOf(t)),
        inArray(customers.phoneKey, await phoneKeysOf(t, phone)),
        eq(customers.status, 'active'),
        isNull(customers.deletedAt),
      ),
    );
  return row ? openCustomerRow(t, row) : null;
}

export function phoneTaken(existing: CustomerRow): ConflictError {
  return new ConflictError(`Customer ${existing.id} already has this phone number.`, {
    code: 'customer_phone_taken',
    extensions: { existing_id: existing.id },
  });
}

export async function notesOf(t: TxContext, customerId: string): Promise<CustomerNote[]> {
  const rows = await t.tx
    .select()
    .from(customerNotes)
    .where(and(eq(customerNotes.workspaceId, workspaceOf(t)), eq(customerNotes.customerId, customerId)))
    .orderBy(desc(customerNotes.id));
  return (await openNoteRows(t, rows)).map((n) => ({
    id: n.id,
    body: n.body,
    actor: { type: n.actorType, id: n.actorId },
    created_at: n.createdAt.toISOString(),
  }));
}

/** Moves a person's notes to another (a merge), each body sealed again under its new holder's key. */
export async function moveNotes(t: TxContext, fromId: string, toId: string): Promise<number> {
  const ws = workspaceOf(t);
  const rows = await t.tx
    .select()
    .from(customerNotes)
    .where(and(eq(customerNotes.workspaceId, ws), eq(customerNotes.customerId, fromId)));
  for (const n of await openNoteRows(t, rows))
    await t.tx
      .update(customerNotes)
      .set({ customerId: toId, body: await sealNoteBody(t, toId, n.id, n.body) })
      .where(and(eq(customerNotes.workspaceId, ws), eq(customerNotes.id, n.id)));
  return rows.length;
}
