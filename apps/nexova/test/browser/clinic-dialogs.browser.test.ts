import { createClient, type NexovaClient } from '@nexova/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookFirstFreeSlot, toDayWithFreeSlots } from './agenda-steps';
import { type Dashboard, startDashboard } from './harness';

// The front desk's two dialogs that need a second party, in Chromium against `nexova start`: merging
// a duplicate person from the survivor's page (the duplicate is gone from the list, its phone is now
// the survivor's), and moving an appointment onto a time someone else took meanwhile — the 409 opens
// "the nearest free times" and picking one moves it there. axe-core (WCAG 2.2 AA) on each dialog.

let d: Dashboard;
let page: Dashboard['page'];
let api: NexovaClient;

beforeAll(async () => {
  d = await startDashboard();
  ({ page } = d);
  const client = createClient({ baseUrl: d.url });
  await client.signIn({ email: d.email, password: d.password });
  const workspace = (await client.workspaces.list({ query: { limit: 10 } })).items[0]!;
  api = client.withWorkspace(workspace.id);
  await d.signIn();
  await page.getByRole('combobox', { name: /Idioma|Language/ }).selectOption('en');
}, 180_000);

afterAll(async () => {
  await d?.stop();
});

const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const nav = (name: string) =>
  page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();

async function noViolations() {
  await page.mouse.move(0, 0);
  expect(await d.axeViolations()).toEqual([]);
}

describe('the merge and "nearest free times" dialogs', () => {
  it('merges a duplicate from the person page: the duplicate leaves the list, its phone is on the survivor', async () => {
    const survivor = await api.customers.create({ body: { name: 'Iolanda Brasil', email: 'iolanda@example.com' } });
    const duplicate = await api.customers.create({ body: { name: 'Iolanda B. Brasil', phone: '+55 21 98765-4321' } });

    await nav('People');
    await h1('People');
    await page.getByRole('searchbox', { name: 'Search people' }).fill('Iolanda');
    await page.waitForURL(/q=Iolanda/);
    await expect.poll(() => page.getByRole('link', { name: /Iolanda/ }).count()).toBe(2);
    await page.locator(`a[href$="/people/${survivor.id}"]`).click();
    await h1('Iolanda Brasil');
    await page.getByRole('button', { name: 'Merge a duplicate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge a duplicate into Iolanda Brasil' });
    await dialog.getByRole('searchbox', { name: 'Find the duplicate' }).fill('Iolanda');
    // Only the other record is offered (never the survivor itself).
    const candidate = dialog.getByRole('radio', { name: /^Iolanda B\. Brasil — / });
    await candidate.waitFor();
    expect(await candidate.count()).toBe(1);
    await candidate.check();
    await noViolations();
    await d.shot('person-merge-en');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByText(/will be folded into Iolanda Brasil/).waitFor();
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Iolanda B. Brasil was merged into Iolanda Brasil.' }).waitFor();
    await dialog.waitFor({ state: 'detached' });
    // The survivor's page now shows the duplicate's phone.
    await page.getByText(/98765-4321|987654321/).waitFor();

    const after = await api.customers.get({ path: { customer_id: duplicate.id } });
    expect([after.status, after.merged_into]).toEqual(['merged', survivor.id]);
    expect((await api.customers.get({ path: { customer_id: survivor.id } })).phone).toMatch(/98765-?4321|987654321/);
    // The list shows one Iolanda: the survivor.
    await nav('People');
    await h1('People');
    await page.getByRole('searchbox', { name: 'Search people' }).fill('Iolanda');
    await page.getByRole('status').filter({ hasText: 'people shown' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /Iolanda/ }).count()).toBe(1);
    expect(await page.locator(`a[href$="/people/${survivor.id}"]`).count()).toBe(1);
  }, 120_000);

  it('moving onto a time just taken opens the nearest free times; picking one moves the appointment', async () => {
    await nav('Agenda');
    await h1('Agenda');
    // The next day with at least three free slots (one to book, one to lose, one to land on).
    await toDayWithFreeSlots(page, 3);
    const { time, appointmentId, booked } = await bookFirstFreeSlot(page, 'Carla', /Carla Mendes/);
    const appointment = await api.agenda.appointments.get({ path: { appointment_id: appointmentId } });

    await booked.click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`^Appointment ${time}`) });
    const moveTo = dialog.getByRole('combobox', { name: 'Move to…' });
    const wanted = await moveTo.inputValue();
    const wantedTime = (await moveTo.locator('option:checked').innerText()).trim();
    // Someone at another desk holds that time first (in the room the agenda offered with it).
    const free = await api.agenda.slots.find({
      query: {
        service_id: appointment.service_id,
        professional_id: appointment.professional_id,
        from: wanted,
        to: new Date(Date.parse(wanted) + 86_400_000).toISOString(),
      },
    });
    const lost = free.items.find((s) => Date.parse(s.starts_at) === Date.parse(wanted))!;
    await api.agenda.appointments.holdSlot({
      body: {
        service_id: appointment.service_id,
        professional_id: lost.professional_id,
        resource_id: lost.resource_id ?? undefined,
        starts_at: lost.starts_at,
      },
    });
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();

    const taken = page.getByRole('dialog', { name: 'That time was just taken by someone else.' });
    await taken.getByText('These are the nearest free times:').waitFor();
    const times = taken.getByRole('button', { name: /^\d\d:\d\d$/ });
    await times.first().waitFor();
    // The time just lost is never offered again.
    expect(await taken.getByRole('button', { name: wantedTime, exact: true }).count()).toBe(0);
    await noViolations();
    await d.shot('agenda-taken-en');
    const picked = (await times.first().innerText()).trim();
    await times.first().click();
    await page
      .getByRole('status')
      .filter({ hasText: `Moved to ${picked}.` })
      .waitFor();
    await page.getByRole('button', { name: `${picked} Carla Mendes, Booked` }).waitFor();

    // On the server: the appointment moved once, to the picked time (not the one taken).
    const before = await api.agenda.appointments.get({ path: { appointment_id: appointmentId } });
    const now = before.rescheduled_to_id
      ? await api.agenda.appointments.get({ path: { appointment_id: before.rescheduled_to_id } })
      : before;
    expect(now.status).toBe('booked');
    expect(now.starts_at).not.toBe(wanted);
    expect(now.patient_id).toBe(appointment.patient_id);
    await noViolations();
  }, 120_000);
});
