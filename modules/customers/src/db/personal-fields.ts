import type { TxContext } from '@nexova/db';
import { personal } from '@nexova/privacy';
import type { NormalisedPhone } from '../domain/phone';
import type { CustomerRow } from './customer-store';

// A person's phone, e-mail and document numbers are stored sealed with their data key
// (docs/PRIVACY.md); equality lookups use blind indexes. Rows are opened right after they are read,
// so the rest of the module works on clear values and seals again when it writes.

/** The blind index of a phone's WhatsApp match key (either spelling of a number gives the same). */
export const phoneIndex = (t: TxContext, phone: NormalisedPhone) => personal(t).index('phone', phone.matchKey);

/** The blind index of a normalised (trimmed, lower-case) e-mail address. */
export const emailIndex = (t: TxContext, email: string) => personal(t).index('email', email);

/** The blind index of a normalised document number of a type. */
export const documentIndex = (t: TxContext, type: string, number: string) =>
  personal(t).index('document', `${type}:${number}`);

/** The stored form of a person's contact fields: sealed values and their blind indexes. */
export async function sealContact(
  t: TxContext,
  personId: string,
  contact: { phone: NormalisedPhone | null; email: string | null },
) {
  const p = personal(t);
  return {
    phone: await p.sealOptional(personId, 'phone', contact.phone?.e164),
    phoneKey: contact.phone ? await phoneIndex(t, contact.phone) : null,
    email: await p.sealOptional(personId, 'email', contact.email),
    emailKey: contact.email ? await emailIndex(t, contact.email) : null,
  };
}

/** Customer rows with phone and e-mail opened (one key query for the page; null once erased). */
export async function openCustomerRows<R extends Pick<CustomerRow, 'id' | 'phone' | 'email'>>(
  t: TxContext,
  rows: R[],
): Promise<R[]> {
  const opened = await personal(t).openMany(
    rows.flatMap((r) => [
      { personId: r.id, field: 'phone', stored: r.phone },
      { personId: r.id, field: 'email', stored: r.email },
    ]),
  );
  return rows.map((r, i) => ({ ...r, phone: opened[2 * i] ?? null, email: opened[2 * i + 1] ?? null }));
}

export async function openCustomerRow<R extends Pick<CustomerRow, 'id' | 'phone' | 'email'>>(
  t: TxContext,
  row: R,
): Promise<R> {
  return (await openCustomerRows(t, [row]))[0] as R;
}
