import { createTestApp, type TestApp } from '@nexova/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookable, type Clinic, clinicWorkspace, created, hold, patient, tomorrow } from './fixtures';

// The reception queue through the API: walk-ins and checked-in appointments join a professional's
// queue for the day, with positions and estimated waits; call → start → finish moves an
// appointment with its entry; two receptionists calling "next" at once call different patients.

let app: TestApp;
let c: Clinic;
beforeAll(async () => {
  app = await createTestApp();
  c = await clinicWorkspace(app);
});
afterAll(async () => {
  await app?.dispose();
});

type Entry = {
  id: string;
  status: string;
  position: number | null;
  estimated_wait_minutes: number | null;
  appointment_id: string | null;
  name: string | null;
  allowed_actions: string[];
};
const queueOf = async (professionalId: string) => {
  const res = await c.call('GET', `/agenda/queue?professional_id=${professionalId}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: Entry[]; next_cursor: null }).items;
};
const post = async (url: string, body?: unknown, status = 200) => {
  const res = await c.call('POST', url, body);
  expect(res.statusCode, `${url}: ${res.body}`).toBe(status);
  return res.json() as Entry;
};

describe('reception queue', () => {
  it('orders walk-ins and checked-in appointments, estimates waits, and moves the appointment along', async () => {
    const b = await bookable(c, { minutes: 30 });
    const first = await created<Entry>(c, '/agenda/queue', { name: 'Ana', professional_id: b.professionalId });
    expect(first).toMatchObject({ status: 'waiting', position: 1, estimated_wait_minutes: 0, appointment_id: null });
    // A booked appointment checked in joins the same queue, counting its service's 30 minutes.
    const patientId = await patient(c);
    const held = (await hold(c, b, `${tomorrow()}T10:00:00-03:00`, { patient_id: patientId })).json();
    await c.call('POST', `/agenda/appointments/${held.id}/book`);
    expect((await c.call('POST', `/agenda/appointments/${held.id}/check-in`)).statusCode).toBe(200);
    const second = await created<Entry>(c, '/agenda/queue', {
      patient_id: patientId,
      professional_id: b.professionalId,
      service_id: b.serviceId,
    });
    let q = await queueOf(b.professionalId);
    expect(q.map((e) => [e.position, e.estimated_wait_minutes, e.appointment_id])).toEqual([
      [1, 0, null],
      [2, 15, held.id], // Ana named no service: AGENDA_QUEUE_DEFAULT_MINUTES (15)
      [3, 45, null],
    ]);
    // Calling next calls Ana; the others move up and now wait for her 15 minutes.
    expect(await post('/agenda/queue/call-next', { professional_id: b.professionalId })).toMatchObject({
      id: first.id,
      status: 'called',
    });
    await post(`/agenda/queue/${first.id}/remove`, { outcome: 'no_show' });
    // Calling the appointment's entry by id, then starting and finishing it, moves the appointment.
    const apptEntry = q[1] as Entry;
    await post(`/agenda/queue/${apptEntry.id}/call`);
    expect(await post(`/agenda/queue/${apptEntry.id}/start`)).toMatchObject({ status: 'in_service' });
    expect((await c.call('GET', `/agenda/appointments/${held.id}`)).json().status).toBe('in_service');
    q = await queueOf(b.professionalId);
    expect(q.find((e) => e.id === second.id)).toMatchObject({ position: 1 });
    expect(q.find((e) => e.id === second.id)?.estimated_wait_minutes).toBeGreaterThan(0);
    await post(`/agenda/queue/${apptEntry.id}/finish`);
    expect((await c.call('GET', `/agenda/appointments/${held.id}`)).json().status).toBe('completed');
    // Finished twice: 409 naming what the status allows.
    const again = await c.call('POST', `/agenda/queue/${apptEntry.id}/finish`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'queue_status_conflict', allowed_actions: [] });
    expect((await queueOf(b.professionalId)).map((e) => e.id)).toEqual([second.id]);
  });

  it('an appointment canceled after check-in leaves the queue', async () => {
    const b = await bookable(c, { minutes: 30 });
    const held = (await hold(c, b, `${tomorrow()}T11:00:00-03:00`, { patient_id: await patient(c) })).json();
    await c.call('POST', `/agenda/appointments/${held.id}/book`);
    await c.call('POST', `/agenda/appointments/${held.id}/check-in`);
    expect(await queueOf(b.professionalId)).toHaveLength(1);
    expect((await c.call('POST', `/agenda/appointments/${held.id}/cancel`, { reason: 'se fue' })).statusCode).toBe(200);
    expect(await queueOf(b.professionalId)).toEqual([]);
  });

  it('answers 400 naming the field for bad input and 409 queue_empty when nobody waits', async () => {
    const b = await bookable(c);
    const noOne = await c.call('POST', '/agenda/queue', { professional_id: b.professionalId });
    expect(noOne.statusCode).toBe(400);
    expect(noOne.body).toContain('/patient_id');
    const ghost = await c.call('POST', '/agenda/queue', {
      name: 'X',
      professional_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5eff',
    });
    expect(ghost.statusCode).toBe(400);
    expect(ghost.body).toContain('/professional_id');
    const both = await c.call('GET', `/agenda/queue?professional_id=${b.professionalId}&resource_id=${b.roomId}`);
    expect(both.statusCode).toBe(400);
    expect(both.body).toContain('resource_id');
    const empty = await c.call('POST', '/agenda/queue/call-next', { professional_id: b.professionalId });
    expect(empty.statusCode).toBe(409);
    expect(empty.json()).toMatchObject({ code: 'queue_empty' });
  });

  it('receptionists calling "next" at once call different patients', async () => {
    const b = await bookable(c);
    const n = 12;
    for (let i = 0; i < n; i++) await created(c, '/agenda/queue', { name: `P${i}`, resource_id: b.roomId });
    // Paged by cursor, positions still count the whole queue.
    const page1 = (await c.call('GET', `/agenda/queue?resource_id=${b.roomId}&limit=5`)).json();
    const page2 = (
      await c.call('GET', `/agenda/queue?resource_id=${b.roomId}&limit=5&cursor=${page1.next_cursor}`)
    ).json();
    expect(page2.items.map((e: Entry) => e.position)).toEqual([6, 7, 8, 9, 10]);
    const calls = await Promise.all(
      Array.from({ length: n + 3 }, () => c.call('POST', '/agenda/queue/call-next', { resource_id: b.roomId })),
    );
    const ok = calls.filter((r) => r.statusCode === 200).map((r) => (r.json() as Entry).name);
    expect(new Set(ok).size).toBe(n);
    expect(ok).toHaveLength(n);
    expect(calls.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual([
      'queue_empty',
      'queue_empty',
      'queue_empty',
    ]);
  });
});
