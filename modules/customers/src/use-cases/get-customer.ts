import { type AppContext, withTransaction } from '@nexova/db';
import { type CustomerDetail, toCustomer } from '../contracts/customer';
import { mustLoadCustomer, notesOf } from '../db/customer-store';

export type GetCustomerInput = { customerId: string };

// One customer with its notes (order history joins later through the orders module's query).
export async function getCustomer({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetCustomerInput;
}): Promise<CustomerDetail> {
  return withTransaction(ctx, async (t) => {
    const row = await mustLoadCustomer(t, input.customerId);
    return { ...toCustomer(row), notes: await notesOf(t, row.id) };
  });
}
