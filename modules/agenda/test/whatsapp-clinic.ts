import type { TestApp } from '@nexova/app';
import { conversationSettings, conversationsModule, sendDueMessages } from '@nexova/conversations';
import { createEmbeddedTransport } from '@nexova/events';
import { appFiles } from '@nexova/files';
import { systemContext } from '@nexova/kernel';
import type { FakeMeta } from '@nexova/testing';
import { expect } from 'vitest';
import { bookable, type Clinic, clinicWorkspace, created, hold, tomorrow } from './fixtures';

// Fixtures for patient notices over WhatsApp: a clinic (in Spanish) with a Meta channel on the fake
// Graph API, patients who wrote to it, and conversations' consumers and sender run by hand.

export type WhatsAppClinic = { c: Clinic; path: string; seq: number };

export async function whatsappClinic(app: TestApp, meta: FakeMeta): Promise<WhatsAppClinic> {
  const c = await clinicWorkspace(app);
  const res = await c.call('PATCH', `/workspaces/${c.ws.workspaceId}`, { settings: { locale: 'es' } });
  expect(res.statusCode, res.body).toBe(200);
  const channel = await created<{ webhook_path: string }>(c, '/channels', {
    kind: 'meta',
    name: 'WhatsApp',
    settings: { phone_number_id: meta.phoneNumberId },
    credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
  });
  return { c, path: channel.webhook_path, seq: 0 };
}

export const drainConversations = (app: TestApp) =>
  createEmbeddedTransport({ database: app.database, consumers: conversationsModule.consumers ?? [] }).drain();

/** A patient with a phone and `email` who wrote to the channel, booked tomorrow at `hhmm` (São Paulo). */
export async function bookedContact(app: TestApp, meta: FakeMeta, w: WhatsAppClinic, hhmm: string, email: string) {
  const phone = `5511988${String(Date.now() % 100_000).padStart(5, '0')}${++w.seq}`.slice(0, 13);
  await created(w.c, '/patients', { person: { name: 'Ana Souza', phone: `+${phone}`, email } });
  expect((await meta.deliver(meta.inbound({ from: phone, name: 'Ana' }), app, w.path)).statusCode).toBe(200);
  await drainConversations(app);
  const patients = await w.c.call('GET', '/patients?limit=100');
  const patient = (patients.json().items as { id: string; person: { phone: string | null } }[]).find(
    (p) => p.person.phone === `+${phone}`,
  );
  const b = await bookable(w.c);
  const held = await hold(w.c, b, `${tomorrow()}T${hhmm}:00-03:00`, { patient_id: patient?.id });
  expect(held.statusCode, held.body).toBe(201);
  const booked = await w.c.call('POST', `/agenda/appointments/${held.json().id}/book`);
  expect(booked.statusCode, booked.body).toBe(200);
  return { phone, appointmentId: held.json().id as string };
}

/** What happens after commit: the outbound queue, then one run of the sender. */
export async function sendWhatsApp(app: TestApp) {
  await drainConversations(app);
  await sendDueMessages({
    ctx: { ...systemContext(null, 'test'), db: app.database.db },
    input: { settings: conversationSettings(app.config), sign: (key) => appFiles(app.config).signer.sign(key) },
  });
}

/** The templates the fake Meta received for `phone`, and their body parameters. */
export const templatesTo = (meta: FakeMeta, phone: string) =>
  meta
    .sentMessages()
    .filter((m) => m.body.to === phone && m.body.type === 'template')
    .map((m) => {
      const t = m.body.template as { name: string; language: { code: string }; components: unknown[] };
      const body = t.components[0] as { parameters: { text: string }[] } | undefined;
      return { name: t.name, language: t.language.code, parameters: body?.parameters.map((p) => p.text) ?? [] };
    });
