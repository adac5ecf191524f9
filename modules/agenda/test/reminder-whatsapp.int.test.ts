import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { createFakeMeta, type FakeMeta } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendReminder } from '../src/index';
import { mailCountTo } from './reminder-mail';
import { bookedContact, sendWhatsApp, templatesTo, type WhatsAppClinic, whatsappClinic } from './whatsapp-clinic';

// An appointment reminder over WhatsApp (the fake Meta Graph API): a patient who wrote to the
// clinic's channel gets the reminder as one template (es: the workspace's language) with the
// patient's name, the service, the local time and the professional, instead of the e-mail; the
// timer firing again sends nothing more. Switched off in notifications' settings, nothing goes.

let app: TestApp;
let meta: FakeMeta;
let w: WhatsAppClinic;

beforeAll(async () => {
  meta = await createFakeMeta();
  app = await createTestApp({ ...meta.env, NEXOVA_SECRET_KEY: 'agenda-test-secret-key-0123456789abcdef' });
  w = await whatsappClinic(app, meta);
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await meta?.close();
});

const ctx = () => ({ ...systemContext(w.c.ws.workspaceId), db: app.database.db });
const remind = (appointmentId: string) =>
  sendReminder({ ctx: ctx(), input: { appointmentId }, settings: app.runtimes.reminders });
const reminderRow = (id: string) =>
  withTransaction(ctx(), (t) =>
    queryRows<{ outcome: string; channel: string }>(
      t.tx,
      sql`select outcome, channel from agenda.appointment_reminders where appointment_id = ${id}`,
    ),
  );

describe('appointment reminders over WhatsApp', () => {
  it('one template with name, service, local time and professional; instead of the e-mail; once', async () => {
    const email = `pac-${Date.now()}@example.com`;
    const { phone, appointmentId } = await bookedContact(app, meta, w, '10:30', email);
    expect(await remind(appointmentId)).toBe('sent');
    expect(await remind(appointmentId)).toBe('already_done');
    await sendWhatsApp(app);
    await sendWhatsApp(app);
    expect(templatesTo(meta, phone)).toEqual([
      {
        name: 'nexova_appointment_reminder',
        language: 'es',
        parameters: ['Ana Souza', 'Consulta', expect.stringMatching(/10:30/), expect.stringMatching(/^Dra\. /)],
      },
    ]);
    expect(await reminderRow(appointmentId)).toEqual([{ outcome: 'sent', channel: 'whatsapp' }]);
    expect(await mailCountTo(app.config.NEXOVA_DATA_DIR, email)).toBe(0);
  });

  it('switched off in the notification settings: nothing on either channel', async () => {
    const off = await w.c.call('PUT', '/notifications/settings', {
      customer_kinds: { appointment_reminder: { whatsapp: false, email: false } },
    });
    expect(off.statusCode, off.body).toBe(200);
    const { phone, appointmentId } = await bookedContact(app, meta, w, '11:30', `pac2-${Date.now()}@example.com`);
    expect(await remind(appointmentId)).toBe('skipped_no_email');
    await sendWhatsApp(app);
    expect(templatesTo(meta, phone)).toEqual([]);
  });
});
