import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, startDashboard } from './harness';

// The dashboard as an installable, offline-capable app in Chromium against `nexova start`: the web
// manifest and icons are served, the service worker precaches the shell and takes control, and with
// the network gone a reload still opens the dashboard (the shell from the worker's cache).

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
});
