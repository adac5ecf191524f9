import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, versionRaceLost } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { customerDeleted } from '../contracts/events/customer-events.v1';
import { mustLoadCustomer } from '../db/customer-store';
import { customers } from '../db/schema';

export type DeleteCustomerInput = {
  customerId: string;
  /** Optimistic concurrency (If-Match): 412 when the customer changed since this version. */
  expectedVersion?: number;
};

// Soft-deletes a customer (hidden from lists and lookups; its phone becomes free). Erasure is compliance's job.
export async function deleteCustomer({ ctx, input }: { ctx: AppContext; input: DeleteCustomerInput }): Promise<void> {
  await withTransaction(ctx, async (t) => {
    const current = await mustLoadCustomer(t, input.customerId);
    assertExpectedVersion(current.version, input.expectedVersion, `Customer ${current.id}`);
    const deleted = await t.tx
      .update(customers)
      .set({ deletedAt: new Date(), version: current.version + 1, updatedAt: new Date() })
      .where(
        and(
          eq(customers.workspaceId, current.workspaceId),
          eq(customers.id, current.id),
          eq(customers.version, current.version),
        ),
      )
      .returning({ id: customers.id });
    if (deleted.length === 0) versionRaceLost(current.version, input.expectedVersion, `Customer ${current.id}`);
    await publish(t, customerDeleted, { aggregateId: current.id, payload: { customer_id: current.id } });
  });
}
