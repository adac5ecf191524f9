import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerAddresses, customerNotes, customers } from '../src/db/schema';
import {
  addCustomerAddress,
  addCustomerNote,
  createCustomer,
  getCustomer,
  mergeCustomers,
  sealClearPeople,
  updateCustomerAddress,
} from '../src/index';

// Addresses and notes sealed at rest (docs/PRIVACY.md): a raw select shows no street, city, postal code,
// recipient, address phone or note text; region and country stay clear for region reports; a merge
// re-seals them under the survivor's key; rows written in clear are read meanwhile and sealed by the backfill.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const workspace = (): AppContext => ({ ...systemContext(newId()), db: database.db });
const raw = (ctx: AppContext, customerId: string) =>
  withTransaction(ctx, async (t) => ({
    addresses: await queryRows<Record<string, unknown>>(
      t.tx,
      sql`select * from customers.addresses where customer_id = ${customerId} order by id`,
    ),
    notes: await queryRows<{ body: string }>(
      t.tx,
      sql`select body from customers.notes where customer_id = ${customerId} order by id`,
    ),
  }));
const CLEAR = ['Augusta', '1500', 'Apto 42', 'Paulo', '01304', 'Joana', '987654321', 'alérgica a látex'];
const expectSealed = (stored: unknown) => {
  const text = JSON.stringify(stored);
  for (const clear of CLEAR) expect(text).not.toContain(clear);
};
const backfill = async (ctx: AppContext) => {
  let result = await sealClearPeople({ ctx: { ...ctx, workspaceId: null }, input: { batch: 1 } });
  while (result.more) result = await sealClearPeople({ ctx: { ...ctx, workspaceId: null }, input: { batch: 1 } });
};
const address = {
  line1: 'Rua Augusta, 1500',
  line2: 'Apto 42',
  city: 'São Paulo',
  region: 'SP',
  postalCode: '01304-001',
  country: 'BR',
  recipient: 'Joana Souza',
  phone: '+5511987654321',
};
const asAnswered = {
  line1: 'Rua Augusta, 1500',
  line2: 'Apto 42',
  city: 'São Paulo',
  region: 'SP',
  postal_code: '01304-001',
  country: 'BR',
  recipient: 'Joana Souza',
  phone: '+5511987654321',
};

describe('addresses and notes sealed at rest', () => {
  it('stores no clear address line or note text, and reads them back', async () => {
    const ctx = workspace();
    const ana = await createCustomer({ ctx, input: { name: 'Ana', note: 'alérgica a látex, ligar antes' } });
    const added = await addCustomerAddress({ ctx, input: { customerId: ana.id, label: 'Casa', ...address } });
    expect(added).toMatchObject(asAnswered);
    await addCustomerNote({ ctx, input: { customerId: ana.id, body: 'Prefere entrega à tarde, portão 1500' } });
    const stored = await raw(ctx, ana.id);
    expectSealed(stored);
    expect(JSON.stringify(stored)).not.toContain('portão');
    expect(stored.addresses[0]).toMatchObject({ label: 'Casa', region: 'SP', country: 'BR' });
    for (const col of ['line1', 'line2', 'city', 'postal_code', 'recipient', 'phone'])
      expect(stored.addresses[0]?.[col]).toMatch(/^pd1\./);
    expect(stored.notes.every((n) => n.body.startsWith('pd1.'))).toBe(true);

    const detail = await getCustomer({ ctx, input: { customerId: ana.id } });
    expect(detail.addresses).toEqual([expect.objectContaining(asAnswered)]);
    expect(detail.notes.map((n) => n.body)).toEqual([
      'Prefere entrega à tarde, portão 1500',
      'alérgica a látex, ligar antes',
    ]);

    // An update re-seals what it changes and answers clear values.
    const moved = await updateCustomerAddress({
      ctx,
      input: { customerId: ana.id, addressId: added.id, line1: 'Rua Oscar Freire, 10' },
    });
    expect(moved).toMatchObject({ ...asAnswered, line1: 'Rua Oscar Freire, 10' });
    expect(JSON.stringify(await raw(ctx, ana.id))).not.toContain('Oscar');
  });

  it('merges: the duplicate’s addresses and notes are re-sealed under the survivor’s key', async () => {
    const ctx = workspace();
    const survivor = await createCustomer({ ctx, input: { name: 'Bea Lima' } });
    const duplicate = await createCustomer({ ctx, input: { name: 'Bea', note: 'alérgica a látex' } });
    await addCustomerAddress({ ctx, input: { customerId: duplicate.id, ...address } });
    const before = await raw(ctx, duplicate.id);
    const merged = await mergeCustomers({ ctx, input: { survivorId: survivor.id, duplicateId: duplicate.id } });
    expect(merged.addresses).toEqual([expect.objectContaining({ ...asAnswered, is_default: true })]);
    expect(merged.notes.map((n) => n.body)).toEqual(['alérgica a látex']);
    const after = await raw(ctx, survivor.id);
    expectSealed(after);
    // Sealed anew (a value sealed for the duplicate would not open under the survivor's key).
    expect(after.addresses[0]?.line1).not.toBe(before.addresses[0]?.line1);
    expect(after.notes[0]?.body).not.toBe(before.notes[0]?.body);
  });

  it('backfills addresses and notes stored in clear: readable meanwhile, sealed after', async () => {
    const ctx = workspace();
    const id = newId();
    await withTransaction(ctx, async (t) => {
      const workspaceId = t.workspaceId as string;
      await t.tx.insert(customers).values({ id, workspaceId, name: 'Carla', searchText: 'carla' });
      await t.tx
        .insert(customerAddresses)
        .values([1, 2].map((n) => ({ id: newId(), workspaceId, customerId: id, ...address, isDefault: n === 1 })));
      await t.tx.insert(customerNotes).values(
        ['alérgica a látex', 'segunda nota'].map((body) => ({
          id: newId(),
          workspaceId,
          customerId: id,
          body,
          actorType: 'system',
        })),
      );
    });
    const read = async () => {
      const c = await getCustomer({ ctx, input: { customerId: id } });
      return { addresses: c.addresses.map((a) => a.line1), notes: c.notes.map((n) => n.body).sort() };
    };
    const expected = { addresses: [address.line1, address.line1], notes: ['alérgica a látex', 'segunda nota'] };
    expect(await read()).toEqual(expected);
    expect(JSON.stringify(await raw(ctx, id))).toContain('Augusta');

    await backfill(ctx);
    expectSealed(await raw(ctx, id));
    expect(await read()).toEqual(expected);
    const again = await sealClearPeople({ ctx: { ...ctx, workspaceId: null }, input: { batch: 100 } });
    expect(again).toMatchObject({ addresses: 0, notes: 0, more: false });
  });
});
