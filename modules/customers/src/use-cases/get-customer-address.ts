import { type AppContext, withTransaction } from '@nexova/db';
import { type CustomerAddress, toAddress } from '../contracts/address';
import { mustLoadAddress } from '../db/address-store';
import { mustLoadCustomer } from '../db/customer-store';

export type GetCustomerAddressInput = { customerId: string; addressId: string };

// One address of a customer (404 when the customer or the address is not this workspace's).
export async function getCustomerAddress({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetCustomerAddressInput;
}): Promise<CustomerAddress> {
  return withTransaction(ctx, async (t) => {
    const customer = await mustLoadCustomer(t, input.customerId);
    return toAddress(await mustLoadAddress(t, customer.id, input.addressId));
  });
}
