import { createTestApp, type TestApp } from '@nexova/app';
import { subjectOf } from '@nexova/identity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  drain,
  eventAbout,
  expectStatus,
  feedOf,
  integrationOf,
  type Member,
  mailsTo,
  memberOf,
  orderOf,
  owner,
  pay,
  redeliver,
  runMailer,
  unreadOf,
} from './helpers';

// Staff notifications end to end: a paid order tells the members whose role can read orders (feed
// and e-mail, once), switches of the workspace and of a member hold back what they turned off,
// the feed is each member's own, and another workspace sees none of it.

let app: TestApp;
let boss: Member;
let seller: Member;
let clerk: Member;
let blind: Member;
let stranger: Member;

beforeAll(async () => {
  app = await createTestApp();
  boss = await owner(app);
  // Orders are placed and paid by an integration: members are not told about their own actions.
  seller = await integrationOf(app, boss);
  clerk = await memberOf(app, boss, ['orders:read', 'events:subscribe', 'notifications:read']);
  blind = await memberOf(app, boss, ['customers:read', 'notifications:read']);
  stranger = await owner(app);
}, 120_000);
afterAll(async () => {
  await app?.dispose();
});

describe('staff notifications', () => {
  it('a paid order notifies the members who can read orders, and not the others', async () => {
    const orderId = await orderOf(seller, 1500);
    await pay(seller, orderId, 1500);
    await drain(app);
    for (const m of [boss, clerk]) {
      const kinds = (await feedOf(m)).filter((i) => i.params.order_id === orderId).map((i) => i.kind);
      expect(kinds.sort()).toEqual(['order_paid', 'order_placed']);
    }
    expect(await feedOf(blind)).toEqual([]);
    expect(await unreadOf(blind)).toBe(0);
    const paid = (await feedOf(clerk)).find((i) => i.kind === 'order_paid' && i.params.order_id === orderId);
    expect(paid?.title).toMatch(/^Pedido #\d+ pagado$/); // the workspace's language (es by default)
    expect(paid?.body).toContain('15,00');
  });

  it('e-mails the kinds that warrant it once, through the mail worker, even when the event comes again', async () => {
    const orderId = await orderOf(seller, 2500);
    await pay(seller, orderId, 2500);
    await drain(app);
    const before = (await feedOf(clerk)).length;
    const event = await eventAbout(app, boss.ws, 'payments.payment.registered', orderId);
    expect(await redeliver(app, boss.ws, event)).toEqual({ items: 0, mails: 0 });
    expect(await feedOf(clerk)).toHaveLength(before);
    await runMailer(app);
    await runMailer(app);
    const number = (await feedOf(clerk)).find((i) => i.kind === 'order_paid' && i.params.order_id === orderId)?.params
      .number;
    const mails = (await mailsTo(app, clerk.ws.email)).filter((m) => subjectOf(m) === `Pedido #${number} pagado`);
    expect(mails).toHaveLength(1);
    // The invitation is the only mail of a member who cannot read orders.
    expect((await mailsTo(app, blind.ws.email)).filter((m) => subjectOf(m).startsWith('Pedido'))).toEqual([]);
  });

  it('marks one read, then all; counts the unread', async () => {
    await pay(seller, await orderOf(seller, 700), 700);
    await drain(app);
    const unread = await feedOf(clerk, '&unread=true');
    expect(unread.length).toBeGreaterThan(1);
    expect(await unreadOf(clerk)).toBe(unread.length);
    const first = unread[0] as { id: string };
    const read = await clerk.call('POST', `/notifications/${first.id}/read`);
    expectStatus(read, 200);
    expect(read.json().read_at).not.toBeNull();
    expectStatus(await clerk.call('POST', `/notifications/${first.id}/read`), 200); // again: unchanged
    expect(await unreadOf(clerk)).toBe(unread.length - 1);
    // Another member's notification, or another workspace's caller: 404, never 403.
    expectStatus(await boss.call('POST', `/notifications/${first.id}/read`), 404);
    expectStatus(await stranger.call('POST', `/notifications/${first.id}/read`), 404);
    const all = await clerk.call('POST', '/notifications/read-all');
    expectStatus(all, 200);
    expect(all.json()).toEqual({ marked: unread.length - 1, unread_count: 0 });
    expect(await unreadOf(clerk)).toBe(0);
    expect(await feedOf(clerk, '&unread=true')).toEqual([]);
    expect(await unreadOf(boss)).toBeGreaterThan(0); // the boss's own are untouched
  });

  it('another workspace sees nothing of these', async () => {
    expect(await feedOf(stranger)).toEqual([]);
    expect(await unreadOf(stranger)).toBe(0);
  });

  it('a kind the workspace turned off makes nothing; a member who turned it off is skipped', async () => {
    expectStatus(await clerk.call('PUT', '/notifications/settings', { kinds: {} }), 403);
    const off = await boss.call('PUT', '/notifications/settings', {
      kinds: { order_placed: { in_app: false, email: false } },
    });
    expectStatus(off, 200);
    expect(off.json().kinds.order_placed).toEqual({ in_app: false, email: false });
    expect(off.json().kinds.order_paid).toEqual({ in_app: true, email: true });
    const prefs = await clerk.call('PUT', '/notifications/preferences', { kinds: { order_paid: { in_app: false } } });
    expectStatus(prefs, 200);
    expect(prefs.json().kinds.order_paid).toEqual({ in_app: false, email: true });
    expect(prefs.json().kinds.order_placed).toEqual({ in_app: false, email: false });

    const orderId = await orderOf(seller, 900);
    await pay(seller, orderId, 900);
    await drain(app);
    const of = async (m: Member) => (await feedOf(m)).filter((i) => i.params.order_id === orderId).map((i) => i.kind);
    expect(await of(boss)).toEqual(['order_paid']);
    expect(await of(clerk)).toEqual([]);
  });

  it("titles follow the member's own language", async () => {
    expectStatus(await boss.call('PUT', '/notifications/preferences', { locale: 'pt-BR' }), 200);
    const paid = (await feedOf(boss)).find((i) => i.kind === 'order_paid');
    expect(paid?.title).toMatch(/^Pedido #\d+ pago$/);
    expectStatus(await boss.call('PUT', '/notifications/preferences', { locale: 'en' }), 200);
    expect((await feedOf(boss)).find((i) => i.kind === 'order_paid')?.title).toMatch(/^Order #\d+ paid$/);
  });

  it('low stock tells those who can read stock, with the product name', async () => {
    const sku = `low-${Date.now()}`;
    const product = await seller.call('POST', '/products', {
      name: 'Camiseta',
      currency: 'BRL',
      variants: [{ sku, price: 100 }],
    });
    expectStatus(product, 201);
    const variantId = product.json().variants[0].id as string;
    expectStatus(
      await seller.call('POST', '/stock/adjust', { variant_id: variantId, delta: 10, reason: 'delivery' }),
      200,
    );
    expectStatus(await seller.call('PATCH', `/stock/${variantId}`, { low_stock_threshold: 5 }), 200);
    expectStatus(
      await seller.call('POST', '/stock/adjust', { variant_id: variantId, delta: -6, reason: 'damage' }),
      200,
    );
    await drain(app);
    const low = (await feedOf(boss)).find((i) => i.kind === 'stock_low' && i.params.variant_id === variantId);
    expect(low?.params).toMatchObject({ available: 4, threshold: 5, sku });
    expect(low?.title).toBe('Low stock: Camiseta'); // the boss chose English above
    expect((await feedOf(clerk)).some((i) => i.kind === 'stock_low')).toBe(false); // orders:read only
  });

  it('does not tell a member about what they did themselves', async () => {
    const me = await owner(app); // a workspace of its own: the switches above stay in boss's
    const colleague = await memberOf(app, me, ['orders:read', 'notifications:read']);
    const orderId = await orderOf(me, 300);
    await pay(me, orderId, 300);
    await drain(app);
    const about = async (m: Member) =>
      (await feedOf(m))
        .filter((i) => i.params.order_id === orderId)
        .map((i) => i.kind)
        .sort();
    expect(await about(colleague)).toEqual(['order_paid', 'order_placed']);
    expect(await about(me)).toEqual([]);
  });

  it('an API key has no feed of its own (403)', async () => {
    const key = await boss.call('POST', '/api-keys', { name: 'ci', permissions: ['notifications:read'] });
    expectStatus(key, 201);
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/notifications',
      headers: { authorization: `Bearer ${key.json().key}`, 'x-workspace-id': boss.ws.workspaceId },
    });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().code).toBe('notifications_member_only');
  });
});
