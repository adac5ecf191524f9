import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, startDashboard } from './harness';

// The dashboard as an installable, offline-capable app in Chromium against `nexova start`: the web
// manifest and icons are served, the service worker precaches the shell and takes control, and with
// the network gone a reload still opens the dashboard (the shell from the worker's cache). A stock
// adjustment made offline waits on the device with its Idempotency-Key and is applied once on
// reconnect; one based on a level someone changed meanwhile comes back 412 and is settled on /sync.

let d: Dashboard;
let context: BrowserContext;

beforeAll(async () => {
  d = await startDashboard();
  context = d.page.context();
}, 180_000);

afterAll(async () => {
  await d?.stop();
});

describe('the dashboard offline', () => {
  it('is installable: the manifest names the app, its start URL and icons, all served', async () => {
    const html = await (await fetch(`${d.url}/`)).text();
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    const response = await fetch(`${d.url}/manifest.webmanifest`);
    expect(response.headers.get('content-type')).toBe('application/manifest+json');
    const manifest = (await response.json()) as {
      name: string;
      start_url: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Nexova', start_url: '/', display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) {
      const image = await fetch(`${d.url}${icon.src}`);
      expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);
    }
    const worker = await fetch(`${d.url}/sw.js`);
    expect([worker.status, worker.headers.get('cache-control')]).toEqual([200, 'no-cache']);
  });

  it('opens without a network once visited: the service worker serves the shell', async () => {
    await d.signIn();
    // The worker installs (precaching the shell), activates and claims this page.
    // (An awaited expression: the page's CSP refuses the eval that waitForFunction would use.)
    await d.page.evaluate(`new Promise((resolve) => {
      if (navigator.serviceWorker.controller) resolve(true);
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true));
    })`);
    await context.setOffline(true);
    try {
      expect(await d.page.evaluate('navigator.onLine')).toBe(false);
      await d.page.reload();
      // The session lives in memory only: offline, a reload lands on sign-in — served from the cache.
      await d.page.waitForURL(/\/sign-in$/);
      await d.page.getByRole('heading', { level: 1 }).waitFor();
      await d.page.goto(`${d.url}/orders`);
      await d.page.getByRole('heading', { level: 1 }).waitFor();
      expect(await d.axeViolations()).toEqual([]);
      await d.shot('offline-sign-in-es');
    } finally {
      await context.setOffline(false);
    }
  }, 120_000);

  it('a stock adjustment made offline is sent on reconnect; one that meets a newer level is a conflict settled on /sync', async () => {
    const { page } = d;
    await d.signIn();
    await page.getByRole('combobox', { name: /Idioma|Language/ }).selectOption('en');
    // The API as another member's device would call it (the demo admin's token, the demo workspace).
    const login = (await (
      await fetch(`${d.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: d.email, password: d.password }),
      })
    ).json()) as { access_token: string };
    const workspaces = (await (
      await fetch(`${d.url}/api/v1/workspaces`, { headers: { authorization: `Bearer ${login.access_token}` } })
    ).json()) as { items: { id: string }[] };
    const headers = {
      authorization: `Bearer ${login.access_token}`,
      'x-workspace-id': workspaces.items[0]?.id as string,
      'content-type': 'application/json',
    };
    type Level = { variant_id: string; sku: string; on_hand: number; version: number };
    const levels = (await (await fetch(`${d.url}/api/v1/stock?limit=1`, { headers })).json()) as { items: Level[] };
    const { variant_id, sku, on_hand: start } = levels.items[0] as Level;
    const onHand = async () =>
      ((await (await fetch(`${d.url}/api/v1/stock/${variant_id}`, { headers })).json()) as Level).on_hand;

    await page.getByRole('navigation').getByRole('link', { name: 'Catalog' }).click();
    await page.getByRole('link', { name: 'Stock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stock' }).waitFor();
    const adjustForm = async (delta: string, reason: string) => {
      await page.getByLabel('Change (+ adds, − removes)').fill(delta);
      await page.getByLabel('Reason').fill(reason);
      await page.getByRole('button', { name: 'Save adjustment' }).click();
    };
    await page.getByRole('button', { name: `Adjust ${sku}` }).click();

    // 1. Offline: kept on the device; back online: sent once.
    await context.setOffline(true);
    await adjustForm('-1', 'Counted offline');
    await page.getByText('Saved on this device. It will be sent when the connection returns.').waitFor();
    await page.getByText('1 change waiting').waitFor();
    await page.getByText('Offline', { exact: true }).waitFor();
    expect(await d.axeViolations()).toEqual([]);
    await d.shot('offline-waiting-en');
    expect(await onHand()).toBe(start);
    await context.setOffline(false);
    await page.getByText('1 change waiting').waitFor({ state: 'detached' });
    expect(await onHand()).toBe(start - 1);

    // 2. Offline again, while someone else receives a delivery of the same item: a conflict.
    await page
      .getByText(`${start - 1}`, { exact: true })
      .first()
      .waitFor();
    await context.setOffline(true);
    await adjustForm('-2', 'Broken on the shelf');
    await page.getByText('1 change waiting').waitFor();
    const delivery = await fetch(`${d.url}/api/v1/stock/adjust`, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ variant_id, delta: 5, reason: 'Delivery' }),
    });
    expect(delivery.status).toBe(200);
    await context.setOffline(false);
    await page.getByRole('link', { name: '1 conflict' }).click();
    await page.getByRole('heading', { level: 1, name: 'Changes made offline' }).waitFor();
    await page.getByText(`Adjust stock of ${sku} by -2`).waitFor();
    const theirs = page.getByRole('heading', { name: 'Theirs (now on the server)' }).locator('..');
    // The fields carry their names in the page's language (raw names only for fields it does not know).
    expect(await theirs.innerText()).toContain(`On hand\n${start + 4}`);
    const mine = page.getByRole('heading', { name: 'Mine (made offline)' }).locator('..');
    expect(await mine.innerText()).toContain('Change\n-2');
    expect(await mine.innerText()).toContain('Reason\nBroken on the shelf');
    expect(await d.axeViolations()).toEqual([]);
    for (const [code, title, onHandLabel] of [
      ['es', 'Cambios hechos sin conexión', 'En existencia'],
      ['pt-BR', 'Alterações feitas sem conexão', 'Em estoque'],
      ['en', 'Changes made offline', 'On hand'],
    ] as const) {
      await page.getByRole('combobox', { name: /Idioma|Language/ }).selectOption(code);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await page.locator('dl.fields').first().innerText()).toContain(`${onHandLabel}\n${start + 4}`);
      await d.shot(`sync-conflict-${code}`);
    }
    await page.getByRole('button', { name: 'Apply mine' }).click();
    await page.getByText('Nothing is waiting: every change reached the server.').waitFor();
    expect(await onHand()).toBe(start + 5 - 1 - 2);
    expect(await d.axeViolations()).toEqual([]);
  }, 150_000);
});
