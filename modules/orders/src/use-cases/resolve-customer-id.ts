import { getCustomer } from '@nexova/customers';
import type { TxContext } from '@nexova/db';
import { NotFoundError, UnprocessableError } from '@nexova/kernel';

// Private to placeOrder and updateOrder (not exported from the module).

/** The customer id an order should hold: checked through customers' exported query; a merged one → its survivor. */
export async function resolveCustomerId(t: TxContext, customerId: string | null | undefined): Promise<string | null> {
  if (!customerId) return null;
  try {
    const customer = await getCustomer({ ctx: t, input: { customerId } });
    return customer.merged_into ?? customer.id;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    throw new UnprocessableError(`Customer ${customerId} was not found.`, {
      code: 'order_customer_unknown',
      errors: [{ pointer: '/customer_id', in: 'body', message: 'no such customer in this workspace' }],
    });
  }
}
