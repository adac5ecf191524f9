import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookable, type Clinic, clinicWorkspace, created, hold, patient, slots, tomorrow } from './fixtures';

// The agenda through the API in a São Paulo clinic (UTC−3 all year since 2019): slots honour rules,
// exceptions, appointments and holds; the lifecycle moves only along its table; illegal moves and
// taken slots answer 409 problems that say why.

let app: TestApp;
let c: Clinic;
let patientId: string;
beforeAll(async () => {
  app = await createTestApp();
  c = await clinicWorkspace(app);
  patientId = await patient(c);
});
afterAll(async () => {
  await app?.dispose();
});

const day = tomorrow();
const at = (hhmm: string) => `${day}T${hhmm}:00-03:00`;
const iso = (hhmm: string) => new Date(at(hhmm)).toISOString();

describe('slots', () => {
  it('follow the weekly rules in the workspace time zone and skip appointments and holds', async () => {
    const b = await bookable(c, { minutes: 60, hours: ['09:00', '12:00'] });
    expect((await slots(c, b, at('00:00'), at('23:59'))).map((s) => s.starts_at)).toEqual([
      iso('09:00'),
      iso('10:00'),
      iso('11:00'),
    ]);
    const held = await hold(c, b, at('10:00'));
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json()).toMatchObject({
      status: 'held',
      resource_id: b.roomId,
      allowed_actions: ['book', 'reschedule', 'release'],
    });
    const free = await slots(c, b, at('00:00'), at('23:59'));
    expect(free.map((s) => s.starts_at)).toEqual([iso('09:00'), iso('11:00')]);
    expect(free[0]).toMatchObject({ professional_id: b.professionalId, resource_id: b.roomId, ends_at: iso('10:00') });
    // Releasing the hold frees the slot again.
    expect((await c.call('POST', `/agenda/appointments/${held.json().id}/release`)).statusCode).toBe(200);
    expect(await slots(c, b, at('00:00'), at('23:59'))).toHaveLength(3);
  });

  it('honour exceptions: an absence closes time, extra hours open it, a workspace holiday closes all', async () => {
    const b = await bookable(c, { minutes: 60, hours: ['09:00', '12:00'] });
    await created(c, '/agenda/availability-exceptions', {
      owner_kind: 'professional',
      owner_id: b.professionalId,
      kind: 'closed',
      starts_at: at('09:00'),
      ends_at: at('10:00'),
      reason: 'dentista',
    });
    await created(c, '/agenda/availability-exceptions', {
      owner_kind: 'professional',
      owner_id: b.professionalId,
      kind: 'open',
      starts_at: at('14:00'),
      ends_at: at('15:00'),
    });
    // The room is closed at 14:00 (its rules end at 12:00): extra hours of the professional alone give nothing.
    expect((await slots(c, b, at('00:00'), at('23:59'))).map((s) => s.starts_at)).toEqual([iso('10:00'), iso('11:00')]);
    await created(c, '/agenda/availability-exceptions', {
      owner_kind: 'resource',
      owner_id: b.roomId,
      kind: 'open',
      starts_at: at('14:00'),
      ends_at: at('15:00'),
    });
    expect((await slots(c, b, at('00:00'), at('23:59'))).map((s) => s.starts_at)).toEqual([
      iso('10:00'),
      iso('11:00'),
      iso('14:00'),
    ]);
    const holiday = await created(c, '/agenda/availability-exceptions', {
      kind: 'closed',
      starts_at: at('00:00'),
      ends_at: `${day}T23:59:00-03:00`,
      reason: 'feriado',
    });
    expect(await slots(c, b, at('00:00'), at('23:59'))).toEqual([]);
    expect((await c.call('DELETE', `/agenda/availability-exceptions/${holiday.id}`)).statusCode).toBe(204);
    expect(await slots(c, b, at('00:00'), at('23:59'))).toHaveLength(3);
  });

  it('refuse a range wider than AGENDA_SLOT_RANGE_MAX_DAYS, naming `to`', async () => {
    const b = await bookable(c);
    const res = await c.call(
      'GET',
      `/agenda/slots?service_id=${b.serviceId}&from=2027-01-01T00:00:00Z&to=2027-03-01T00:00:00Z`,
    );
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('/to');
  });

  it('page with next_cursor and never offer a slot twice', async () => {
    const b = await bookable(c, { minutes: 30, hours: ['08:00', '12:00'] });
    const first = await c.call(
      'GET',
      `/agenda/slots?service_id=${b.serviceId}&from=${encodeURIComponent(at('00:00'))}&to=${encodeURIComponent(at('23:59'))}&limit=5`,
    );
    const page1 = first.json() as { items: { starts_at: string }[]; next_cursor: string };
    expect(page1.items).toHaveLength(5);
    const second = await c.call(
      'GET',
      `/agenda/slots?service_id=${b.serviceId}&from=${encodeURIComponent(at('00:00'))}&to=${encodeURIComponent(at('23:59'))}&limit=5&cursor=${page1.next_cursor}`,
    );
    const page2 = second.json() as { items: { starts_at: string }[]; next_cursor: string | null };
    expect(page2.items.map((s) => s.starts_at)).toEqual([iso('10:30'), iso('11:00'), iso('11:30')]);
    expect(page2.next_cursor).toBeNull();
  });
});

describe('holding a slot', () => {
  it('answers 409 slot_taken naming the appointment that holds an overlapping time', async () => {
    const b = await bookable(c, { minutes: 60 });
    const first = await hold(c, b, at('09:00'));
    expect(first.statusCode).toBe(201);
    const overlap = await hold(c, b, at('09:30'), { ttl_seconds: 60 });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json()).toMatchObject({
      code: 'slot_taken',
      conflict: { appointment_id: first.json().id, starts_at: iso('09:00'), ends_at: iso('10:00') },
    });
    const es = await c.call(
      'POST',
      '/agenda/appointments',
      { service_id: b.serviceId, professional_id: b.professionalId, resource_id: b.roomId, starts_at: at('09:30') },
      { 'accept-language': 'es' },
    );
    expect(es.json().title).toBe('El horario ya está ocupado');
  });

  it('refuses a slot outside opening hours (409 slot_unavailable) and a room the service does not use (400)', async () => {
    const b = await bookable(c, { minutes: 60, hours: ['09:00', '12:00'] });
    const late = await hold(c, b, at('11:30'));
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('slot_unavailable');
    const other = await created(c, '/agenda/resources', { name: 'Sala 2' });
    const wrongRoom = await hold(c, b, at('09:00'), { resource_id: other.id });
    expect(wrongRoom.statusCode).toBe(400);
    expect(JSON.stringify(wrongRoom.json())).toContain('/resource_id');
  });

  it('only in workspaces with the clinic module: 403 module_not_enabled otherwise', async () => {
    const shop = await clinicWorkspace(app);
    await shop.call('PATCH', `/workspaces/${shop.ws.workspaceId}`, { settings: { modules: ['shop'] } });
    const res = await shop.call('GET', '/agenda/professionals');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('module_not_enabled');
  });
});

describe('the appointment lifecycle', () => {
  it('held → booked → confirmed → checked_in → in_service → completed, with history and events', async () => {
    const b = await bookable(c);
    const id = (await hold(c, b, at('13:00'))).json().id as string;
    const noPatient = await c.call('POST', `/agenda/appointments/${id}/book`);
    expect(noPatient.statusCode).toBe(400);
    const booked = await c.call('POST', `/agenda/appointments/${id}/book`, { patient_id: patientId });
    expect(booked.json()).toMatchObject({ status: 'booked', patient_id: patientId, expires_at: null });
    for (const [path, status] of [
      ['confirm', 'confirmed'],
      ['check-in', 'checked_in'],
      ['start', 'in_service'],
      ['complete', 'completed'],
    ] as const) {
      const res = await c.call('POST', `/agenda/appointments/${id}/${path}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe(status);
    }
    const detail = (await c.call('GET', `/agenda/appointments/${id}`)).json();
    expect(detail.history.map((h: { to_status: string }) => h.to_status)).toEqual([
      'held',
      'booked',
      'confirmed',
      'checked_in',
      'in_service',
      'completed',
    ]);
    const types = await queryRows<{ type: string }>(
      app.database.db,
      sql`select type from events.outbox where aggregate_id = ${id} order by id`,
    );
    expect(types.map((t) => t.type)).toEqual([
      'agenda.appointment.held',
      'agenda.appointment.booked',
      'agenda.appointment.confirmed',
      'agenda.appointment.checked_in',
      'agenda.appointment.started',
      'agenda.appointment.completed',
    ]);
  });

  it('an illegal move answers 409 listing the allowed actions; If-Match guards the version', async () => {
    const b = await bookable(c);
    const id = (await hold(c, b, at('14:00'))).json().id as string;
    const res = await c.call('POST', `/agenda/appointments/${id}/complete`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'appointment_status_conflict',
      current_status: 'held',
      allowed_actions: ['book', 'reschedule', 'release'],
    });
    const stale = await c.call('POST', `/agenda/appointments/${id}/release`, undefined, { 'if-match': '"9"' });
    expect(stale.statusCode).toBe(412);
  });

  it('cancel keeps the reason and who; no_show; the freed time is offered again', async () => {
    const b = await bookable(c, { minutes: 60, hours: ['09:00', '11:00'] });
    const first = (await hold(c, b, at('09:00'), { patient_id: patientId })).json().id;
    const second = (await hold(c, b, at('10:00'), { patient_id: patientId })).json().id;
    for (const id of [first, second]) await c.call('POST', `/agenda/appointments/${id}/book`);
    expect(await slots(c, b, at('00:00'), at('23:59'))).toEqual([]);
    const canceled = await c.call('POST', `/agenda/appointments/${first}/cancel`, { reason: 'paciente viajou' });
    expect(canceled.json()).toMatchObject({
      status: 'canceled',
      cancel_reason: 'paciente viajou',
      canceled_by: `user:${c.ws.userId}`,
    });
    expect((await c.call('POST', `/agenda/appointments/${second}/no-show`)).json().status).toBe('no_show');
    expect((await slots(c, b, at('00:00'), at('23:59'))).map((s) => s.starts_at)).toEqual([iso('09:00')]);
  });

  it('reschedule keeps the old appointment (rescheduled, linked) and books the new time', async () => {
    const b = await bookable(c, { minutes: 60 });
    const id = (await hold(c, b, at('15:00'), { patient_id: patientId })).json().id;
    await c.call('POST', `/agenda/appointments/${id}/book`);
    // Overlapping its own old time is fine: the old one stops occupying it first.
    const moved = await c.call('POST', `/agenda/appointments/${id}/reschedule`, {
      starts_at: at('15:30'),
      reason: 'atraso',
    });
    expect(moved.statusCode, moved.body).toBe(201);
    expect(moved.json()).toMatchObject({ status: 'booked', starts_at: iso('15:30'), rescheduled_from_id: id });
    const old = (await c.call('GET', `/agenda/appointments/${id}`)).json();
    expect(old).toMatchObject({ status: 'rescheduled', rescheduled_to_id: moved.json().id });
    const list = await c.call('GET', `/agenda/appointments?professional_id=${b.professionalId}`);
    expect(list.json().items.map((a: { status: string }) => a.status)).toEqual(['rescheduled', 'booked']);
  });
});

describe('setup', () => {
  it('a service naming an unknown professional answers 400 naming it', async () => {
    const res = await c.call('POST', '/agenda/services', {
      name: 'X',
      duration_minutes: 30,
      professional_ids: ['0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f'],
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('/professional_ids');
  });

  it('a deactivated professional leaves slot search; a stale If-Match answers 412', async () => {
    const b = await bookable(c, { minutes: 60, hours: ['09:00', '10:00'] });
    expect(await slots(c, b, at('00:00'), at('23:59'))).toHaveLength(1);
    const stale = await c.call(
      'PATCH',
      `/agenda/professionals/${b.professionalId}`,
      { active: false },
      { 'if-match': '"7"' },
    );
    expect(stale.statusCode).toBe(412);
    const off = await c.call(
      'PATCH',
      `/agenda/professionals/${b.professionalId}`,
      { active: false },
      { 'if-match': '"1"' },
    );
    expect(off.json()).toMatchObject({ active: false, version: 2 });
    expect(await slots(c, b, at('00:00'), at('23:59'))).toEqual([]);
    const longer = await c.call('PATCH', `/agenda/services/${b.serviceId}`, { duration_minutes: 90 });
    expect(longer.json().duration_minutes).toBe(90);
  });

  it('a rule that closes before it opens answers 400', async () => {
    const p = await created(c, '/agenda/professionals', { name: 'Dr. Luis' });
    const res = await c.call('POST', '/agenda/availability-rules', {
      owner_kind: 'professional',
      owner_id: p.id,
      weekday: 1,
      start: '12:00',
      end: '08:00',
    });
    expect(res.statusCode).toBe(400);
  });
});
