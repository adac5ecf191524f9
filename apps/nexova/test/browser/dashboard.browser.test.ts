import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { ensureDashboardBuilt } from '@nexova/dashboard/build';
import { launchChromium } from '@nexova/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Spawned, spawnNexova, waitForLine } from '../process';

// The dashboard in a real browser: `nexova start` on the embedded defaults serves apps/dashboard/dist
// at `/`; headless Chromium signs in as the demo admin the start printed, sees Home with the demo
// workspace's figures, switches language (es, pt-BR, en) and narrows to 320 px. axe-core checks the
// sign-in page and Home against WCAG 2.2 AA. Screenshots go to test-results/dashboard (git-ignored).

const SHOTS = fileURLToPath(new URL('../../../../test-results/dashboard/', import.meta.url));
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server: Spawned;
let url: string;
let browser: Browser;
let page: Page;
let email: string;
let password: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await ensureDashboardBuilt();
  server = spawnNexova(['start', '--port', '0'], {
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    NEXOVA_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexova-dashboard-')),
  });
  const listening = await waitForLine(server, /Nexova listening on/);
  url = (JSON.parse(listening) as { address: string }).address;
  const admin = server.stdout.join('\n').match(/Demo admin created: (\S+) \/ (\S+)/);
  if (!admin) throw new Error(`no demo admin line in:\n${server.stdout.join('\n')}`);
  [, email, password] = admin as unknown as [string, string, string];
  browser = await launchChromium();
  // axe-core/playwright needs a page of an explicit context.
  const context = await browser.newContext({ locale: 'es-AR', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exit;
  }
});

async function axeViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const heading = () => page.getByRole('heading', { level: 1 });

describe('the dashboard at / in Chromium against `nexova start` with the demo workspace', () => {
  it('is served at / beside /docs and the API: index.html revalidated, hashed assets cached for a year', async () => {
    const index = await fetch(`${url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(`${url}${asset}`);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-type')).toContain('javascript');
    // A dashboard path opened directly (a reload, a shared link) gets the app; the API and missing
    // files stay problem+json.
    for (const path of ['/sign-in', '/orders', '/orders/0190f1c2-7d3a-7b41-9e4c-000000000001']) {
      const deep = await fetch(`${url}${path}`);
      expect([deep.status, await deep.text()]).toEqual([200, html]);
    }
    const missing = await fetch(`${url}/assets/nope.js`);
    expect([missing.status, missing.headers.get('content-type')]).toEqual([
      404,
      'application/problem+json; charset=utf-8',
    ]);
    expect((await fetch(`${url}/api/v1/nope`)).status).toBe(404);
    expect((await fetch(`${url}/nope`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${url}/docs/`)).status).toBe(200);
  });

  it('signs in (a wrong password answered in Spanish), shows Home with figures, passes axe, switches language', async () => {
    await page.goto(url);
    await page.waitForURL(/\/sign-in$/);
    expect(await heading().innerText()).toBe('Ingresá a Nexova');
    expect(await axeViolations()).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'sign-in-es.png'), fullPage: true });

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Contraseña').fill('not the password');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('incorrectos');

    await page.getByLabel('Contraseña').fill(password);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.waitForURL(`${url}/`);
    // The demo workspace speaks pt-BR: with no language picked yet, the dashboard follows it.
    await page.getByRole('heading', { level: 1, name: 'Início' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('pt-BR');
    // The demo workspace's figures: the weekday × hour table and the cards' figures.
    await page.getByRole('table').first().waitFor();
    const nav = page.getByRole('navigation');
    for (const section of ['Início', 'Pedidos', 'Catálogo', 'Pessoas', 'Agenda', 'Conversas', 'Configurações'])
      expect(await nav.getByRole('link', { name: section }).count()).toBe(1);
    expect(await page.locator('[data-figure=low-stock]').innerText()).toMatch(/^\d+$/);
    await page.getByRole('heading', { name: 'Vendas dos últimos 7 dias' }).waitFor();
    expect(await axeViolations()).toEqual([]);

    const language = page.getByRole('combobox', { name: /Idioma|Language/ });
    for (const [code, title] of [
      ['es', 'Inicio'],
      ['pt-BR', 'Início'],
      ['en', 'Home'],
    ] as const) {
      await language.selectOption(code);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(code);
      await page.screenshot({ path: join(SHOTS, `home-${code}.png`), fullPage: true });
    }
    // The choice is remembered: a new visit signs in to the language picked last.
    expect(await page.evaluate("localStorage.getItem('nexova.language')")).toBe('en');
  }, 90_000);

  it('fits 320 px without sideways scrolling of the page, navigation behind the menu button', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await heading().waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await page.getByRole('button', { name: 'Open or close the navigation' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Orders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'orders-320-en.png'), fullPage: true });
    expect(await axeViolations()).toEqual([]);
  }, 60_000);
});
