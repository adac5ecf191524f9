import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { conversationsModule } from '@nexova/conversations';
import { queryRows, withTransaction } from '@nexova/db';
import { createEmbeddedTransport, type EventEnvelope } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import { customerNotificationsConsumer, notifyAppointmentBooked } from '@nexova/notifications';
import { createFakeMeta, type FakeMeta } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailCountTo } from './reminder-mail';
import { bookedContact, sendWhatsApp, templatesTo, type WhatsAppClinic, whatsappClinic } from './whatsapp-clinic';

// A booking confirmed over WhatsApp (the fake Meta Graph API): a patient who wrote to the clinic's
// channel gets nexova_appointment_booked (es) with name, service, local time and professional,
// through notifications.customers, instead of the e-mail. When the agent booked it in that
// conversation (its own reply said so) the WhatsApp notice is left out: e-mail only.

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

/** The committed agenda.appointment.booked of an appointment, as if the agent had booked it. */
async function bookedByAgent(appointmentId: string): Promise<EventEnvelope> {
  const [row] = await withTransaction(ctx(), (t) =>
    queryRows<{ payload: unknown }>(
      t.tx,
      sql`select payload from events.outbox where type = 'agenda.appointment.booked' and aggregate_id = ${appointmentId}`,
    ),
  );
  return {
    id: randomUUID(),
    type: 'agenda.appointment.booked',
    version: 1,
    occurred_at: new Date().toISOString(),
    workspace_id: w.c.ws.workspaceId,
    aggregate: { type: 'appointment', id: appointmentId },
    actor: { type: 'agent', id: 'nexova-agent' },
    request_id: null,
    correlation_id: null,
    causation_id: null,
    payload: row?.payload,
  };
}

describe('appointment booked over WhatsApp', () => {
  it('a member books → one confirmation template; booked by the agent → the e-mail only', async () => {
    const email = `pac3-${Date.now()}@example.com`;
    const { phone, appointmentId } = await bookedContact(app, meta, w, '14:30', email);
    const notices = createEmbeddedTransport({
      database: app.database,
      consumers: [customerNotificationsConsumer, ...(conversationsModule.consumers ?? [])],
    });
    await notices.drain();
    await sendWhatsApp(app);
    expect(templatesTo(meta, phone)).toEqual([
      {
        name: 'nexova_appointment_booked',
        language: 'es',
        parameters: ['Ana Souza', 'Consulta', expect.stringMatching(/14:30/), expect.stringMatching(/^Dra\. /)],
      },
    ]);
    expect(await mailCountTo(app.config.NEXOVA_DATA_DIR, email)).toBe(0);

    const byAgent = await bookedByAgent(appointmentId);
    expect(await withTransaction(ctx(), (t) => notifyAppointmentBooked({ ctx: t, input: { event: byAgent } }))).toBe(1);
    await sendWhatsApp(app);
    expect(templatesTo(meta, phone)).toHaveLength(1);
  });
});
