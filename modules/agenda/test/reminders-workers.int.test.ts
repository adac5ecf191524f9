import { createTestApp, type TestApp } from '@nexova/app';
import { waitForMailTo } from '@nexova/identity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookable, type Clinic, clinicWorkspace, created, hold, tomorrow } from './fixtures';
import { icsOfMailTo, reminderLinks } from './reminder-mail';

// The whole path with the app's own workers (outbox relay, timers, consumers): with a lead time
// longer than the wait until the appointment (AGENDA_REMINDER_MINUTES_BEFORE = 14 days), its
// reminder moment has passed at booking, so the reminder goes out at once — in Spanish here.

let app: TestApp;
let c: Clinic;
beforeAll(async () => {
  app = await createTestApp({ AGENDA_REMINDER_MINUTES_BEFORE: '20160' }, { workers: true });
  c = await clinicWorkspace(app, 'America/Argentina/Buenos_Aires');
  const res = await c.call('PATCH', `/workspaces/${c.ws.workspaceId}`, { settings: { locale: 'es' } });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(async () => {
  await app?.dispose();
});

describe('appointment reminders through the workers', () => {
  it('a booking whose reminder moment has passed is reminded at once', async () => {
    const email = `paciente-${Date.now()}@example.com`;
    const b = await bookable(c, { minutes: 30 });
    const patient = await created(c, '/patients', { person: { name: 'Lucía Pérez', email } });
    const held = await hold(c, b, `${tomorrow()}T10:30:00-03:00`, { patient_id: patient.id });
    expect(held.statusCode, held.body).toBe(201);
    const book = await c.call('POST', `/agenda/appointments/${held.json().id}/book`);
    expect(book.statusCode, book.body).toBe(200);

    // The booking's own confirmation mail may come before or after the reminder: wait for the reminder.
    const mail = await waitForMailTo(app.config.NEXOVA_DATA_DIR, email, 30_000, /appointment-reminder\?token=/);
    expect(mail).toContain('Hola Lucía Pérez');
    expect(mail).toMatch(/Te recordamos tu cita: Consulta con Dra\. \w+ el .*10:30/);
    expect(reminderLinks(mail).confirm).toMatch(/&lang=es$/);
    const ics = await icsOfMailTo(app.config.NEXOVA_DATA_DIR, email);
    expect(ics).toContain(`UID:${held.json().id}\r\n`);
    expect(ics).toContain(`DTSTART:${tomorrow().replace(/-/g, '')}T133000Z\r\n`);
  });
});
