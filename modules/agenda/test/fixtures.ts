import { randomUUID } from 'node:crypto';
import { apiClient, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { expect } from 'vitest';

// Agenda test fixtures, all through the API: a clinic workspace in a time zone, a professional and
// a room open every day by weekly rules, and a service that needs both.

export type Clinic = Awaited<ReturnType<typeof clinicWorkspace>>;

/** A new workspace with the clinic module on, in `timezone`, and its API caller. */
export async function clinicWorkspace(app: TestApp, timezone = 'America/Sao_Paulo') {
  const ws = await signUpAndCreateWorkspace(app);
  const call = apiClient(app, ws.headers);
  const res = await call('PATCH', `/workspaces/${ws.workspaceId}`, { settings: { modules: ['clinic'], timezone } });
  expect(res.statusCode, res.body).toBe(200);
  return { ws, call };
}

/** POST and expect 201, returning the body. */
export async function created<T = { id: string }>(c: Clinic, url: string, body: unknown): Promise<T> {
  const res = await c.call('POST', url, body);
  expect(res.statusCode, `${url}: ${res.body}`).toBe(201);
  return res.json() as T;
}

/**
 * A professional and a room open `hours` (local wall times) on every weekday, and a service of
 * `minutes` that needs both.
 */
export async function bookable(c: Clinic, options: { minutes?: number; hours?: [string, string] } = {}) {
  const [start, end] = options.hours ?? ['08:00', '18:00'];
  const professional = await created(c, '/agenda/professionals', { name: `Dra. ${randomUUID().slice(0, 6)}` });
  const room = await created(c, '/agenda/resources', { name: 'Sala 1' });
  for (const [kind, id] of [
    ['professional', professional.id],
    ['resource', room.id],
  ] as const)
    for (let weekday = 1; weekday <= 7; weekday++)
      await created(c, '/agenda/availability-rules', { owner_kind: kind, owner_id: id, weekday, start, end });
  const service = await created(c, '/agenda/services', {
    name: 'Consulta',
    duration_minutes: options.minutes ?? 30,
    professional_ids: [professional.id],
    resource_ids: [room.id],
  });
  return { professionalId: professional.id, roomId: room.id, serviceId: service.id };
}

export type Bookable = Awaited<ReturnType<typeof bookable>>;
export type SlotItem = { starts_at: string; ends_at: string; professional_id: string; resource_id: string | null };

/** GET /agenda/slots over [from, to). */
export async function slots(c: Clinic, b: Bookable, from: string, to: string, extra = '') {
  const res = await c.call(
    'GET',
    `/agenda/slots?service_id=${b.serviceId}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${extra}`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: SlotItem[]; next_cursor: string | null }).items;
}

/** Tomorrow's local date (YYYY-MM-DD) in São Paulo, a day always in the future. */
export const tomorrow = () => new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10);

/** POST /agenda/appointments (a hold) of `b` at `startsAt`. */
export const hold = (c: Clinic, b: Bookable, startsAt: string, extra: Record<string, unknown> = {}) =>
  c.call('POST', '/agenda/appointments', {
    service_id: b.serviceId,
    professional_id: b.professionalId,
    resource_id: b.roomId,
    starts_at: startsAt,
    ...extra,
  });

/** A person of the directory (POST /customers), without a clinical profile. */
export async function aPerson(c: Clinic, name = 'Ana Souza'): Promise<string> {
  return (await created(c, '/customers', { name })).id;
}

/** A patient of the clinic (a new person with a clinical profile); returns its id. */
export async function patient(c: Clinic, name = `Paciente ${randomUUID().slice(0, 6)}`): Promise<string> {
  return (await created(c, '/patients', { person: { name } })).id;
}
