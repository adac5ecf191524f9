import { createTestApp, type TestApp } from '@nexova/app';
import { conversationSettings, conversationsModule, sendDueMessages } from '@nexova/conversations';
import { queryRows, withTransaction } from '@nexova/db';
import { createEmbeddedTransport, type EventEnvelope } from '@nexova/events';
import { appFiles } from '@nexova/files';
import { systemContext } from '@nexova/kernel';
import { customerNotificationsConsumer, notifyAppointmentBooked } from '@nexova/notifications';
import { createFakeMeta, type FakeMeta } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendReminder } from '../src/index';
import { bookable, type Clinic, clinicWorkspace, created, hold, tomorrow } from './fixtures';
import { mailCountTo } from './reminder-mail';

// An appointment reminder over WhatsApp (the fake Meta Graph API): a patient who wrote to the
// clinic's channel gets the reminder as one template (es: the workspace's language) with the
// patient's name, the service, the local time and the professional, instead of the e-mail; the
// timer firing again sends nothing more. Switched off in notifications' settings, nothing goes. A
// booking is confirmed the same way (nexova_appointment_booked), except when the agent booked it in
// that conversation (its reply said so): then by e-mail only.

let app: TestApp;
let meta: FakeMeta;
let c: Clinic;
let path: string;
let seq = 0;

beforeAll(async () => {
  meta = await createFakeMeta();
  app = await createTestApp({ ...meta.env, NEXOVA_SECRET_KEY: 'agenda-test-secret-key-0123456789abcdef' });
  c = await clinicWorkspace(app);
  expect((await c.call('PATCH', `/workspaces/${c.ws.workspaceId}`, { settings: { locale: 'es' } })).statusCode).toBe(
    200,
  );
  path = (
    await created<{ webhook_path: string }>(c, '/channels', {
      kind: 'meta',
      name: 'WhatsApp',
      settings: { phone_number_id: meta.phoneNumberId },
      credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
    })
  ).webhook_path;
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await meta?.close();
});

const drainConversations = () =>
  createEmbeddedTransport({ database: app.database, consumers: conversationsModule.consumers ?? [] }).drain();
const ctx = () => ({ ...systemContext(c.ws.workspaceId), db: app.database.db });
const remind = (appointmentId: string) =>
  sendReminder({ ctx: ctx(), input: { appointmentId }, settings: app.runtimes.reminders });

/** A patient with a phone who wrote to the channel, booked tomorrow at `hhmm` (São Paulo). */
async function bookedContact(hhmm: string, email: string) {
  const phone = `5511988${String(Date.now() % 100_000).padStart(5, '0')}${++seq}`.slice(0, 13);
  await created(c, '/patients', { person: { name: 'Ana Souza', phone: `+${phone}`, email } });
  expect((await meta.deliver(meta.inbound({ from: phone, name: 'Ana' }), app, path)).statusCode).toBe(200);
  await drainConversations();
  const patients = await c.call('GET', '/patients?limit=100');
  const patient = (patients.json().items as { id: string; person: { phone: string | null } }[]).find(
    (p) => p.person.phone === `+${phone}`,
  );
  const b = await bookable(c);
  const held = await hold(c, b, `${tomorrow()}T${hhmm}:00-03:00`, { patient_id: patient?.id });
  expect(held.statusCode, held.body).toBe(201);
  const booked = await c.call('POST', `/agenda/appointments/${held.json().id}/book`);
  expect(booked.statusCode, booked.body).toBe(200);
  return { phone, appointmentId: held.json().id as string };
}

async function send() {
  await drainConversations();
  await sendDueMessages({
    ctx: { ...systemContext(null, 'test'), db: app.database.db },
    input: { settings: conversationSettings(app.config), sign: (key) => appFiles(app.config).signer.sign(key) },
  });
}

const templatesTo = (phone: string) =>
  meta
    .sentMessages()
    .filter((m) => m.body.to === phone && m.body.type === 'template')
    .map((m) => m.body.template as { name: string; language: { code: string }; components: unknown[] });

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
    const { phone, appointmentId } = await bookedContact('10:30', email);
    expect(await remind(appointmentId)).toBe('sent');
    expect(await remind(appointmentId)).toBe('already_done');
    await send();
    await send();
    const sent = templatesTo(phone);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ name: 'nexova_appointment_reminder', language: { code: 'es' } });
    const body = sent[0]?.components[0] as { parameters: { text: string }[] } | undefined;
    const params = body?.parameters.map((p) => p.text);
    expect(params).toEqual(['Ana Souza', 'Consulta', expect.stringMatching(/10:30/), expect.stringMatching(/^Dra\. /)]);
    expect(await reminderRow(appointmentId)).toEqual([{ outcome: 'sent', channel: 'whatsapp' }]);
    expect(await mailCountTo(app.config.NEXOVA_DATA_DIR, email)).toBe(0);
  });

  it('switched off in the notification settings: nothing on either channel', async () => {
    const off = await c.call('PUT', '/notifications/settings', {
      customer_kinds: { appointment_reminder: { whatsapp: false, email: false } },
    });
    expect(off.statusCode, off.body).toBe(200);
    const { phone, appointmentId } = await bookedContact('11:30', `pac2-${Date.now()}@example.com`);
    expect(await remind(appointmentId)).toBe('skipped_no_email');
    await send();
    expect(templatesTo(phone)).toEqual([]);
  });
});

describe('appointment booked over WhatsApp', () => {
  it('a member books → one confirmation template; booked by the agent → the e-mail only', async () => {
    const email = `pac3-${Date.now()}@example.com`;
    const { phone, appointmentId } = await bookedContact('14:30', email);
    const notices = createEmbeddedTransport({
      database: app.database,
      consumers: [customerNotificationsConsumer, ...(conversationsModule.consumers ?? [])],
    });
    await notices.drain();
    await send();
    const sent = templatesTo(phone);
    expect(sent.map((t) => [t.name, t.language.code])).toEqual([['nexova_appointment_booked', 'es']]);
    const body = sent[0]?.components[0] as { parameters: { text: string }[] } | undefined;
    expect(body?.parameters.map((p) => p.text)).toEqual([
      'Ana Souza',
      'Consulta',
      expect.stringMatching(/14:30/),
      expect.stringMatching(/^Dra\. /),
    ]);
    expect(await mailCountTo(app.config.NEXOVA_DATA_DIR, email)).toBe(0);

    // The same booking as the agent's: the WhatsApp notice is left out, the e-mail is queued.
    const [row] = await withTransaction(ctx(), (t) =>
      queryRows<{ payload: unknown }>(
        t.tx,
        sql`select payload from events.outbox where type = 'agenda.appointment.booked' and aggregate_id = ${appointmentId}`,
      ),
    );
    const byAgent = {
      id: crypto.randomUUID(),
      type: 'agenda.appointment.booked',
      version: 1,
      occurred_at: new Date().toISOString(),
      workspace_id: c.ws.workspaceId,
      aggregate: { type: 'appointment', id: appointmentId },
      actor: { type: 'agent', id: 'nexova-agent' },
      request_id: null,
      correlation_id: null,
      causation_id: null,
      payload: row?.payload,
    } as EventEnvelope;
    expect(await withTransaction(ctx(), (t) => notifyAppointmentBooked({ ctx: t, input: { event: byAgent } }))).toBe(1);
    await send();
    expect(templatesTo(phone)).toHaveLength(1);
  });
});
