import { createCustomer, findCustomerByPhone, normalisePhone } from '@nexova/customers';
import type { TxContext } from '@nexova/db';
import { AppError } from '@nexova/kernel';

export type ResolveContactInput = { address: string; name: string | null };

const isCode = (e: unknown, code: string) => e instanceof AppError && e.code === code;

// The person of the directory a WhatsApp number belongs to, created when none has it. The customers
// module's phone key makes the spellings WhatsApp uses (Brazil without the ninth digit, Argentina
// with or without the 9) one person; a merged person answers with its survivor. A sender that is no
// phone number at all answers null: its message is skipped rather than retried forever.
export async function resolveContact(
  t: TxContext,
  input: ResolveContactInput,
): Promise<{ personId: string; e164: string } | null> {
  const phone = input.address.startsWith('+') ? input.address : `+${input.address}`;
  if (!normalisePhone(phone, 'BR')) return null;
  try {
    const found = await findCustomerByPhone({ ctx: t, input: { phone } });
    return { personId: found.id, e164: found.phone ?? phone };
  } catch (e) {
    if (!isCode(e, 'customer_not_found')) throw e;
  }
  try {
    const created = await createCustomer({ ctx: t, input: { name: input.name?.trim() || phone, phone } });
    return { personId: created.id, e164: created.phone ?? phone };
  } catch (e) {
    // Another delivery created the person meanwhile: it is the one.
    if (!isCode(e, 'customer_phone_taken')) throw e;
    const found = await findCustomerByPhone({ ctx: t, input: { phone } });
    return { personId: found.id, e164: found.phone ?? phone };
  }
}
