import { createTestApp, type TestApp } from '@nexova/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookable, type Clinic, clinicWorkspace, created, hold, patient } from './fixtures';

// Recurring appointments from an RRULE in a Santiago clinic: a weekly 09:00 treatment stays at
// 09:00 local across the end of DST on 2027-04-04 (UTC−3 → UTC−4); a conflicting occurrence books
// nothing (all_or_nothing) or only the free ones (available_only); the rest of a series cancels.

let app: TestApp;
let c: Clinic;
beforeAll(async () => {
  app = await createTestApp();
  c = await clinicWorkspace(app, 'America/Santiago');
});
afterAll(async () => {
  await app?.dispose();
});

type Occ = {
  occurrence: number;
  starts_at: string;
  appointment_id: string | null;
  status: string | null;
  problem: { code: string; conflict?: { appointment_id?: string } } | null;
};
type Series = { id: string; timezone: string; occurrences: Occ[] };

const WEEKLY = 'FREQ=WEEKLY;COUNT=4';
const FIRST = '2027-03-22T09:00:00-03:00'; // Monday; DST ends on Sunday 2027-04-04
const UTC = [
  '2027-03-22T12:00:00.000Z',
  '2027-03-29T12:00:00.000Z',
  '2027-04-05T13:00:00.000Z',
  '2027-04-12T13:00:00.000Z',
];

const series = async (b: Awaited<ReturnType<typeof bookable>>, patientId: string, extra: object = {}) =>
  c.call('POST', '/agenda/appointment-series', {
    service_id: b.serviceId,
    professional_id: b.professionalId,
    resource_id: b.roomId,
    patient_id: patientId,
    starts_at: FIRST,
    rrule: WEEKLY,
    ...extra,
  });
const countOf = async (b: Awaited<ReturnType<typeof bookable>>) =>
  (
    (
      await c.call(
        'GET',
        `/agenda/appointments?professional_id=${b.professionalId}&from=2027-03-01T00:00:00Z&to=2027-05-01T00:00:00Z`,
      )
    ).json() as { items: { status: string }[] }
  ).items.filter((a) => a.status !== 'canceled').length;

describe('recurring series', () => {
  it('books every occurrence at the same local time across the DST change', async () => {
    const b = await bookable(c, { minutes: 45 });
    const s = await created<Series>(c, '/agenda/appointment-series', {
      service_id: b.serviceId,
      professional_id: b.professionalId,
      resource_id: b.roomId,
      patient_id: await patient(c),
      starts_at: FIRST,
      rrule: WEEKLY,
    });
    expect(s.timezone).toBe('America/Santiago');
    expect(s.occurrences.map((o) => [o.starts_at, o.status])).toEqual(UTC.map((u) => [u, 'booked']));
    const again = (await c.call('GET', `/agenda/appointment-series/${s.id}`)).json() as Series;
    expect(again.occurrences.map((o) => o.appointment_id)).toEqual(s.occurrences.map((o) => o.appointment_id));
  });

  it('all_or_nothing: one taken occurrence books nothing and 409 names it; available_only books the rest', async () => {
    const b = await bookable(c, { minutes: 45 });
    const blocker = (await hold(c, b, '2027-04-05T09:00:00-04:00')).json() as { id: string };
    const patientId = await patient(c);
    const refused = await series(b, patientId);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'series_conflict',
      occurrences: [
        { occurrence: 2, starts_at: UTC[2], problem: { code: 'slot_taken', conflict: { appointment_id: blocker.id } } },
      ],
    });
    expect(await countOf(b)).toBe(1); // only the blocker
    const partial = await series(b, patientId, { mode: 'available_only' });
    expect(partial.statusCode, partial.body).toBe(201);
    expect((partial.json() as Series).occurrences.map((o) => o.problem?.code ?? o.status)).toEqual([
      'booked',
      'booked',
      'slot_taken',
      'booked',
    ]);
    expect(await countOf(b)).toBe(4);
  });

  it('cancels one occurrence, then the rest of the series from a date', async () => {
    const b = await bookable(c, { minutes: 45 });
    const s = (await series(b, await patient(c))).json() as Series;
    const [first, second] = s.occurrences;
    const one = await c.call('POST', `/agenda/appointments/${second?.appointment_id}/cancel`, { reason: 'viaje' });
    expect(one.statusCode, one.body).toBe(200);
    const rest = await c.call('POST', `/agenda/appointment-series/${s.id}/cancel`, {
      from: '2027-04-01T00:00:00-03:00',
      reason: 'alta',
    });
    expect(rest.statusCode, rest.body).toBe(200);
    expect((rest.json() as Series).occurrences.map((o) => o.status)).toEqual([
      'booked',
      'canceled',
      'canceled',
      'canceled',
    ]);
    expect(first?.status).toBe('booked');
    const third = (await c.call('GET', `/agenda/appointments/${s.occurrences[2]?.appointment_id}`)).json();
    expect(third).toMatchObject({ status: 'canceled', cancel_reason: 'alta' });
  });

  it('answers 400 naming rrule for an endless, oversized or malformed rule', async () => {
    const b = await bookable(c);
    const patientId = await patient(c);
    for (const rrule of ['FREQ=WEEKLY', 'FREQ=DAILY;COUNT=400', 'BYDAY=XX']) {
      const res = await series(b, patientId, { rrule });
      expect(res.statusCode, `${rrule}: ${res.body}`).toBe(400);
      expect(res.body).toContain('/rrule');
    }
  });
});
