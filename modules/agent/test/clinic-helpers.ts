import { randomUUID } from 'node:crypto';
import type { TestApp } from '@nexova/app';
import { conversationSettings, sendDueMessages } from '@nexova/conversations';
import { systemContext } from '@nexova/kernel';
import { expect } from 'vitest';
import { expectStatus, messagesOf, type Shop, settle, shop } from './helpers';

// Clinic fixtures for the agent's booking tests, all through the API: a workspace with the clinic
// module (and the shop), a professional and a room open every day, services that need both, and a
// simulator channel a test customer writes to.

export type Clinic = Shop & { channelId: string };

export async function created<T = { id: string }>(s: Shop, url: string, body: unknown): Promise<T> {
  const res = await s.call('POST', url, body);
  expectStatus(res, 201);
  return res.json() as T;
}

/** A workspace with `modules` in São Paulo (pt-BR unless told), with a simulator channel. */
export async function clinic(
  app: TestApp,
  modules: ('shop' | 'clinic')[] = ['shop', 'clinic'],
  locale = 'es',
): Promise<Clinic> {
  const s = await shop(app);
  const res = await s.call('PATCH', `/workspaces/${s.ws.workspaceId}`, {
    settings: { modules, timezone: 'America/Sao_Paulo', locale },
  });
  expectStatus(res, 200);
  const channel = await created(s, '/channels', { kind: 'simulator', name: 'Simulator' });
  return { ...s, channelId: channel.id };
}

/** A professional and a room open 08:00–18:00 every day, and services of 30 minutes that need both. */
export async function agenda(c: Clinic, services = ['Consulta']) {
  const professional = await created(c, '/agenda/professionals', { name: `Dra. ${randomUUID().slice(0, 4)}` });
  const room = await created(c, '/agenda/resources', { name: 'Sala 1' });
  for (const [kind, id] of [
    ['professional', professional.id],
    ['resource', room.id],
  ] as const)
    for (let weekday = 1; weekday <= 7; weekday++)
      await created(c, '/agenda/availability-rules', {
        owner_kind: kind,
        owner_id: id,
        weekday,
        start: '08:00',
        end: '18:00',
      });
  const ids: string[] = [];
  for (const name of services)
    ids.push(
      (
        await created(c, '/agenda/services', {
          name,
          duration_minutes: 30,
          professional_ids: [professional.id],
          resource_ids: [room.id],
        })
      ).id,
    );
  return { professionalId: professional.id, roomId: room.id, serviceIds: ids };
}

/** The simulated customer `phone` writes `text` (with a client id to redeliver it); every consumer runs. */
export async function say(app: TestApp, c: Clinic, phone: string, text: string, clientId?: string) {
  const res = await c.call('POST', `/channels/${c.channelId}/simulator/messages`, {
    phone,
    text,
    ...(clientId ? { client_message_id: clientId } : {}),
  });
  expectStatus(res, 202);
  await settle(app);
  await sendDueMessages({
    ctx: { ...systemContext(null, 'test'), db: app.database.db },
    input: { settings: conversationSettings(app.config) },
  });
  return res.json() as { conversation_id: string | null };
}

export async function conversationOf(c: Clinic, phone: string): Promise<{ id: string; person_id: string }> {
  const res = await c.call('GET', '/conversations');
  const found = (res.json().items as { id: string; person_id: string; contact_address: string }[]).find(
    (x) => x.contact_address === phone,
  );
  expect(found).toBeDefined();
  return found as { id: string; person_id: string };
}

export const repliesOf = async (c: Clinic, conversationId: string) =>
  (await messagesOf(c, conversationId)).filter((m) => m.direction === 'outbound').map((m) => m.text ?? '');

export type Appt = { id: string; status: string; starts_at: string; patient_id: string | null; service_id: string };

/** The workspace's appointments (GET /agenda/appointments), soonest first. */
export async function appointmentsOf(c: Clinic): Promise<Appt[]> {
  const res = await c.call('GET', '/agenda/appointments?limit=100');
  expectStatus(res, 200);
  return res.json().items as Appt[];
}

/** How the agent writes an instant to the customer (workspace time zone, reply locale). */
export const local = (iso: string, locale: string, timeZone = 'America/Sao_Paulo') =>
  new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
