import type { TestApp } from '@nexova/app';
import { createTestApp } from '@nexova/app';
import { conversationSettings, downloadDueMedia, sendDueMessages } from '@nexova/conversations';
import { appFiles } from '@nexova/files';
import { systemContext } from '@nexova/kernel';
import { createFakeMeta, type FakeMeta } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, messagesOf, rowsIn, type Shop, settle, shop, stockedProduct } from './helpers';

// The agent's WhatsApp-shaped tools end to end: send_catalog puts the catalog in a Meta interactive
// list (Meta's real shape and limits, checked by the fake), the customer's pick becomes a draft; a
// receipt image sent in the simulator while an order awaits payment lands on the order's payment.

let app: TestApp;
let meta: FakeMeta;
let s: Shop;
let metaPath: string;
let simulatorId: string;
const variants: string[] = [];

const ctx = () => ({ ...systemContext(null, 'test'), db: app.database.db });
const runSender = () => sendDueMessages({ ctx: ctx(), input: { settings: conversationSettings(app.config) } });
const runMedia = () =>
  downloadDueMedia({
    ctx: ctx(),
    input: { settings: conversationSettings(app.config), store: appFiles(app.config).store },
  });

beforeAll(async () => {
  meta = await createFakeMeta();
  app = await createTestApp(meta.env);
  s = await shop(app);
  const m = await s.call('POST', '/channels', {
    kind: 'meta',
    name: 'Loja',
    settings: { phone_number_id: meta.phoneNumberId },
    credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
  });
  expectStatus(m, 201);
  metaPath = m.json().webhook_path;
  const sim = await s.call('POST', '/channels', { kind: 'simulator', name: 'Simulador' });
  expectStatus(sim, 201);
  simulatorId = sim.json().id;
  // 12 products: more than a list may hold.
  for (let i = 1; i <= 12; i++)
    variants.push(await stockedProduct(s, `Café de origem número ${String(i).padStart(2, '0')}`, 1000 + i));
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await meta?.close();
});

async function conversationOf(address: string): Promise<{ id: string; person_id: string }> {
  const res = await s.call('GET', '/conversations');
  const found = (res.json().items as { id: string; person_id: string; contact_address: string }[]).find(
    (c) => c.contact_address === address,
  );
  if (!found) throw new Error(`no conversation with ${address}`);
  return found;
}

describe('send_catalog', () => {
  it('"catálogo" → a Meta interactive list within the limits; picking a row starts a draft with it', async () => {
    const from = '5511955550001';
    await meta.deliver(meta.inbound({ from, payload: { body: 'catálogo' } }), app, metaPath);
    await settle(app);
    await runSender();
    const lists = meta.sentMessages().filter((m) => m.body.to === from && m.body.type === 'interactive');
    expect(lists).toHaveLength(1);
    const interactive = lists[0]?.body.interactive as {
      type: string;
      body: { text: string };
      action: {
        button: string;
        sections: { title: string; rows: { id: string; title: string; description: string }[] }[];
      };
    };
    expect(interactive.type).toBe('list');
    expect(interactive.action.button.length).toBeLessThanOrEqual(20);
    const rows = interactive.action.sections.flatMap((x) => x.rows);
    expect(rows).toHaveLength(10);
    for (const r of rows) {
      expect(r.title.length).toBeLessThanOrEqual(24);
      expect(r.description.length).toBeLessThanOrEqual(72);
      expect(r.id).toMatch(/^variant:/);
    }
    expect(rows[0]?.description).toMatch(/10,\d{2}/); // the price as the customer’s language writes it

    // The customer taps the third row: Meta's list_reply.
    const picked = rows[2];
    await meta.deliver(
      meta.inbound({
        from,
        type: 'interactive',
        payload: { type: 'list_reply', list_reply: { id: picked?.id, title: picked?.title } },
      }),
      app,
      metaPath,
    );
    await settle(app);
    const c = await conversationOf(`+${from}`);
    const orders = (await s.call('GET', `/orders?customer_id=${c.person_id}`)).json().items as {
      status: string;
      lines: { variant_id: string; quantity: number }[];
    }[];
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({
      status: 'draft',
      lines: [{ variant_id: picked?.id.slice('variant:'.length), quantity: 1 }],
    });
  });
});

describe('attach_receipt', () => {
  const phone = '+5511955550002';
  const write = async (body: Record<string, unknown>, id: string) => {
    const res = await s.call('POST', `/channels/${simulatorId}/simulator/messages`, {
      phone,
      client_message_id: id,
      ...body,
    });
    expectStatus(res, 202);
    await settle(app);
  };

  it('a receipt image in the simulator while the order awaits payment: the payment has it (REST)', async () => {
    await write({ text: 'quero ver catálogo' }, 'r1');
    const c = await conversationOf(phone);
    // The simulator shows the list as numbered text; typing "1" picks the first row.
    const [list] = (await messagesOf(s, c.id)).filter((m) => m.direction === 'outbound');
    expect(list?.text).toMatch(/\n1\. Café de origem/);
    await write({ text: '1' }, 'r2');
    await write({ text: 'retirada' }, 'r3');
    await write({ text: 'sim' }, 'r4');
    const [order] = (await s.call('GET', `/orders?customer_id=${c.person_id}`)).json().items as {
      id: string;
      number: number;
      status: string;
    }[];
    expect(order?.status).toBe('pending');

    const png = Buffer.alloc(800, 3);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    await write({ text: 'comprovante', media: { data: png.toString('base64'), content_type: 'image/png' } }, 'r5');
    // No answer while the file is being stored; then the agent attaches it.
    expect(await runMedia()).toMatchObject({ stored: 1 });
    await settle(app);

    const payments = (await s.call('GET', `/orders/${order?.id}/payments`)).json().items as {
      id: string;
      method: string;
      attachments: { content_type: string; size: number; url: string }[];
    }[];
    expect(payments).toHaveLength(1);
    expect(payments[0]?.attachments).toEqual([expect.objectContaining({ content_type: 'image/png', size: 800 })]);
    const file = await app.inject({ method: 'GET', url: payments[0]?.attachments[0]?.url ?? '' });
    expect(file.rawPayload.equals(png)).toBe(true);
    const replies = (await messagesOf(s, c.id)).filter((m) => m.direction === 'outbound').map((m) => m.text ?? '');
    expect(replies.at(-1)).toMatch(new RegExp(`comprovante no pedido #${order?.number}`));

    // The same image again (a redelivery) is answered once: one receipt.
    await write({ text: 'comprovante', media: { data: png.toString('base64'), content_type: 'image/png' } }, 'r5');
    await runMedia();
    await settle(app);
    const runs = await rowsIn<{ n: number }>(
      app,
      s.ws.workspaceId,
      sql`select count(*)::int as n from agent.tool_executions where tool = 'attach_receipt'`,
    );
    expect(runs).toEqual([{ n: 1 }]);
  });
});
