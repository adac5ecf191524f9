import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers, personDocuments } from '../src/db/schema';
import {
  createCustomer,
  findCustomerByPhone,
  findPersonByDocument,
  getCustomer,
  listCustomers,
  mergeCustomers,
  sealClearPeople,
  updateCustomer,
} from '../src/index';

// Encryption at rest of the people directory (docs/PRIVACY.md): phone, e-mail and document numbers are
// stored sealed with the person's data key, lookups go through blind indexes, the name alone is
// searchable text; rows written before encryption are sealed by the backfill and readable meanwhile.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const workspace = (): AppContext => ({ ...systemContext(newId()), db: database.db });

type Stored = { phone: string | null; phone_key: string | null; email: string | null; search_text: string };
const stored = (ctx: AppContext, id: string) =>
  withTransaction(ctx, async (t) => {
    const [row] = await queryRows<Stored>(
      t.tx,
      sql`select phone, phone_key, email, search_text from customers.customers where id = ${id}`,
    );
    const docs = await queryRows<{ number: string; number_key: string | null }>(
      t.tx,
      sql`select number, number_key from customers.documents where customer_id = ${id} order by id`,
    );
    return { row: row as Stored, docs };
  });

describe('people sealed at rest', () => {
  it('stores no clear phone, e-mail or document, and still finds the person by each', async () => {
    const ctx = workspace();
    const ana = await createCustomer({
      ctx,
      input: {
        name: 'Ana Souza',
        phone: '+55 11 98765-4321',
        email: 'Ana@Example.com',
        documents: [{ type: 'cpf', number: '529.982.247-25' }],
      },
    });
    expect(ana).toMatchObject({ phone: '+5511987654321', email: 'ana@example.com' });
    const { row, docs } = await stored(ctx, ana.id);
    expect(row.phone).toMatch(/^pd1\./);
    expect(row.email).toMatch(/^pd1\./);
    expect(row.phone_key).toMatch(/^bi1_/);
    expect(row.search_text).toBe('ana souza');
    expect(docs[0]?.number).toMatch(/^pd1\./);
    expect(docs[0]?.number_key).toMatch(/^bi1_/);
    const raw = JSON.stringify({ row, docs });
    for (const clear of ['987654321', 'example.com', '52998224725']) expect(raw).not.toContain(clear);

    // Reads open the values; lookups use the blind indexes (the older WhatsApp spelling too).
    expect((await getCustomer({ ctx, input: { customerId: ana.id } })).phone).toBe('+5511987654321');
    expect((await findCustomerByPhone({ ctx, input: { phone: '+551187654321' } })).id).toBe(ana.id);
    expect((await findPersonByDocument({ ctx, input: { type: 'cpf', number: '52998224725' } })).id).toBe(ana.id);
    const q = async (text: string) => (await listCustomers({ ctx, input: { q: text } })).items.map((c) => c.id);
    expect(await q('ana@example.com')).toEqual([ana.id]);
    expect(await q('529.982.247-25')).toEqual([ana.id]);

    // The same phone in another workspace has an unrelated index.
    const other = workspace();
    const twin = await createCustomer({ ctx: other, input: { name: 'Ana', phone: '+5511987654321' } });
    expect((await stored(other, twin.id)).row.phone_key).not.toBe(row.phone_key);

    // An update re-seals; a no-op update writes nothing.
    const same = await updateCustomer({ ctx, input: { customerId: ana.id, email: 'ana@example.com' } });
    expect(same.version).toBe(ana.version);
    const moved = await updateCustomer({ ctx, input: { customerId: ana.id, phone: '+5511912345678' } });
    expect(moved.phone).toBe('+5511912345678');
    expect((await findCustomerByPhone({ ctx, input: { phone: '+5511912345678' } })).id).toBe(ana.id);
  });

  it('merges: the survivor gets the duplicate’s contacts and documents sealed under its own key', async () => {
    const ctx = workspace();
    const survivor = await createCustomer({ ctx, input: { name: 'Bea Lima' } });
    const duplicate = await createCustomer({
      ctx,
      input: { name: 'Bea', phone: '+5521999990000', documents: [{ type: 'cpf', number: '11144477735' }] },
    });
    const merged = await mergeCustomers({ ctx, input: { survivorId: survivor.id, duplicateId: duplicate.id } });
    expect(merged.phone).toBe('+5521999990000');
    expect((await findPersonByDocument({ ctx, input: { type: 'cpf', number: '11144477735' } })).documents).toEqual([
      expect.objectContaining({ number: '11144477735', person_id: survivor.id }),
    ]);
  });

  it('backfills rows stored in clear before encryption: readable meanwhile, sealed after, once', async () => {
    const ctx = workspace();
    const id = newId();
    await withTransaction(ctx, async (t) => {
      await t.tx.insert(customers).values({
        id,
        workspaceId: t.workspaceId as string,
        name: 'Carla Dias',
        phone: '+5531988887777',
        phoneKey: '+5531988887777',
        email: 'carla@example.com',
        searchText: 'carla dias carla@example.com 5531988887777',
      });
      await t.tx.insert(personDocuments).values({
        id: newId(),
        workspaceId: t.workspaceId as string,
        customerId: id,
        type: 'cpf',
        country: 'BR',
        number: '39053344705',
        actorType: 'system',
      });
    });
    // Before the backfill the clear row answers every lookup.
    expect((await findCustomerByPhone({ ctx, input: { phone: '+5531988887777' } })).email).toBe('carla@example.com');
    expect((await findPersonByDocument({ ctx, input: { type: 'cpf', number: '39053344705' } })).id).toBe(id);

    let result = await sealClearPeople({ ctx: { ...ctx, workspaceId: null }, input: { batch: 100 } });
    while (result.more) result = await sealClearPeople({ ctx: { ...ctx, workspaceId: null }, input: { batch: 100 } });
    const { row, docs } = await stored(ctx, id);
    expect(row.phone).toMatch(/^pd1\./);
    expect(row.phone_key).toMatch(/^bi1_/);
    expect(row.email).toMatch(/^pd1\./);
    expect(row.search_text).toBe('carla dias');
    expect(docs[0]?.number).toMatch(/^pd1\./);
    expect((await findCustomerByPhone({ ctx, input: { phone: '+553188887777' } })).email).toBe('carla@example.com');
    expect((await findPersonByDocument({ ctx, input: { type: 'cpf', number: '39053344705' } })).id).toBe(id);
    // Nothing is left for this workspace: a second pass does not touch it.
    const again = await sealClearPeople({ ctx: { ...ctx, workspaceId: null }, input: { batch: 100 } });
    expect(again.more).toBe(false);
    expect((await stored(ctx, id)).row.phone).toBe(row.phone);
  });
});
