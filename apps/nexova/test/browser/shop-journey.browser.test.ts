import { createClient, type NexovaClient } from '@nexova/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, resizeTo, startDashboard } from './harness';

// A shop owner's day in Chromium against `nexova start` (embedded defaults, demo workspace): the owner
// imports a small CSV of products (one bad row, whose error the report shows), finds them in the
// catalog (list and grid) and opens one in the product form, adjusts a stock level; an order arrives
// through the HTTP API as a storefront would send it (created and submitted with the demo admin's
// token); the owner finds it in the list, registers its payment with a receipt (the preview shows), and
// ships it once the checkout saga confirms it. axe finds nothing on each screen; the list and detail
// screens are shot in es, pt-BR and en; the orders list is checked at 320 px and at 200 % zoom.

let d: Dashboard;
let api: NexovaClient;
let order: { id: string; number: number };

// A 2×2 PNG (the API decides the type by the content).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

const CSV = [
  'name,sku,price_minor,stock,options',
  'Caneca Nexova,MUG-E2E-W,3990,10,colour=white',
  'Caneca Nexova,MUG-E2E-B,3990,3,colour=black',
  'Camiseta E2E,TEE-E2E-M,dezenove,5,size=M',
].join('\n');

const h1 = (name: string | RegExp) => d.page.getByRole('heading', { level: 1, name });

async function language(code: 'es' | 'pt-BR' | 'en') {
  await d.page.getByRole('combobox', { name: /Idioma|Language/ }).selectOption(code);
  // A function, not a string: the dashboard's CSP forbids eval.
  await d.page.waitForFunction(
    (lang) =>
      (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang ===
      lang,
    code,
  );
}

/** Shoots the current screen in es, pt-BR and en (headings checked), ending in en. */
async function shootAll(screen: string, titles: Record<'es' | 'pt-BR' | 'en', string | RegExp>) {
  for (const code of ['es', 'pt-BR', 'en'] as const) {
    await language(code);
    await h1(titles[code]).waitFor();
    await d.shot(`${screen}-${code}`);
  }
}

beforeAll(async () => {
  d = await startDashboard();
  const client = createClient({ baseUrl: d.url });
  await client.signIn({ email: d.email, password: d.password });
  const workspace = (await client.workspaces.list({ query: { limit: 10 } })).items[0]!;
  api = client.withWorkspace(workspace.id);
  await d.signIn();
  await language('en');
}, 180_000);

afterAll(async () => {
  await d?.stop();
});

describe("a shop owner's day in the dashboard", () => {
  it('imports a CSV of products: live progress, then the report naming the bad row', async () => {
    await d.page.getByRole('navigation').getByRole('link', { name: 'Catalog' }).click();
    await h1('Catalog').waitFor();
    await d.page.getByRole('link', { name: 'Import CSV/XLSX' }).click();
    await h1('Import products').waitFor();
    expect(await d.axeViolations()).toEqual([]);
    await d.page
      .getByLabel('File (CSV or XLSX)')
      .setInputFiles({ name: 'products.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await d.page.getByRole('button', { name: 'Import', exact: true }).click();
    await d.page.locator('[data-import=completed]').waitFor();
    const report = d.page.locator('[data-import=completed]');
    await report.getByText('1 products and 2 variants created · 1 rows rejected').waitFor();
    const rejected = report.getByRole('table').getByRole('row').nth(1).getByRole('cell');
    expect(await rejected.allInnerTexts()).toEqual(['4', 'price_minor', expect.stringMatching(/whole number/)]);
    expect(await d.axeViolations()).toEqual([]);
    await d.shot('catalog-import-en');
  }, 60_000);

  it('finds the imported product in the catalog (list and grid) and opens it in the product form', async () => {
    await d.page.getByRole('link', { name: 'Catalog', exact: true }).first().click();
    await h1('Catalog').waitFor();
    await d.page.getByLabel('Search products').fill('Caneca Nexova');
    await d.page.getByRole('button', { name: 'Search products' }).click();
    await d.page.waitForURL(/q=Caneca/);
    await d.page.getByRole('link', { name: 'Caneca Nexova' }).waitFor();
    expect(await d.axeViolations()).toEqual([]);
    await shootAll('catalog', { es: 'Catálogo', 'pt-BR': 'Catálogo', en: 'Catalog' });
    await d.page.getByText('Grid', { exact: true }).click();
    await d.page.waitForURL(/view=grid/);
    await d.page.getByRole('listitem').getByRole('link', { name: 'Caneca Nexova' }).waitFor();
    expect(await d.axeViolations()).toEqual([]);
    await d.shot('catalog-grid-en');

    await d.page.getByRole('link', { name: 'Caneca Nexova' }).click();
    await h1('Edit Caneca Nexova').waitFor();
    expect(await d.page.getByLabel('SKU').nth(1).inputValue()).toBe('MUG-E2E-B');
    expect(await d.axeViolations()).toEqual([]);
    await shootAll('product-form', {
      es: 'Editar Caneca Nexova',
      'pt-BR': 'Editar Caneca Nexova',
      en: 'Edit Caneca Nexova',
    });
  }, 60_000);

  it('adjusts a stock level with a reason; the movement is listed', async () => {
    await d.page.getByRole('link', { name: 'Catalog', exact: true }).first().click();
    await d.page.getByRole('link', { name: 'Stock' }).click();
    await h1('Stock').waitFor();
    // The new variants are the last rows: reach them with the keyboard (the list pages in as it scrolls).
    const region = d.page.getByRole('region', { name: 'Stock levels (scrollable)' });
    const adjust = d.page.getByRole('button', { name: 'Adjust MUG-E2E-B' });
    await region.focus();
    await expect
      .poll(async () => {
        await d.page.keyboard.press('End');
        return adjust.count();
      })
      .toBe(1);
    await adjust.click();
    await d.page.getByLabel('Change (+ adds, − removes)').fill('7');
    await d.page.getByLabel('Reason').fill('Recount');
    await d.page.getByRole('button', { name: 'Save adjustment' }).click();
    await d.page.getByRole('status').filter({ hasText: 'Stock of MUG-E2E-B is now 10.' }).waitFor();
    await d.page.getByRole('cell', { name: 'Recount' }).waitFor();
    expect(await d.axeViolations()).toEqual([]);
    await shootAll('stock', { es: 'Stock', 'pt-BR': 'Estoque', en: 'Stock' });
  }, 60_000);

  it('an order arrives through the API and shows in the orders list, found by its number', async () => {
    const mug = (await api.products.list({ query: { q: 'Caneca Nexova' } })).items[0]!;
    const white = mug.variants.find((v) => v.sku === 'MUG-E2E-W')!;
    const created = await api.orders.create({
      body: {
        lines: [{ variant_id: white.id, quantity: 2 }],
        delivery: { method: 'delivery', recipient: 'Ana Souza', address: 'Rua das Flores 12', city: 'Recife' },
      },
    });
    await api.orders.submit({ path: { order_id: created.id }, body: { expected_version: created.version } });
    order = created;

    await d.page.getByRole('navigation').getByRole('link', { name: 'Orders' }).click();
    await h1('Orders').waitFor();
    await d.page.getByRole('link', { name: `#${order.number}` }).waitFor();
    expect(await d.axeViolations()).toEqual([]);
    await shootAll('orders', { es: 'Pedidos', 'pt-BR': 'Pedidos', en: 'Orders' });

    // The filters live in the URL: a status and a number narrow the list to this order.
    await d.page.getByLabel('Status').selectOption('pending');
    await d.page.waitForURL(/status=pending/);
    await d.page.getByLabel('Order number').fill(String(order.number));
    await d.page.getByRole('button', { name: 'Order number' }).click();
    await d.page.waitForURL(new RegExp(`number=${order.number}`));
    await d.page.getByRole('status').filter({ hasText: '1 orders shown' }).waitFor();
    expect(await d.page.locator('tbody tr[data-index]').count()).toBe(1);
  }, 60_000);

  it('registers its payment with a receipt (the preview shows) and ships it once confirmed', async () => {
    await d.page.getByRole('link', { name: `#${order.number}` }).click();
    await h1(`Order #${order.number}`).waitFor();
    // The checkout saga, followed live: it holds the stock and waits for the payment.
    await d.page.locator('[data-checkout-state=payment_pending]').waitFor();
    expect(await d.page.getByRole('button', { name: 'Mark shipped' }).count()).toBe(0);
    expect(await d.axeViolations()).toEqual([]);

    await d.page.getByLabel('Method').selectOption('pix');
    await d.page.getByLabel('Reference').fill('PIX-E2E-42');
    await d.page.getByRole('button', { name: 'Register', exact: true }).click();
    const payment = d.page.locator('[data-payment]');
    await payment.getByText('Reference: PIX-E2E-42').waitFor();

    await payment
      .locator('input[type=file]')
      .setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: PNG });
    await payment.getByRole('button', { name: 'Upload receipt' }).click();
    const preview = payment.getByRole('img', { name: 'Receipt receipt.png' });
    await preview.waitFor();
    // Loaded from its signed URL: the browser decoded the 2×2 image.
    // (The preview's own load event, awaited in the page: the CSP refuses waitForFunction's eval.)
    type Img = {
      complete: boolean;
      naturalWidth: number;
      addEventListener(type: 'load', listener: () => void, options: { once: boolean }): void;
    };
    const width = await preview.evaluate((element) => {
      const img = element as unknown as Img;
      return img.complete && img.naturalWidth > 0
        ? img.naturalWidth
        : new Promise<number>((resolve) =>
            img.addEventListener('load', () => resolve(img.naturalWidth), { once: true }),
          );
    });
    expect(width).toBe(2);

    // Paid off: the saga completes, the order is confirmed and can be shipped.
    await d.page.locator('[data-checkout-state=completed]').waitFor();
    await d.page.locator('[data-status=confirmed]').first().waitFor();
    expect(await d.axeViolations()).toEqual([]);
    await shootAll('order-detail', {
      es: `Pedido #${order.number}`,
      'pt-BR': `Pedido #${order.number}`,
      en: `Order #${order.number}`,
    });

    await d.page.getByRole('button', { name: 'Mark shipped' }).click();
    await d.page.getByRole('status').filter({ hasText: 'Order marked shipped.' }).waitFor();
    await d.page.locator('[data-status=shipped]').first().waitFor();
    expect((await api.orders.get({ path: { order_id: order.id } })).status).toBe('shipped');
    await d.page.getByRole('button', { name: 'Mark delivered' }).waitFor();
  }, 90_000);

  it('fits 320 px and 200 % zoom without the page scrolling sideways', async () => {
    await d.page.getByRole('link', { name: 'All orders' }).click();
    await h1('Orders').waitFor();
    await resizeTo(d.page, 320, 800);
    await d.page.getByRole('link', { name: `#${order.number}` }).waitFor();
    expect(await d.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    expect(await d.axeViolations()).toEqual([]);
    await d.shot('orders-320-en');

    // 200 % zoom of a 1280×900 window: the browser lays the page out in 640×450 CSS px (media queries
    // follow), which is this viewport; only the pixel density differs, and it does not change layout.
    await resizeTo(d.page, 640, 450);
    await d.page.getByRole('link', { name: `#${order.number}` }).waitFor();
    expect(await d.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(640);
    expect(await d.axeViolations()).toEqual([]);
    await d.shot('orders-zoom200-en');
  }, 60_000);
});
