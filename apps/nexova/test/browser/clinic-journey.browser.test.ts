import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDayWithFreeSlots } from './agenda-steps';
import { type Dashboard, resizeTo, startDashboard } from './harness';

// A receptionist's day on the demo clinic in Chromium against `nexova start`: find a patient, book a
// free slot (held, then booked), check the patient in, see them in the live reception queue and call
// them, bill the appointment on an invoice, issue it and register the payment. axe-core (WCAG 2.2 AA)
// on every screen; screenshots of each screen in es, pt-BR and en; one check at 320 px and one at
// 200 % zoom — a 640 px viewport, the layout a 1280 px window gets at 200 % browser zoom.

let d: Dashboard;
let page: Dashboard['page'];

beforeAll(async () => {
  d = await startDashboard();
  ({ page } = d);
  await d.signIn();
}, 180_000);

afterAll(async () => {
  await d?.stop();
});

const LANGS = ['es', 'pt-BR', 'en'] as const;
const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

/** Screenshots of the screen in each language (the h1 names the screen there), ending in English. */
async function shots(screen: string, titles: Record<(typeof LANGS)[number], string | RegExp>) {
  for (const lang of LANGS) {
    await page.getByRole('combobox', { name: /Idioma|Language/ }).selectOption(lang);
    await h1(titles[lang]);
    // What the new language refetched (translated timeline lines…) has arrived.
    await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
    await d.shot(`${screen}-${lang}`);
  }
}

async function noViolations() {
  // The pointer rests away from what it clicked (a hovered link is not what axe should judge).
  await page.mouse.move(0, 0);
  expect(await d.axeViolations()).toEqual([]);
}

describe("a receptionist's day on the demo clinic", () => {
  it('finds a patient by name and by whole phone, and opens their page with the clinical summary', async () => {
    await page.getByRole('combobox', { name: /Idioma|Language/ }).selectOption('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People' }).click();
    await h1('People');
    await page.getByRole('searchbox', { name: 'Search people' }).fill('carla mendez');
    await page.waitForURL(/q=carla/);
    await page.getByRole('status').filter({ hasText: 'people shown' }).waitFor();
    await page.getByRole('link', { name: /Carla Mendes/ }).waitFor();
    await noViolations();
    await shots('people', { es: 'Personas', 'pt-BR': 'Pessoas', en: 'People' });
    // A whole phone number finds the same person (phones are stored sealed: no partial match).
    await page.getByRole('searchbox', { name: 'Search people' }).fill('+55 11 97654-3210');
    await page.getByRole('link', { name: /Carla Mendes/ }).click();
    await h1('Carla Mendes');
    await page.getByText('Penicilina (severe)').waitFor();
    await page.getByText(/CPF 93708058429/).waitFor();
    await noViolations();
    await shots('person', { es: 'Carla Mendes', 'pt-BR': 'Carla Mendes', en: 'Carla Mendes' });
  }, 90_000);

  it('books a free slot for the patient (held, then booked) from the day view', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Agenda' }).click();
    await h1('Agenda');
    await page.getByRole('region', { name: /^Agenda of/ }).waitFor();
    // Today may be over (or a Sunday): the next day with a free slot.
    const free = page.getByRole('button', { name: /^Free slot/ });
    await toDayWithFreeSlots(page);
    await noViolations();
    await shots('agenda-day', { es: 'Agenda', 'pt-BR': 'Agenda', en: 'Agenda' });
    const slot = free.first();
    const label = (await slot.getAttribute('aria-label')) ?? '';
    const time = label.match(/\d\d:\d\d/)?.[0] ?? '';
    await slot.click();
    const dialog = page.getByRole('dialog', { name: `Book ${time}` });
    await dialog.getByText(/held for you until/).waitFor();
    await noViolations();
    await dialog.getByRole('searchbox', { name: 'Find the patient' }).fill('Carla');
    await dialog.getByRole('radio', { name: /Carla Mendes/ }).check();
    await dialog.getByRole('button', { name: 'Book' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Carla Mendes booked for ${time}.` })
      .waitFor();
    await page.getByRole('button', { name: `${time} Carla Mendes, Booked` }).waitFor();
  }, 90_000);

  it('checks the patient in, sees them in the live queue and calls them', async () => {
    const booked = page.getByRole('button', { name: /Carla Mendes, Booked/ }).first();
    await booked.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('link', { name: 'Carla Mendes' }).waitFor();
    await noViolations();
    await dialog.getByRole('button', { name: 'Check in' }).click();
    await page.getByRole('status').filter({ hasText: 'Done: Check in.' }).waitFor();

    await page
      .getByRole('navigation', { name: 'Agenda screens' })
      .getByRole('link', { name: 'Reception queue' })
      .click();
    await h1('Reception queue');
    await page.getByText('Live: updates arrive as they happen.').waitFor();
    const row = page.getByRole('row', { name: /Carla Mendes/ });
    await row.getByRole('cell', { name: 'Waiting' }).waitFor();
    await noViolations();
    await shots('queue', { es: 'Cola de recepción', 'pt-BR': 'Fila da recepção', en: 'Reception queue' });
    await row.getByRole('button', { name: 'Call Carla Mendes' }).click();
    await row.getByRole('cell', { name: 'Called' }).waitFor();
    await row.getByRole('button', { name: 'Start service Carla Mendes' }).waitFor();
  }, 90_000);

  it('bills the appointment on an invoice, issues it and registers the payment', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('searchbox', { name: 'Search people' }).fill('Carla Mendes');
    await page.getByRole('link', { name: /Carla Mendes/ }).click();
    await h1('Carla Mendes');
    await page.getByRole('button', { name: 'New invoice' }).click();
    await h1('Draft invoice');
    // Billing an appointment prices it from its catalog entry, in the workspace's currency (the demo
    // seed prices the shipped procedures in BRL): a line for it appears.
    await page.getByRole('combobox', { name: 'Appointment to bill' }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Bill an appointment' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    // And a free-text line.
    await page.getByRole('textbox', { name: 'Description' }).fill('Consulta');
    await page.getByRole('textbox', { name: 'Unit price' }).fill('250');
    await page.getByRole('button', { name: 'Add line' }).click();
    await page.getByRole('cell', { name: 'Consulta', exact: true }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(2);
    await page.getByRole('button', { name: 'Issue' }).click();
    await h1(/^Invoice \d+$/);
    await noViolations();
    const total = await page.getByTestId('invoice-balance').innerText();
    const amount = total
      .replace(/[^\d,.]/g, '')
      .replace(/\.(?=\d{3})/g, '')
      .replace(',', '.');
    await page.getByRole('textbox', { name: 'Amount' }).fill(amount);
    await page.getByRole('combobox', { name: 'Method' }).selectOption('cash');
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('status').filter({ hasText: 'Payment registered.' }).waitFor();
    await page.getByTestId('invoice-status').filter({ hasText: 'Paid' }).waitFor();
    await noViolations();
    await shots('invoice', { es: /^Factura \d+$/, 'pt-BR': /^Fatura \d+$/, en: /^Invoice \d+$/ });
  }, 90_000);

  it('shows the week view, fits 320 px without sideways page scroll, and holds at 200 % zoom', async () => {
    // The session lives in memory (a reload signs out): the app's own navigation, as a user would.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Agenda' }).click();
    await h1('Agenda');
    await page.getByRole('combobox', { name: 'View' }).selectOption('week');
    await page.waitForURL(/view=week/);
    await page.getByRole('region', { name: /^Agenda of/ }).waitFor();
    await noViolations();
    await shots('agenda-week', { es: 'Agenda', 'pt-BR': 'Agenda', en: 'Agenda' });

    await resizeTo(page, 320, 800);
    await page.getByRole('combobox', { name: 'View' }).selectOption('day');
    await page.getByRole('region', { name: /^Agenda of/ }).waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await noViolations();
    await d.shot('agenda-320-en');

    await resizeTo(page, 640, 900);
    await page
      .getByRole('navigation', { name: 'Agenda screens' })
      .getByRole('link', { name: 'Reception queue' })
      .click();
    await h1('Reception queue');
    await page.getByRole('row', { name: /Carla Mendes/ }).waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(640);
    await noViolations();
    await d.shot('queue-200pct-en');
  }, 90_000);
});
