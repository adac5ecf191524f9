import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { redactEvents } from '@nexova/events';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { orders } from '../db/schema';

export type PseudonymiseCustomerOrdersInput = { customerIds: string[]; pseudonym: string };

const ERASED = '[erased]';

// A customer was erased (customers.person.erased): their orders stay — tax and consumer law require
// them — but the delivery details stop naming them: the recipient becomes the pseudonym, the phone,
// street address, postal code and instructions go ("[erased]" where a text is expected; the city and
// method stay, they identify nobody). The orders' events get the same treatment. Idempotent.
export async function pseudonymiseCustomerOrders({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: PseudonymiseCustomerOrdersInput;
}): Promise<{ orders: number }> {
  if (input.customerIds.length === 0) return { orders: 0 };
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const mine = await t.tx
      .update(orders)
      .set({
        delivery: sql`${orders.delivery} || jsonb_build_object(
          'recipient', ${input.pseudonym}::text, 'phone', null, 'address', ${ERASED}::text,
          'postalCode', null, 'instructions', null)`,
      })
      .where(and(eq(orders.workspaceId, ws), inArray(orders.customerId, input.customerIds), isNotNull(orders.delivery)))
      .returning({ id: orders.id });
    const ids = (
      await t.tx
        .select({ id: orders.id })
        .from(orders)
        .where(and(eq(orders.workspaceId, ws), inArray(orders.customerId, input.customerIds)))
    ).map((o) => o.id);
    await redactEvents(t, {
      aggregateType: 'order',
      aggregateIds: ids,
      redactions: {
        recipient: input.pseudonym,
        phone: null,
        address: ERASED,
        postalCode: null,
        postal_code: null,
        instructions: null,
      },
    });
    return { orders: mine.length };
  });
}
