import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, ConflictError, diffFields, noteAudit, versionRaceLost } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { Customer } from '../contracts/customer';
import { customerUpdated } from '../contracts/events/customer-events.v1';
import { customerWithAddresses } from '../db/address-store';
import { findActiveByPhone, mustLoadWritable, phoneOrFail, phoneTaken } from '../db/customer-store';
import { openCustomerRow, sealContact } from '../db/personal-fields';
import { customers } from '../db/schema';
import { normalisePhone } from '../domain/phone';
import { customerSearchText } from '../domain/search-text';

export type UpdateCustomerInput = {
  customerId: string;
  name?: string;
  phone?: string | null;
  email?: string | null;
  /** Optimistic concurrency (If-Match): 412 when the customer changed since this version. */
  expectedVersion?: number;
  defaultRegion?: string;
};

// Changes a customer's details; the phone is re-normalised and stays unique among active customers.
// The write is conditioned on the version read: a concurrent change → 409/412, never overwritten.
export async function updateCustomer({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: UpdateCustomerInput;
}): Promise<Customer> {
  const phone =
    input.phone === undefined ? undefined : input.phone ? phoneOrFail(input.phone, input.defaultRegion ?? 'BR') : null;
  return withTransaction(ctx, async (t) => {
    const current = await mustLoadWritable(t, input.customerId);
    assertExpectedVersion(current.version, input.expectedVersion, `Customer ${current.id}`);
    if (current.status === 'merged')
      throw new ConflictError(`Customer ${current.id} was merged into ${current.mergedInto}.`, {
        code: 'customer_merged',
      });
    if (phone && phone.e164 !== current.phone) {
      const holder = await findActiveByPhone(t, phone);
      if (holder && holder.id !== current.id) throw phoneTaken(holder);
    }
    // `current` is opened: the comparison is between clear values.
    const next = {
      name: input.name?.trim() ?? current.name,
      email: input.email === undefined ? current.email : input.email?.trim().toLowerCase() || null,
      phone: phone === undefined ? current.phone : (phone?.e164 ?? null),
    };
    const changed = (['name', 'email', 'phone'] as const).filter((k) => next[k] !== current[k]);
    if (changed.length === 0) return customerWithAddresses(t, current);
    const contact = await sealContact(t, current.id, {
      phone: next.phone ? normalisePhone(next.phone, 'BR') : null,
      email: next.email,
    });
    const [sealed] = await t.tx
      .update(customers)
      .set({
        name: next.name,
        ...contact,
        searchText: customerSearchText(next),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(customers.workspaceId, current.workspaceId),
          eq(customers.id, current.id),
          eq(customers.version, current.version),
        ),
      )
      .returning();
    if (!sealed) versionRaceLost(current.version, input.expectedVersion, `Customer ${current.id}`);
    const updated = await openCustomerRow(t, sealed);
    // Before/after of each changed field; the audit writer masks e-mail and phone.
    noteAudit(t, { target: { type: 'customer', id: updated.id }, changes: diffFields(current, updated, changed) });
    await publish(t, customerUpdated, {
      aggregateId: updated.id,
      payload: { customer_id: updated.id, changed, version: updated.version },
    });
    return customerWithAddresses(t, updated);
  });
}
