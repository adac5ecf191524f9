import { type AppContext, queryRows } from '@nexova/db';
import { ConflictError, newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCustomerNote,
  createCustomer,
  deleteCustomer,
  findCustomerByPhone,
  getCustomer,
  listCustomers,
  mergeCustomers,
  seedDemoCustomers,
  updateCustomer,
} from '../src/index';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const workspace = (): AppContext => ({ ...systemContext(newId()), db: database.db });

describe('customers', () => {
  it('stores E.164 and finds the same person by either WhatsApp spelling', async () => {
    const ctx = workspace();
    const ana = await createCustomer({
      ctx,
      input: { name: 'Ana Souza', phone: '(11) 8765-4321', defaultRegion: 'BR' },
    });
    expect(ana.phone).toBe('+5511987654321');
    expect((await findCustomerByPhone({ ctx, input: { phone: '5511987654321' } })).id).toBe(ana.id);
    expect((await findCustomerByPhone({ ctx, input: { phone: '+55 11 8765-4321' } })).id).toBe(ana.id);

    const juan = await createCustomer({
      ctx,
      input: { name: 'Juan Pérez', phone: '011 15 1234-5678', defaultRegion: 'AR' },
    });
    expect((await findCustomerByPhone({ ctx, input: { phone: '+54 11 1234-5678' } })).id).toBe(juan.id);
    await expect(findCustomerByPhone({ ctx, input: { phone: '+54 11 9999-0000' } })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('refuses a second customer with the same phone in any spelling, and bad phones naming the field', async () => {
    const ctx = workspace();
    const first = await createCustomer({ ctx, input: { name: 'Carla', phone: '+5521987650000' } });
    const results = await Promise.allSettled(
      ['+55 21 8765-0000', '(21) 98765-0000', '+5521987650000'].map((phone) =>
        createCustomer({ ctx, input: { name: 'Dup', phone } }),
      ),
    );
    for (const r of results) {
      expect(r.status).toBe('rejected');
      const reason = (r as PromiseRejectedResult).reason;
      expect(reason).toBeInstanceOf(ConflictError);
      expect(reason.extensions).toEqual({ existing_id: first.id });
    }
    await expect(createCustomer({ ctx, input: { name: 'X', phone: 'call me' } })).rejects.toMatchObject({
      status: 400,
      errors: [{ pointer: '/phone' }],
    });
    // Another workspace may hold the same number.
    await createCustomer({ ctx: workspace(), input: { name: 'Carla elsewhere', phone: '+5521987650000' } });
  });

  it('searches tolerating accents, case and typos, and pages with a cursor', async () => {
    const ctx = workspace();
    await createCustomer({ ctx, input: { name: 'José Gonçalves', email: 'jose@example.com' } });
    await createCustomer({ ctx, input: { name: 'María Fernández', phone: '+5491155550000' } });
    await createCustomer({ ctx, input: { name: 'Pedro Alves' } });
    const names = async (q: string) => (await listCustomers({ ctx, input: { q } })).items.map((c) => c.name);
    expect(await names('jose goncalves')).toEqual(['José Gonçalves']);
    expect(await names('MARIA')).toEqual(['María Fernández']);
    expect(await names('fernandes')).toEqual(['María Fernández']);
    // Contacts are sealed: a whole phone matches in any spelling (+54 9 11 … and +54 11 … are one
    // WhatsApp number), a whole e-mail matches; parts of them do not (docs/PRIVACY.md, blind indexes).
    expect(await names('+54 11 5555-0000')).toEqual(['María Fernández']);
    expect(await names('JOSE@example.com')).toEqual(['José Gonçalves']);
    expect(await names('55550000')).toEqual([]);
    expect(await names('@example.com')).toEqual([]);
    const first = await listCustomers({ ctx, input: { limit: 2 } });
    const second = await listCustomers({ ctx, input: { limit: 2, cursor: first.next_cursor ?? undefined } });
    expect(first.items.map((c) => c.name)).toEqual(['Pedro Alves', 'María Fernández']);
    expect(second).toMatchObject({ items: [{ name: 'José Gonçalves' }], next_cursor: null });
  });

  it('updates with optimistic concurrency and soft-deletes', async () => {
    const ctx = workspace();
    const c = await createCustomer({ ctx, input: { name: 'Luis', phone: '+5215512345678' } });
    const updated = await updateCustomer({
      ctx,
      input: { customerId: c.id, email: 'LUIS@example.com', expectedVersion: 1 },
    });
    expect(updated).toMatchObject({ email: 'luis@example.com', version: 2, phone: '+525512345678' });
    await expect(
      updateCustomer({ ctx, input: { customerId: c.id, name: 'L', expectedVersion: 1 } }),
    ).rejects.toMatchObject({ code: 'version_mismatch' });
    await deleteCustomer({ ctx, input: { customerId: c.id } });
    await expect(getCustomer({ ctx, input: { customerId: c.id } })).rejects.toMatchObject({ status: 404 });
    // The phone is free again.
    await createCustomer({ ctx, input: { name: 'New Luis', phone: '+52 55 1234 5678' } });
  });

  it('merges a duplicate: notes move, details fill in, by-phone answers with the survivor, an event records it', async () => {
    const ctx = workspace();
    const survivor = await createCustomer({ ctx, input: { name: 'Bia Lima', email: 'bia@example.com', note: 'VIP' } });
    const dup = await createCustomer({
      ctx,
      input: { name: 'Beatriz', phone: '+5531987651111', note: 'asked for blue' },
    });
    await addCustomerNote({ ctx, input: { customerId: dup.id, body: 'second note' } });
    const merged = await mergeCustomers({ ctx, input: { survivorId: survivor.id, duplicateId: dup.id } });
    expect(merged).toMatchObject({ id: survivor.id, phone: '+5531987651111', email: 'bia@example.com' });
    expect(merged.notes.map((n) => n.body).sort()).toEqual(['VIP', 'asked for blue', 'second note']);
    expect((await findCustomerByPhone({ ctx, input: { phone: '+55 31 8765-1111' } })).id).toBe(survivor.id);
    expect((await getCustomer({ ctx, input: { customerId: dup.id } })).merged_into).toBe(survivor.id);
    expect((await listCustomers({ ctx })).items.map((c) => c.id)).toEqual([survivor.id]);
    await expect(
      mergeCustomers({ ctx, input: { survivorId: survivor.id, duplicateId: dup.id } }),
    ).rejects.toMatchObject({ code: 'customer_merged' });
    const events = await queryRows(
      database.db,
      sql`select payload from events.outbox where type = 'customers.customer.merged' and aggregate_id = ${survivor.id}`,
    );
    expect(events).toEqual([{ payload: { survivor_id: survivor.id, merged_id: dup.id, notes_moved: 2 } }]);
  });

  it("answers 404 for another workspace's customer", async () => {
    const one = workspace();
    const c = await createCustomer({ ctx: one, input: { name: 'Private' } });
    await expect(getCustomer({ ctx: workspace(), input: { customerId: c.id } })).rejects.toMatchObject({ status: 404 });
  });

  it('seeds demo customers idempotently', async () => {
    const ctx = workspace();
    expect(await seedDemoCustomers({ ctx })).toEqual(['customers: 3 demo customers']);
    expect(await seedDemoCustomers({ ctx })).toEqual([]);
    const juan = await findCustomerByPhone({ ctx, input: { phone: '+54 11 1234-5678' } });
    expect(juan.name).toBe('Juan Pérez');
    expect(juan.addresses).toMatchObject([{ city: 'Buenos Aires', country: 'AR', is_default: true }]);
  });
});
