import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion } from '@nexova/kernel';
import { and, desc, eq, sql } from 'drizzle-orm';
import { customerUpdated } from '../contracts/events/customer-events.v1';
import { mustLoadAddress, touchCustomer } from '../db/address-store';
import { mustLoadWritable } from '../db/customer-store';
import { customerAddresses } from '../db/schema';

export type DeleteCustomerAddressInput = {
  customerId: string;
  addressId: string;
  /** The address's version the caller saw (If-Match): 412 when it changed since. */
  expectedVersion?: number;
};

// Removes an address; when it was the default, the most recently added remaining one becomes the default.
export async function deleteCustomerAddress({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: DeleteCustomerAddressInput;
}): Promise<void> {
  await withTransaction(ctx, async (t) => {
    const customer = await mustLoadWritable(t, input.customerId, true);
    const address = await mustLoadAddress(t, customer.id, input.addressId);
    assertExpectedVersion(address.version, input.expectedVersion, `Address ${address.id}`);
    const ws = customer.workspaceId;
    await t.tx
      .delete(customerAddresses)
      .where(and(eq(customerAddresses.workspaceId, ws), eq(customerAddresses.id, address.id)));
    if (address.isDefault) {
      const [heir] = await t.tx
        .select({ id: customerAddresses.id })
        .from(customerAddresses)
        .where(and(eq(customerAddresses.workspaceId, ws), eq(customerAddresses.customerId, customer.id)))
        .orderBy(desc(customerAddresses.id))
        .limit(1);
      if (heir)
        await t.tx
          .update(customerAddresses)
          .set({ isDefault: true, version: sql`${customerAddresses.version} + 1`, updatedAt: new Date() })
          .where(and(eq(customerAddresses.workspaceId, ws), eq(customerAddresses.id, heir.id)));
    }
    const touched = await touchCustomer(t, customer, undefined);
    await publish(t, customerUpdated, {
      aggregateId: customer.id,
      payload: { customer_id: customer.id, changed: ['addresses'], version: touched.version },
    });
  });
}
