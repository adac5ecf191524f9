import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import { createEmbeddedTransport, type EmbeddedTransport, fireDueTimers } from '@nexova/events';
import { waitForMailTo } from '@nexova/identity/testing';
import { systemContext } from '@nexova/kernel';
import { sendDueMails } from '@nexova/notifications';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaModule, sendReminder } from '../src/index';
import { bookable, type Clinic, clinicWorkspace, created, hold, tomorrow } from './fixtures';
import { icsOfMailTo, mailCountTo, pageOf, reminderLinks } from './reminder-mail';

// Reminders, step by step (drain the consumers, fire the due timers as of the reminder's moment),
// so nothing waits on a clock: booking sets a timer AGENDA_REMINDER_MINUTES_BEFORE (default 24 h)
// ahead of the start; when it fires the patient gets one mail in the workspace's language with
// confirm/cancel links to the reminder page and an .ics; a canceled appointment gets none.

let app: TestApp;
let c: Clinic;
let transport: EmbeddedTransport;
beforeAll(async () => {
  app = await createTestApp();
  c = await clinicWorkspace(app);
  const res = await c.call('PATCH', `/workspaces/${c.ws.workspaceId}`, { settings: { locale: 'pt-BR' } });
  expect(res.statusCode, res.body).toBe(200);
  transport = createEmbeddedTransport({
    database: app.database,
    consumers: agendaModule(app.runtimes.reminders).consumers,
  });
});
afterAll(async () => {
  await app?.dispose();
});

const day = tomorrow();
const at = (hhmm: string) => `${day}T${hhmm}:00-03:00`;
const ctx = () => ({ ...systemContext(c.ws.workspaceId), db: app.database.db });
let n = 0;
const newEmail = () => `paciente-${Date.now()}-${++n}@example.com`;

/** A patient (with `email`, or none), booked at `hhmm` tomorrow; the scheduler consumer has run. */
async function booked(hhmm: string, email: string | null) {
  const b = await bookable(c, { minutes: 45 });
  const patient = await created(c, '/patients', { person: { name: 'Ana Souza', ...(email ? { email } : {}) } });
  const held = await hold(c, b, at(hhmm), { patient_id: patient.id });
  expect(held.statusCode, held.body).toBe(201);
  const id = held.json().id as string;
  const book = await c.call('POST', `/agenda/appointments/${id}/book`);
  expect(book.statusCode, book.body).toBe(200);
  await transport.drain();
  return { id, b };
}

const timerOf = async (id: string) =>
  (
    await queryRows<{ fire_at: string }>(
      app.database.db,
      sql`select fire_at from events.timers where key = ${`agenda:reminder:${id}`}`,
    )
  )[0];

/** Runs the notifications mail worker once: the reminders queued so far go out. */
const sendQueuedMails = () =>
  sendDueMails({ ctx: { ...systemContext(null), db: app.database.db }, input: app.runtimes.notifications });

/** Fires the reminder timers due at the appointment's reminder moment, runs their consumer and the mail worker. */
async function fireReminders(hhmm: string) {
  const moment = new Date(new Date(at(hhmm)).getTime() - app.config.AGENDA_REMINDER_MINUTES_BEFORE * 60_000 + 1000);
  await fireDueTimers(app.database.db, 1000, moment);
  await transport.drain();
  await sendQueuedMails();
}

/** The reminder rows of an appointment, read in its workspace (row-level security). */
const remindersOf = (id: string) =>
  withTransaction(ctx(), (t) =>
    queryRows<{ outcome: string; recipient: string | null }>(
      t.tx,
      sql`select outcome, recipient from agenda.appointment_reminders where appointment_id = ${id}`,
    ),
  );

const statusOf = async (id: string) => (await c.call('GET', `/agenda/appointments/${id}`)).json().status as string;

const openPage = (link: string) => app.inject({ method: 'GET', url: pageOf(link).path });
const pressButton = (link: string, token = pageOf(link).token) =>
  app.inject({
    method: 'POST',
    url: `/appointment-reminder?lang=${pageOf(link).lang}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ token }).toString(),
  });

describe('appointment reminders', () => {
  it('sends one mail at starts_at − lead time: service, professional, local time, links and an .ics', async () => {
    const email = newEmail();
    const { id } = await booked('09:00', email);
    const timer = await timerOf(id);
    expect(new Date(timer?.fire_at ?? 0).toISOString()).toBe(
      new Date(new Date(at('09:00')).getTime() - app.config.AGENDA_REMINDER_MINUTES_BEFORE * 60_000).toISOString(),
    );
    await fireReminders('09:00');
    const mail = await waitForMailTo(app.config.NEXOVA_DATA_DIR, email);
    expect(mail).toContain('Olá Ana Souza');
    expect(mail).toMatch(/Lembramos sua consulta: Consulta com Dra\. \w+ em .*09:00/);
    const links = reminderLinks(mail);
    expect(links.confirm).toMatch(/\/appointment-reminder\?token=.+&lang=pt-BR$/);
    expect(links.cancel).not.toBe(links.confirm);
    const ics = await icsOfMailTo(app.config.NEXOVA_DATA_DIR, email);
    expect(ics).toContain('METHOD:REQUEST\r\n');
    expect(ics).toContain(`UID:${id}\r\n`);
    expect(ics).toContain(`DTSTART:${day.replace(/-/g, '')}T120000Z\r\n`);
    expect(ics).toContain(`DTEND:${day.replace(/-/g, '')}T124500Z\r\n`);
    expect(await remindersOf(id)).toEqual([{ outcome: 'sent', recipient: email }]);

    // Sent once: the timer firing again (a retry, a second worker) sends nothing more.
    expect(await sendReminder({ ctx: ctx(), input: { appointmentId: id }, settings: app.runtimes.reminders })).toBe(
      'already_done',
    );
    await fireReminders('09:00');
    expect(await mailCountTo(app.config.NEXOVA_DATA_DIR, email)).toBe(1);
    expect(await remindersOf(id)).toHaveLength(1);

    // The confirm link asks first (GET changes nothing), then the button confirms.
    const page = await openPage(links.confirm);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Confirmar sua consulta de');
    expect(await statusOf(id)).toBe('booked');
    const confirmed = await pressButton(links.confirm);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.body).toContain('está confirmada');
    expect(await statusOf(id)).toBe('confirmed');

    // The cancel link of the same mail cancels it (a confirmed appointment may still be canceled).
    const canceled = await pressButton(links.cancel);
    expect(canceled.statusCode, canceled.body).toBe(200);
    expect(canceled.body).toContain('está cancelada');
    const after = (await c.call('GET', `/agenda/appointments/${id}`)).json();
    expect(after).toMatchObject({ status: 'canceled' });
    expect(after.history.at(-1)).toMatchObject({ action: 'cancel', to_status: 'canceled' });
  });

  it('refuses a forged or an expired link with a page, and changes nothing', async () => {
    const email = newEmail();
    const { id } = await booked('11:00', email);
    await fireReminders('11:00');
    const { confirm } = reminderLinks(await waitForMailTo(app.config.NEXOVA_DATA_DIR, email));
    const token = pageOf(confirm).token;
    const forged = token.replace(/\.confirm\./, '.cancel.');
    const refused = await pressButton(confirm, forged);
    expect(refused.statusCode).toBe(404);
    expect(refused.body).toContain('Este link não é válido');
    expect((await app.inject({ method: 'GET', url: '/appointment-reminder?token=nonsense&lang=en' })).body).toContain(
      'This link is not valid',
    );
    const expired = app.runtimes.reminders.tokens.sign(
      { workspaceId: c.ws.workspaceId, appointmentId: id, action: 'cancel' },
      new Date(Date.now() - 1000),
    );
    const late = await pressButton(confirm, expired);
    expect(late.statusCode).toBe(410);
    expect(late.body).toContain('Este link expirou');
    expect(await statusOf(id)).toBe('booked');
  });

  it('sends nothing for a canceled appointment, and records a patient without e-mail as skipped', async () => {
    const email = newEmail();
    const canceled = await booked('13:00', email);
    const cancel = await c.call('POST', `/agenda/appointments/${canceled.id}/cancel`, { reason: 'patient called' });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const silent = await booked('15:00', null);
    await fireReminders('15:00');
    expect(await mailCountTo(app.config.NEXOVA_DATA_DIR, email)).toBe(0);
    expect(await remindersOf(canceled.id)).toEqual([]);
    expect(await remindersOf(silent.id)).toEqual([{ outcome: 'skipped_no_email', recipient: null }]);
  });

  it('a rescheduled appointment is reminded at its new time, the old one not at all', async () => {
    const email = newEmail();
    const { id } = await booked('16:00', email);
    const moved = await c.call('POST', `/agenda/appointments/${id}/reschedule`, { starts_at: at('17:00') });
    expect(moved.statusCode, moved.body).toBe(201);
    await transport.drain();
    const newId = moved.json().id as string;
    expect(await timerOf(newId)).toBeDefined();
    await fireReminders('17:00');
    const mail = await waitForMailTo(app.config.NEXOVA_DATA_DIR, email);
    expect(mail).toMatch(/em .*17:00/);
    expect(await remindersOf(id)).toEqual([]);
    expect(await remindersOf(newId)).toHaveLength(1);
    expect(await mailCountTo(app.config.NEXOVA_DATA_DIR, email)).toBe(1);
  });

  it('follows the workspace’s own lead time, and sends nothing while its reminders are off', async () => {
    const defaults = await c.call('GET', '/agenda/settings');
    expect(defaults.json()).toMatchObject({
      reminders_enabled: true,
      reminder_minutes_before: app.config.AGENDA_REMINDER_MINUTES_BEFORE,
      reminder_minutes_before_is_default: true,
      version: 0,
    });
    const bad = await c.call('PUT', '/agenda/settings', { reminder_minutes_before: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ pointer: '/reminder_minutes_before' });
    const two = await c.call('PUT', '/agenda/settings', { reminder_minutes_before: 120 });
    expect(two.json()).toMatchObject({ reminder_minutes_before: 120, reminder_minutes_before_is_default: false });

    const email = newEmail();
    const early = await booked('08:00', email);
    expect(new Date((await timerOf(early.id))?.fire_at ?? 0).toISOString()).toBe(
      new Date(new Date(at('08:00')).getTime() - 120 * 60_000).toISOString(),
    );
    // Turned off: a new booking gets no timer; the one already scheduled fires and sends nothing.
    const off = await c.call('PUT', '/agenda/settings', { reminders_enabled: false }, { 'if-match': '"1"' });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ reminders_enabled: false, reminder_minutes_before: 120, version: 2 });
    const stale = await c.call('PUT', '/agenda/settings', { reminders_enabled: true }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    const late = await booked('10:30', newEmail());
    expect(await timerOf(late.id)).toBeUndefined();
    await fireDueTimers(app.database.db, 1000, new Date(new Date(at('08:00')).getTime() - 120 * 60_000 + 1000));
    await transport.drain();
    expect(await remindersOf(early.id)).toEqual([{ outcome: 'skipped_disabled', recipient: email }]);
    expect(await mailCountTo(app.config.NEXOVA_DATA_DIR, email)).toBe(0);

    // Back to the defaults.
    const reset = await c.call('PUT', '/agenda/settings', { reminders_enabled: true, reminder_minutes_before: null });
    expect(reset.json()).toMatchObject({
      reminders_enabled: true,
      reminder_minutes_before: app.config.AGENDA_REMINDER_MINUTES_BEFORE,
      reminder_minutes_before_is_default: true,
    });
  });
});
