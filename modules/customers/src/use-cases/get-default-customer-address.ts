import { type AppContext, withTransaction } from '@nexova/db';
import type { CustomerAddress } from '../contracts/address';
import { addressesOf } from '../db/address-store';
import { mustLoadCustomer } from '../db/customer-store';

export type GetDefaultCustomerAddressInput = { customerId: string };

// The address an order's delivery is prefilled from: the customer's default (a merged customer's
// survivor's), or null when it has none. 404 for a customer this workspace does not have.
export async function getDefaultCustomerAddress({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetDefaultCustomerAddressInput;
}): Promise<CustomerAddress | null> {
  return withTransaction(ctx, async (t) => {
    const found = await mustLoadCustomer(t, input.customerId);
    const customer =
      found.status === 'merged' && found.mergedInto ? await mustLoadCustomer(t, found.mergedInto) : found;
    const addresses = (await addressesOf(t, [customer.id])).get(customer.id) ?? [];
    return addresses.find((a) => a.is_default) ?? null;
  });
}
