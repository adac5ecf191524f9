import { createClient, type NexovaClient } from '@nexova/client';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookFirstFreeSlot, toDayWithFreeSlots } from './agenda-steps';
import { type Dashboard, startDashboard } from './harness';

// The counter and the front desk without a connection, in Chromium against `nexova start`: a payment
// registered on an order and a patient's check-in made offline both wait on the device with their
// Idempotency-Keys; on reconnect each reaches the server exactly once — one payment on the order, the
// appointment checked in, one entry in today's reception queue. (The stock adjustment and the
// conflict view are offline.browser.test.ts.)

let d: Dashboard;
let context: BrowserContext;
let api: NexovaClient;

beforeAll(async () => {
  d = await startDashboard();
  context = d.page.context();
  const client = createClient({ baseUrl: d.url });
  await client.signIn({ email: d.email, password: d.password });
  const workspace = (await client.workspaces.list({ query: { limit: 10 } })).items[0]!;
  api = client.withWorkspace(workspace.id);
  await d.signIn();
  await d.page.getByRole('combobox', { name: /Idioma|Language/ }).selectOption('en');
}, 180_000);

afterAll(async () => {
  await context?.setOffline(false);
  await d?.stop();
});

const h1 = (name: string | RegExp) => d.page.getByRole('heading', { level: 1, name }).waitFor();
const nav = (name: string) =>
  d.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();

describe('payments and check-ins made offline', () => {
  it('queues a counter payment and a check-in offline and replays each exactly once on reconnect', async () => {
    const { page } = d;
    // An order waiting for its payment, as a storefront would send it.
    const stock = await api.stock.list({ query: { limit: 50 } });
    const level = stock.items.find((item) => item.available >= 2)!;
    const created = await api.orders.create({
      body: {
        lines: [{ variant_id: level.variant_id, quantity: 1 }],
        delivery: { method: 'delivery', recipient: 'Ana Souza', address: 'Rua das Flores 12', city: 'Recife' },
      },
    });
    await api.orders.submit({ path: { order_id: created.id }, body: { expected_version: created.version } });

    // Online: the order page is read once (its data stays in the page's cache)…
    await nav('Orders');
    await h1('Orders');
    await page.getByRole('link', { name: `#${created.number}` }).click();
    await h1(`Order #${created.number}`);
    await page.locator('[data-checkout-state=payment_pending]').waitFor();

    // …and the patient is booked on the next day with a free slot.
    await nav('Agenda');
    await h1('Agenda');
    await toDayWithFreeSlots(page);
    const { appointmentId, booked } = await bookFirstFreeSlot(page, 'Carla', /Carla Mendes/);
    expect(appointmentId).toBeTruthy();

    await context.setOffline(true);
    // The patient arrives: checked in on this device.
    await booked.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Check in' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved on this device. It will be sent when the connection returns.' })
      .waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('1 change waiting').waitFor();

    // A customer pays the order at the counter: the page as it was read online.
    await nav('Orders');
    await h1('Orders');
    await page.getByRole('link', { name: `#${created.number}` }).click();
    await h1(`Order #${created.number}`);
    await page.getByLabel('Method').selectOption('cash');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved on this device. It will be sent when the connection returns.' })
      .waitFor();
    await page.getByText('2 changes waiting').waitFor();
    await page.getByText('Offline', { exact: true }).waitFor();
    await page.mouse.move(0, 0);
    expect(await d.axeViolations()).toEqual([]);
    await d.shot('offline-payment-checkin-en');

    // Nothing reached the server yet.
    expect((await api.orders.payments.list({ path: { order_id: created.id } })).items).toEqual([]);
    expect((await api.agenda.appointments.get({ path: { appointment_id: appointmentId } })).status).toBe('booked');

    await context.setOffline(false);
    await page.getByText(/changes? waiting/).waitFor({ state: 'detached' });

    // Each write applied once: one payment of the whole total, the appointment checked in, and one
    // entry for it in today's queue.
    const payments = (await api.orders.payments.list({ path: { order_id: created.id } })).items;
    expect(payments.map((p) => [p.amount, p.method])).toEqual([[created.total, 'cash']]);
    const appointment = await api.agenda.appointments.get({ path: { appointment_id: appointmentId } });
    expect(appointment.status).toBe('checked_in');
    const queue = (
      await api.agenda.queue.list({
        query: { professional_id: appointment.professional_id, include_closed: 'true', limit: 200 },
      })
    ).items;
    expect(queue.filter((entry) => entry.appointment_id === appointmentId)).toHaveLength(1);
  }, 180_000);
});
