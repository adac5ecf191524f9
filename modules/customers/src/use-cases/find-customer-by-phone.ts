import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Customer } from '../contracts/customer';
import { customerWithAddresses } from '../db/address-store';
import { mustLoadCustomer, phoneKeysOf, phoneOrFail } from '../db/customer-store';
import { customers } from '../db/schema';

export type FindCustomerByPhoneInput = { phone: string; defaultRegion?: string };

// Finds the living customer for a phone in any spelling (WhatsApp variants included); a merged one answers with its survivor.
export async function findCustomerByPhone({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: FindCustomerByPhoneInput;
}): Promise<Customer> {
  const phone = phoneOrFail(input.phone, input.defaultRegion ?? 'BR', '/phone');
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select()
      .from(customers)
      .where(
        and(
          eq(customers.workspaceId, workspaceOf(t)),
          inArray(customers.phoneKey, await phoneKeysOf(t, phone)),
          isNull(customers.deletedAt),
        ),
      )
      // Active first, then the most recently merged tombstone.
      .orderBy(asc(customers.status), asc(customers.id))
      .limit(1);
    const found = rows[0];
    if (!found) throw new NotFoundError('No customer has this phone number.', { code: 'customer_not_found' });
    if (found.status === 'merged' && found.mergedInto)
      return customerWithAddresses(t, await mustLoadCustomer(t, found.mergedInto));
    return customerWithAddresses(t, found);
  });
}
