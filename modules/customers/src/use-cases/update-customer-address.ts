import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, ConflictError, ValidationError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { type CustomerAddress, toAddress } from '../contracts/address';
import { customerUpdated } from '../contracts/events/customer-events.v1';
import { clearDefault, mustLoadAddress, touchCustomer } from '../db/address-store';
import { mustLoadWritable } from '../db/customer-store';
import { customerAddresses } from '../db/schema';
import { sealAddressFields } from '../db/sealed-address';
import { type AddressFields, cleanAddress } from '../domain/address-fields';

export type UpdateCustomerAddressInput = AddressFields & {
  customerId: string;
  addressId: string;
  /** true: this becomes the default (the previous one stops being it). false on the default: 400 naming is_default. */
  isDefault?: boolean;
  /** The address's version the caller saw (If-Match): 412 when it changed since. */
  expectedVersion?: number;
};

// Changes an address of a customer or makes it the default; the customer always keeps exactly one default.
export async function updateCustomerAddress({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: UpdateCustomerAddressInput;
}): Promise<CustomerAddress> {
  return withTransaction(ctx, async (t) => {
    const customer = await mustLoadWritable(t, input.customerId, true);
    if (customer.status !== 'active')
      throw new ConflictError(`Customer ${customer.id} was merged into ${customer.mergedInto}.`, {
        code: 'customer_merged',
      });
    const current = await mustLoadAddress(t, customer.id, input.addressId);
    assertExpectedVersion(current.version, input.expectedVersion, `Address ${current.id}`);
    if (input.isDefault === false && current.isDefault)
      throw new ValidationError('A customer always has one default address.', [
        { pointer: '/is_default', in: 'body', message: 'make another address the default instead' },
      ]);
    const clean = cleanAddress(input, (input.country ?? current.country).trim().toUpperCase());
    if ('problem' in clean)
      throw new ValidationError('The address phone is not valid.', [{ ...clean.problem, in: 'body' }]);
    const v = clean.values;
    const next = {
      label: v.label === undefined ? current.label : v.label,
      recipient: v.recipient === undefined ? current.recipient : v.recipient,
      line1: v.line1 ?? current.line1,
      line2: v.line2 === undefined ? current.line2 : v.line2,
      city: v.city ?? current.city,
      region: v.region === undefined ? current.region : v.region,
      postalCode: v.postalCode === undefined ? current.postalCode : v.postalCode,
      country: v.country ?? current.country,
      phone: v.phone === undefined ? current.phone : v.phone,
      isDefault: input.isDefault === true ? true : current.isDefault,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== current[k]);
    if (!changed) return toAddress(current);
    if (next.isDefault && !current.isDefault) await clearDefault(t, customer.id);
    const [row] = await t.tx
      .update(customerAddresses)
      .set({
        ...next,
        ...(await sealAddressFields(t, customer.id, current.id, next)),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(customerAddresses.workspaceId, customer.workspaceId), eq(customerAddresses.id, current.id)))
      .returning();
    // The customer's version covers its addresses (its ETag changes with them); its row lock is held.
    const touched = await touchCustomer(t, customer, undefined);
    await publish(t, customerUpdated, {
      aggregateId: customer.id,
      payload: { customer_id: customer.id, changed: ['addresses'], version: touched.version },
    });
    return toAddress({ ...(row as NonNullable<typeof row>), ...next });
  });
}
