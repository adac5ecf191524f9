import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, resizeTo, startDashboard } from './harness';

// The dashboard in a real browser: `nexova start` on the embedded defaults serves apps/dashboard/dist
// at `/`; headless Chromium signs in as the demo admin the start printed, sees Home with the demo
// workspace's figures, switches language (es, pt-BR, en) and narrows to 320 px. axe-core checks the
// sign-in page and Home against WCAG 2.2 AA. Screenshots go to test-results/dashboard (git-ignored).

let d: Dashboard;
let url: string;
let email: string;
let password: string;
let page: Dashboard['page'];

beforeAll(async () => {
  d = await startDashboard();
  ({ url, email, password, page } = d);
}, 180_000);

afterAll(async () => {
  await d?.stop();
});

const axeViolations = () => d.axeViolations();
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
    await d.shot('sign-in-es');

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
      await d.shot(`home-${code}`);
    }
    // The choice is remembered: a new visit signs in to the language picked last.
    expect(await page.evaluate("localStorage.getItem('nexova.language')")).toBe('en');
  }, 90_000);

  it('fits 320 px without sideways scrolling of the page, navigation behind the menu button', async () => {
    await resizeTo(page, 320, 800);
    await heading().waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await page.getByRole('button', { name: 'Open or close the navigation' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Orders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    await d.shot('orders-320-en');
    expect(await axeViolations()).toEqual([]);
  }, 60_000);
});
