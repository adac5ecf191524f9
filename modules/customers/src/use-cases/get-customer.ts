import { type AppContext, withTransaction } from '@nexova/db';
import type { CustomerDetail } from '../contracts/customer';
import { customerWithAddresses } from '../db/address-store';
import { mustLoadCustomer, notesOf } from '../db/customer-store';

export type GetCustomerInput = { customerId: string };

// One customer with its addresses and notes (its orders: GET /customers/{customer_id}/orders, owned by orders).
export async function getCustomer({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetCustomerInput;
}): Promise<CustomerDetail> {
  return withTransaction(ctx, async (t) => {
    const row = await mustLoadCustomer(t, input.customerId);
    return { ...(await customerWithAddresses(t, row)), notes: await notesOf(t, row.id) };
  });
}
