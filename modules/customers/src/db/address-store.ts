import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError, versionRaceLost } from '@nexova/kernel';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { type CustomerAddress, toAddress } from '../contracts/address';
import { type Customer, toCustomer } from '../contracts/customer';
import type { CustomerRow } from './customer-store';
import { openCustomerRows } from './personal-fields';
import { customerAddresses, customers } from './schema';
import { openAddressRows, sealAddressFields } from './sealed-address';

export type AddressRow = typeof customerAddresses.$inferSelect;

/** The addresses of the given customers (one query), default first, then in the order added. */
export async function addressesOf(t: TxContext, customerIds: string[]): Promise<Map<string, CustomerAddress[]>> {
  const grouped = new Map<string, CustomerAddress[]>(customerIds.map((id) => [id, []]));
  if (customerIds.length === 0) return grouped;
  const rows = await t.tx
    .select()
    .from(customerAddresses)
    .where(and(eq(customerAddresses.workspaceId, workspaceOf(t)), inArray(customerAddresses.customerId, customerIds)))
    .orderBy(desc(customerAddresses.isDefault), asc(customerAddresses.id));
  for (const r of await openAddressRows(t, rows)) grouped.get(r.customerId)?.push(toAddress(r));
  return grouped;
}

/** Customer rows (sealed or already opened) with their addresses, as the API answers them. */
export async function withAddresses(t: TxContext, rows: CustomerRow[]): Promise<Customer[]> {
  const grouped = await addressesOf(
    t,
    rows.map((r) => r.id),
  );
  const opened = await openCustomerRows(t, rows);
  return opened.map((r) => toCustomer(r, grouped.get(r.id) ?? []));
}

/** One customer row with its addresses. */
export async function customerWithAddresses(t: TxContext, row: CustomerRow): Promise<Customer> {
  return (await withAddresses(t, [row]))[0] as Customer;
}

/** An address of this customer, opened, or 404 (another customer's or workspace's id is not found either). */
export async function mustLoadAddress(t: TxContext, customerId: string, addressId: string): Promise<AddressRow> {
  const [row] = await t.tx
    .select()
    .from(customerAddresses)
    .where(
      and(
        eq(customerAddresses.workspaceId, workspaceOf(t)),
        eq(customerAddresses.customerId, customerId),
        eq(customerAddresses.id, addressId),
      ),
    );
  if (!row) throw new NotFoundError(`Address ${addressId} was not found.`, { code: 'address_not_found' });
  return (await openAddressRows(t, [row]))[0] as AddressRow;
}

/**
 * Moves a person's addresses to another (a merge), sealing each again under its new holder's key (a
 * sealed value is bound to its person). The survivor keeps its default when it has addresses already.
 */
export async function moveAddresses(t: TxContext, fromId: string, toId: string): Promise<number> {
  const ws = workspaceOf(t);
  const keepDefault = ((await addressesOf(t, [toId])).get(toId) ?? []).length > 0;
  const rows = await t.tx
    .select()
    .from(customerAddresses)
    .where(and(eq(customerAddresses.workspaceId, ws), eq(customerAddresses.customerId, fromId)));
  for (const r of await openAddressRows(t, rows))
    await t.tx
      .update(customerAddresses)
      .set({
        customerId: toId,
        ...(keepDefault ? { isDefault: false } : {}),
        ...(await sealAddressFields(t, toId, r.id, r)),
      })
      .where(and(eq(customerAddresses.workspaceId, ws), eq(customerAddresses.id, r.id)));
  return rows.length;
}

/** Clears the default flag of every address of a customer (before another becomes the default). */
export async function clearDefault(t: TxContext, customerId: string): Promise<void> {
  await t.tx
    .update(customerAddresses)
    .set({ isDefault: false, version: sql`${customerAddresses.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(customerAddresses.workspaceId, workspaceOf(t)),
        eq(customerAddresses.customerId, customerId),
        eq(customerAddresses.isDefault, true),
      ),
    );
}

/**
 * Bumps the customer's version (its ETag covers its addresses) if it is still at the version read;
 * a concurrent writer that got there first makes this one fail (412 when `expected` was named, else 409).
 */
export async function touchCustomer(t: TxContext, current: CustomerRow, expected: number | undefined) {
  const [row] = await t.tx
    .update(customers)
    .set({ version: current.version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(customers.workspaceId, current.workspaceId),
        eq(customers.id, current.id),
        eq(customers.version, current.version),
      ),
    )
    .returning();
  if (!row) versionRaceLost(current.version, expected, `Customer ${current.id}`);
  return row;
}
