import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, ConflictError, newId, ValidationError } from '@nexova/kernel';
import { type CustomerAddress, toAddress } from '../contracts/address';
import { customerUpdated } from '../contracts/events/customer-events.v1';
import { addressesOf, clearDefault, mustLoadAddress, touchCustomer } from '../db/address-store';
import { mustLoadWritable } from '../db/customer-store';
import { customerAddresses } from '../db/schema';
import { sealAddressFields } from '../db/sealed-address';
import { type AddressFields, cleanAddress } from '../domain/address-fields';

export type AddCustomerAddressInput = AddressFields & {
  customerId: string;
  line1: string;
  city: string;
  country: string;
  /** Make it the default; a customer's first address is the default whatever this says. */
  isDefault?: boolean;
  /** The customer's version the caller saw: 412 when it changed since. */
  expectedVersion?: number;
};

// Adds a delivery address to a customer; the first one, or one marked default, becomes the only default.
export async function addCustomerAddress({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: AddCustomerAddressInput;
}): Promise<CustomerAddress> {
  const clean = cleanAddress(input, input.country.trim().toUpperCase());
  if ('problem' in clean)
    throw new ValidationError('The address phone is not valid.', [{ ...clean.problem, in: 'body' }]);
  return withTransaction(ctx, async (t) => {
    // The customer's row lock serialises address writes, so "exactly one default" holds under races.
    const customer = await mustLoadWritable(t, input.customerId, true);
    assertExpectedVersion(customer.version, input.expectedVersion, `Customer ${customer.id}`);
    if (customer.status !== 'active')
      throw new ConflictError(`Customer ${customer.id} was merged into ${customer.mergedInto}.`, {
        code: 'customer_merged',
      });
    const existing = (await addressesOf(t, [customer.id])).get(customer.id) ?? [];
    const isDefault = existing.length === 0 || input.isDefault === true;
    if (isDefault) await clearDefault(t, customer.id);
    const id = newId();
    const v = clean.values;
    await t.tx.insert(customerAddresses).values({
      id,
      workspaceId: customer.workspaceId,
      customerId: customer.id,
      label: v.label ?? null,
      region: v.region ?? null,
      country: v.country as string,
      ...(await sealAddressFields(t, customer.id, id, {
        recipient: v.recipient ?? null,
        line1: v.line1 as string,
        line2: v.line2 ?? null,
        city: v.city as string,
        postalCode: v.postalCode ?? null,
        phone: v.phone ?? null,
      })),
      isDefault,
    });
    const touched = await touchCustomer(t, customer, input.expectedVersion);
    await publish(t, customerUpdated, {
      aggregateId: customer.id,
      payload: { customer_id: customer.id, changed: ['addresses'], version: touched.version },
    });
    return toAddress(await mustLoadAddress(t, customer.id, id));
  });
}
