import { randomUUID } from 'node:crypto';
import { apiClient, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { expect } from 'vitest';

// A clinic to feed the read models through the API: a workspace with the clinic module on, a patient,
// and a professional + room open all week with a 30-minute service. (Agenda's own fixtures live in
// its test folder, which a module may not reach into; this is the little this suite needs.)

export type Clinic = Awaited<ReturnType<typeof clinicWorkspace>>;

export async function clinicWorkspace(app: TestApp) {
  const ws = await signUpAndCreateWorkspace(app);
  const call = apiClient(app, ws.headers);
  const res = await call('PATCH', `/workspaces/${ws.workspaceId}`, {
    settings: { modules: ['clinic'], timezone: 'America/Sao_Paulo' },
  });
  expect(res.statusCode, res.body).toBe(200);
  return { ws, call };
}

async function created(c: Clinic, url: string, body: unknown): Promise<{ id: string }> {
  const res = await c.call('POST', url, body);
  expect(res.statusCode, `${url}: ${res.body}`).toBe(201);
  return res.json() as { id: string };
}

export const patient = async (c: Clinic) =>
  (await created(c, '/patients', { person: { name: `Paciente ${randomUUID().slice(0, 6)}` } })).id;

export async function bookable(c: Clinic) {
  const professional = await created(c, '/agenda/professionals', { name: 'Dra. Records' });
  const room = await created(c, '/agenda/resources', { name: 'Sala R' });
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
  const service = await created(c, '/agenda/services', {
    name: 'Consulta',
    duration_minutes: 30,
    professional_ids: [professional.id],
    resource_ids: [room.id],
  });
  return { professionalId: professional.id, roomId: room.id, serviceId: service.id };
}

/** Two days ahead (always in the future), as a local date in São Paulo. */
export const tomorrow = () => new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10);

export const hold = (c: Clinic, b: Awaited<ReturnType<typeof bookable>>, startsAt: string, extra = {}) =>
  c.call('POST', '/agenda/appointments', {
    service_id: b.serviceId,
    professional_id: b.professionalId,
    resource_id: b.roomId,
    starts_at: startsAt,
    ...extra,
  });
