import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiClient, createTestApp, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { PNG, until } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Issue 14, erasure by crypto-shredding: after POST /people/{id}/erase, no row of any table the
// workspace can see — directory, conversations, raw webhook deliveries, events, read models, audit —
// yields the person's name, phone (any spelling), e-mail, document or address, searched in clear.

const NAME = 'Beatriz Erasmo';
const EMAIL = 'beatriz.erasmo@example.com';
const CPF = '529.982.247-25';
const STREET = 'Rua das Camélias 742';
const NEEDLES = [NAME, 'Erasmo', '987654321', '98765-4321', EMAIL, 'erasmo@', CPF, '52998224725', 'Camélias'];

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ FILES_DELETION_INTERVAL_MS: '500' }, { workers: true });
}, 120_000);
afterAll(() => app?.dispose());

/** The stored files of the workspace's message media (disk store under the app's data folder). */
function mediaFiles(workspaceId: string): string[] {
  const dir = join(app.config.NEXOVA_DATA_DIR, 'files', 'media', workspaceId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

/** Every row of every table of the app's schemas, as text, that this workspace can see. */
async function everyRow(workspaceId: string): Promise<{ table: string; row: string }[]> {
  return withTransaction({ ...systemContext(workspaceId), db: app.database.db }, async (t) => {
    const tables = await queryRows<{ schema: string; name: string }>(
      t.tx,
      sql`select table_schema as schema, table_name as name from information_schema.tables
          where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'drizzle')
          order by 1, 2`,
    );
    const out: { table: string; row: string }[] = [];
    for (const { schema, name } of tables) {
      const rows = await queryRows<{ row: string }>(
        t.tx,
        sql.raw(`select t::text as row from "${schema}"."${name}" t`),
      );
      for (const r of rows) out.push({ table: `${schema}.${name}`, row: r.row });
    }
    return out;
  });
}

describe('erasure', () => {
  it('leaves no clear trace of the person in any table, and answers the pseudonym', async () => {
    const ws = await signUpAndCreateWorkspace(app);
    const call = apiClient(app, ws.headers);
    const created = await call('POST', '/customers', {
      name: NAME,
      phone: '(11) 98765-4321',
      email: EMAIL,
      note: `Prefere WhatsApp; e-mail ${EMAIL}`,
      documents: [{ type: 'cpf', number: CPF }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const address = await call('POST', `/customers/${id}/addresses`, {
      recipient: NAME,
      line1: STREET,
      city: 'São Paulo',
      country: 'BR',
      phone: '+55 11 98765-4321',
    });
    expect(address.statusCode, address.body).toBe(201);
    const channel = await call('POST', '/channels', { kind: 'simulator', name: 'Simulator' });
    expect(channel.statusCode, channel.body).toBe(201);
    const sent = await call('POST', `/channels/${channel.json().id}/simulator/messages`, {
      phone: '+55 11 98765-4321',
      name: NAME,
      text: `Oi, sou ${NAME}, meu e-mail é ${EMAIL} e meu CPF ${CPF}`,
    });
    expect(sent.statusCode, sent.body).toBe(202);
    const photo = await call('POST', `/channels/${channel.json().id}/simulator/messages`, {
      phone: '+55 11 98765-4321',
      text: `Comprovante de ${NAME}`,
      media: { data: PNG.toString('base64'), content_type: 'image/png', filename: 'comprovante-erasmo.png' },
    });
    expect(photo.statusCode, photo.body).toBe(202);
    await until(
      async () => mediaFiles(ws.workspaceId),
      (files) => files.length === 1,
      'the media worker storing the photo',
    );
    const conversation = await until(
      async () => (await call('GET', '/conversations')).json().items as { id: string; person_id: string }[],
      (items) => items.length === 1,
      'the conversation started by the consumer',
    );
    expect(conversation[0]?.person_id).toBe(id);
    // Before: the clear values are there to be found (the search below means something).
    const before = (await everyRow(ws.workspaceId)).filter((r) => NEEDLES.some((n) => r.row.includes(n)));
    expect(before.length).toBeGreaterThan(0);

    // An order stays (the law keeps it), pointing at the pseudonymous person.
    const sku = `ER-${id.slice(-6)}`;
    const product = await call('POST', '/products', {
      name: 'Caderno',
      currency: 'BRL',
      variants: [{ sku, price: 1500 }],
    });
    expect(product.statusCode, product.body).toBe(201);
    const order = await call('POST', '/orders', {
      customer_id: id,
      lines: [{ variant_id: product.json().variants[0].id, quantity: 1 }],
    });
    expect(order.statusCode, order.body).toBe(201);

    // Staff's people:* and customers:* do not include erasure (it cannot be undone); the owner erases.
    const staffKey = await call('POST', '/api-keys', { name: 'Staff-like', permissions: ['people:*', 'customers:*'] });
    expect(staffKey.statusCode, staffKey.body).toBe(201);
    const staff = apiClient(app, { authorization: `Bearer ${staffKey.json().key}` });
    expect((await staff('POST', `/people/${id}/erase`)).statusCode).toBe(403);
    const erased = await call('POST', `/people/${id}/erase`);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json()).toMatchObject({ id, phone: null, email: null, addresses: [] });
    expect(erased.json().name).toMatch(/^Erased person /);
    expect(erased.json().erased_at).toEqual(expect.any(String));
    // Idempotent, and the record is closed to writes.
    expect((await call('POST', `/people/${id}/erase`)).statusCode).toBe(200);
    const write = await call('PATCH', `/customers/${id}`, { phone: '+5511912345678' });
    expect(write.statusCode, write.body).toBe(409);
    expect(write.json().code).toBe('person_erased');
    expect((await call('GET', `/customers/by-phone/${encodeURIComponent('+5511987654321')}`)).statusCode).toBe(404);
    expect((await call('GET', '/people/by-document/cpf/52998224725')).statusCode).toBe(404);

    // The conversations module clears its copies when it consumes customers.person.erased.
    await until(
      async () => (await call('GET', `/conversations/${conversation[0]?.id}/messages`)).json().items as unknown[],
      (items) => items.length === 0,
      'the erased person’s messages deleted',
    );
    // The order stays, pseudonymised by the orders module when it consumes the event.
    const kept = await until(
      async () => (await call('GET', `/orders/${order.json().id}`)).json(),
      (o) => /^Erased person/.test(o.delivery?.recipient ?? ''),
      'the order’s delivery details pseudonymised',
    );
    expect(kept).toMatchObject({ customer_id: id, delivery: { phone: null, address: '[erased]', city: 'São Paulo' } });
    // The audit trail says who erased whom, once per request (the repeated one too) — with no personal
    // data (the sweep below covers it too).
    const audit = (await call('GET', '/audit?action=privacy.person_erased')).json();
    expect(audit.items).toHaveLength(2);
    for (const entry of audit.items)
      expect(entry).toMatchObject({
        action: 'privacy.person_erased',
        category: 'privacy',
        actor: { type: 'user' },
        target: { type: 'person', id },
      });
    // The photo's file goes right after the erasure commits (the file-deletion worker).
    await until(
      async () => mediaFiles(ws.workspaceId),
      (files) => files.length === 0,
      'the erased person’s media files deleted',
    );
    const leaks = (await everyRow(ws.workspaceId))
      .filter((r) => NEEDLES.some((n) => r.row.includes(n)))
      .map((r) => `${r.table}: ${r.row.slice(0, 300)}`);
    expect(leaks).toEqual([]);
  }, 120_000); // end to end through workers, consumers and every table: generous under a loaded CI
});
