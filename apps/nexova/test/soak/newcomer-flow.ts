import { randomUUID } from 'node:crypto';
import { tokenFromMail, waitForMailTo } from '@nexova/identity/testing';
import type { SoakClient } from './soak-client';

// One newcomer's first session, as the README promises it: sign up, a workspace, a colleague
// invited by mail who joins, a forgotten password reset by mail, a product in stock, an order
// confirmed, paid with a receipt, and completed by the checkout saga.

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);

async function mailToken(dataDir: string, to: string): Promise<string> {
  const token = tokenFromMail(await waitForMailTo(dataDir, to, 10_000));
  if (!token) throw new Error(`no link in the mail to ${to}`);
  return token;
}

async function signUp(c: SoakClient, email: string, password: string): Promise<string> {
  await c.call('POST', '/api/v1/auth/register', {
    body: { email, password, first_name: 'Soak', last_name: 'Test' },
    expect: [201],
  });
  return login(c, email, password);
}

async function login(c: SoakClient, email: string, password: string): Promise<string> {
  const res = await c.call('POST', '/api/v1/auth/login', { body: { email, password }, expect: [200] });
  return res.json().access_token as string;
}

/** Runs the whole flow once; throws on an unexpected answer (the client records every outcome). */
export async function newcomerFlow(c: SoakClient, dataDir: string): Promise<{ orderId: string; token: string }> {
  const tag = randomUUID().slice(0, 8);
  const password = `Soak-${randomUUID()}`;
  const ownerEmail = `owner-${tag}@example.com`;
  const owner = await signUp(c, ownerEmail, password);
  const auth = { authorization: `Bearer ${owner}` };
  const ws = (
    await c.call('POST', '/api/v1/workspaces', {
      headers: auth,
      body: { name: `Soak ${tag}`, slug: `soak-${tag}` },
      expect: [201],
    })
  ).json().id as string;
  const h = { ...auth, 'x-workspace-id': ws };

  // A colleague: invited by mail, signs up, accepts, signs in.
  const roles = (await c.call('GET', '/api/v1/roles', { headers: h, expect: [200] })).json().items as {
    id: string;
    name: string;
  }[];
  const staff = roles.find((r) => r.name === 'Staff')?.id;
  const mateEmail = `mate-${tag}@example.com`;
  await c.call('POST', '/api/v1/invitations', {
    headers: h,
    body: { email: mateEmail, role_id: staff },
    expect: [201],
  });
  const invitation = await mailToken(dataDir, mateEmail);
  const mate = await signUp(c, mateEmail, password);
  await c.call('POST', '/api/v1/invitations/accept', {
    headers: { authorization: `Bearer ${mate}` },
    body: { token: invitation },
    expect: [200],
  });
  await c.call('GET', '/api/v1/me', { headers: { authorization: `Bearer ${mate}` }, expect: [200] });

  // The owner forgets the password, resets it by mail, signs in with the new one.
  await c.call('POST', '/api/v1/auth/forgot-password', { body: { email: ownerEmail }, expect: [202] });
  const reset = await mailToken(dataDir, ownerEmail);
  const newPassword = `Soak-new-${randomUUID()}`;
  await c.call('POST', '/api/v1/auth/reset-password', { body: { token: reset, password: newPassword }, expect: [204] });
  const token = await login(c, ownerEmail, newPassword);
  const h2 = { authorization: `Bearer ${token}`, 'x-workspace-id': ws };

  // Catalog, stock, an order confirmed, paid with a receipt, completed by the saga.
  const sku = `SOAK-${tag}`;
  const product = await c.call('POST', '/api/v1/products', {
    headers: h2,
    body: { name: `Soak ${tag}`, currency: 'BRL', variants: [{ sku, price: 1990 }] },
    expect: [201],
  });
  const variantId = product.json().variants[0].id as string;
  await c.call('POST', '/api/v1/stock/adjust', {
    headers: h2,
    body: { variant_id: variantId, delta: 5, reason: 'soak' },
    expect: [200, 201],
  });
  const order = (
    await c.call('POST', '/api/v1/orders', {
      headers: h2,
      body: { lines: [{ variant_id: variantId, quantity: 2 }] },
      expect: [201],
    })
  ).json();
  await c.call('POST', `/api/v1/orders/${order.id}/submit`, {
    headers: h2,
    body: { payment_provider: 'manual' },
    expect: [202],
  });
  const payment = (
    await c.call('POST', `/api/v1/orders/${order.id}/payments`, {
      headers: h2,
      body: { amount: order.total, method: 'transfer' },
      expect: [201],
    })
  ).json();
  const uploaded = await c.upload(`/api/v1/payments/${payment.id}/attachments`, PNG, 'receipt.png', 'image/png', h2);
  if (uploaded !== 201) throw new Error(`receipt upload answered ${uploaded}`);
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const state = (await c.call('GET', `/api/v1/orders/${order.id}/checkout`, { headers: h2 })).json()?.state;
    if (state === 'completed') return { orderId: order.id, token };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`order ${order.id} was not completed within 30 s`);
}
