import type { AppContext } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCustomerAddress,
  createCustomer,
  deleteCustomerAddress,
  getCustomer,
  getDefaultCustomerAddress,
  listCustomers,
  mergeCustomers,
  updateCustomerAddress,
} from '../src/index';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const workspace = (): AppContext => ({ ...systemContext(newId()), db: database.db });
const home = { line1: 'Rua Augusta, 1500', city: 'São Paulo', country: 'br' };
const defaults = async (ctx: AppContext, customerId: string) =>
  (await getCustomer({ ctx, input: { customerId } })).addresses.map((a) => [a.label, a.is_default]);

describe('customer addresses', () => {
  it('keeps exactly one default: the first, then whichever is made the default', async () => {
    const ctx = workspace();
    const ana = await createCustomer({ ctx, input: { name: 'Ana' } });
    expect(ana.addresses).toEqual([]);
    expect(await getDefaultCustomerAddress({ ctx, input: { customerId: ana.id } })).toBeNull();
    const casa = await addCustomerAddress({
      ctx,
      input: { customerId: ana.id, ...home, label: 'Casa', postalCode: ' 01304-001 ', phone: '(11) 98765-4321' },
    });
    expect(casa).toMatchObject({ is_default: true, country: 'BR', postal_code: '01304-001', phone: '+5511987654321' });
    const work = await addCustomerAddress({ ctx, input: { customerId: ana.id, ...home, label: 'Trabalho' } });
    expect(work.is_default).toBe(false);
    expect(await defaults(ctx, ana.id)).toEqual([
      ['Casa', true],
      ['Trabalho', false],
    ]);
    await addCustomerAddress({ ctx, input: { customerId: ana.id, ...home, label: 'Praia', isDefault: true } });
    expect(await defaults(ctx, ana.id)).toEqual([
      ['Praia', true],
      ['Casa', false],
      ['Trabalho', false],
    ]);
    await updateCustomerAddress({
      ctx,
      input: { customerId: ana.id, addressId: work.id, isDefault: true, line2: 'Sala 3' },
    });
    expect(await getDefaultCustomerAddress({ ctx, input: { customerId: ana.id } })).toMatchObject({
      id: work.id,
      line2: 'Sala 3',
      recipient: null,
    });
    await expect(
      updateCustomerAddress({ ctx, input: { customerId: ana.id, addressId: work.id, isDefault: false } }),
    ).rejects.toMatchObject({ status: 400, errors: [{ pointer: '/is_default' }] });
    await expect(
      updateCustomerAddress({ ctx, input: { customerId: ana.id, addressId: casa.id, phone: '12' } }),
    ).rejects.toMatchObject({ status: 400, errors: [{ pointer: '/phone' }] });
  });

  it('promotes the newest remaining address when the default is removed', async () => {
    const ctx = workspace();
    const c = await createCustomer({ ctx, input: { name: 'Bruno' } });
    const a = await addCustomerAddress({ ctx, input: { customerId: c.id, ...home, label: 'A' } });
    await addCustomerAddress({ ctx, input: { customerId: c.id, ...home, label: 'B' } });
    await addCustomerAddress({ ctx, input: { customerId: c.id, ...home, label: 'C' } });
    const before = (await getCustomer({ ctx, input: { customerId: c.id } })).version;
    await deleteCustomerAddress({ ctx, input: { customerId: c.id, addressId: a.id } });
    const after = await getCustomer({ ctx, input: { customerId: c.id } });
    expect(after.addresses.map((x) => [x.label, x.is_default])).toEqual([
      ['C', true],
      ['B', false],
    ]);
    expect(after.version).toBe(before + 1);
    await expect(deleteCustomerAddress({ ctx, input: { customerId: c.id, addressId: a.id } })).rejects.toMatchObject({
      status: 404,
      code: 'address_not_found',
    });
    expect((await listCustomers({ ctx })).items[0]?.addresses).toHaveLength(2);
  });

  it('moves addresses on merge, the survivor keeping its default', async () => {
    const ctx = workspace();
    const survivor = await createCustomer({ ctx, input: { name: 'Carla' } });
    const duplicate = await createCustomer({ ctx, input: { name: 'Carla S.' } });
    await addCustomerAddress({ ctx, input: { customerId: survivor.id, ...home, label: 'Mine' } });
    await addCustomerAddress({ ctx, input: { customerId: duplicate.id, ...home, label: 'Theirs' } });
    const merged = await mergeCustomers({ ctx, input: { survivorId: survivor.id, duplicateId: duplicate.id } });
    expect(merged.addresses.map((x) => [x.label, x.is_default])).toEqual([
      ['Mine', true],
      ['Theirs', false],
    ]);
    expect(await getDefaultCustomerAddress({ ctx, input: { customerId: duplicate.id } })).toMatchObject({
      label: 'Mine',
    });
  });

  it("answers 404 for another workspace's customer or address", async () => {
    const ctx = workspace();
    const c = await createCustomer({ ctx, input: { name: 'Davi' } });
    const a = await addCustomerAddress({ ctx, input: { customerId: c.id, ...home } });
    const other = workspace();
    await expect(addCustomerAddress({ ctx: other, input: { customerId: c.id, ...home } })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      updateCustomerAddress({ ctx: other, input: { customerId: c.id, addressId: a.id, city: 'X' } }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(getDefaultCustomerAddress({ ctx: other, input: { customerId: c.id } })).rejects.toMatchObject({
      status: 404,
    });
  });
});
