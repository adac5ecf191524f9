import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { createEmbeddedTransport, type EmbeddedTransport, fireDueTimers } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaModule, holdSlot } from '../src/index';
import { bookable, type Clinic, clinicWorkspace, hold, patient, slots, tomorrow } from './fixtures';

// Holds free their slot by durable timer: holding schedules one at expires_at, booking or releasing
// cancels it, and when it fires agenda's consumer expires the hold. Driven step by step (fire the
// due timers, drain the consumer) so nothing waits on a clock. A lapsed hold whose timer has not
// fired yet blocks nobody either.

let app: TestApp;
let c: Clinic;
let patientId: string;
let transport: EmbeddedTransport;
beforeAll(async () => {
  app = await createTestApp();
  c = await clinicWorkspace(app);
  patientId = await patient(c);
  transport = createEmbeddedTransport({
    database: app.database,
    consumers: agendaModule(app.runtimes.reminders).consumers,
  });
});
afterAll(async () => {
  await app?.dispose();
});

const day = tomorrow();
const at = (hhmm: string) => `${day}T${hhmm}:00-03:00`;
const timersOf = (id: string) =>
  queryRows<{ key: string }>(app.database.db, sql`select key from events.timers where key = ${`agenda:hold:${id}`}`);

/** A hold taken a minute ago for 10 s: its TTL has passed and its timer is due. */
async function lapsedHold(b: Awaited<ReturnType<typeof bookable>>, hhmm: string) {
  const ctx = { ...systemContext(c.ws.workspaceId), db: app.database.db };
  return holdSlot({
    ctx,
    input: {
      serviceId: b.serviceId,
      professionalId: b.professionalId,
      resourceId: b.roomId,
      startsAt: new Date(at(hhmm)),
      ttlSeconds: 10,
      now: new Date(Date.now() - 60_000),
    },
  });
}

describe('hold expiry by durable timer', () => {
  it('fires at expires_at, expires the hold and frees its slot; a booked hold has no timer left', async () => {
    const b = await bookable(c, { minutes: 60, hours: ['09:00', '11:00'] });
    const lapsed = await lapsedHold(b, '09:00');
    const live = (await hold(c, b, at('10:00'), { patient_id: patientId })).json();
    expect(await timersOf(lapsed.id)).toHaveLength(1);
    expect(await timersOf(live.id)).toHaveLength(1);
    expect((await c.call('POST', `/agenda/appointments/${live.id}/book`)).statusCode).toBe(200);
    expect(await timersOf(live.id)).toHaveLength(0);

    expect(await fireDueTimers(app.database.db)).toBeGreaterThanOrEqual(1);
    await transport.drain();
    const after = (await c.call('GET', `/agenda/appointments/${lapsed.id}`)).json();
    expect(after).toMatchObject({ status: 'expired', allowed_actions: [] });
    expect(after.history.at(-1)).toMatchObject({ action: 'expire', from_status: 'held', to_status: 'expired' });
    expect((await slots(c, b, at('00:00'), at('23:59'))).map((s) => s.starts_at)).toEqual([
      new Date(at('09:00')).toISOString(),
    ]);
    const events = await queryRows<{ type: string }>(
      app.database.db,
      sql`select type from events.outbox where aggregate_id = ${lapsed.id} order by id`,
    );
    expect(events.map((e) => e.type)).toContain('agenda.appointment.expired');
  });

  it('a lapsed hold blocks nobody before its timer fires: a new hold takes the slot and expires it', async () => {
    const b = await bookable(c, { minutes: 60, hours: ['09:00', '11:00'] });
    const lapsed = await lapsedHold(b, '09:00');
    expect((await slots(c, b, at('00:00'), at('23:59'))).map((s) => s.starts_at)).toHaveLength(2);
    const fresh = await hold(c, b, at('09:00'));
    expect(fresh.statusCode, fresh.body).toBe(201);
    expect((await c.call('GET', `/agenda/appointments/${lapsed.id}`)).json().status).toBe('expired');
    // Booking a lapsed hold is refused (409 hold_expired), even before the timer.
    const again = await lapsedHold(b, '10:00');
    const book = await c.call('POST', `/agenda/appointments/${again.id}/book`, {
      patient_id: patientId,
    });
    expect(book.statusCode).toBe(409);
    expect(book.json().code).toBe('hold_expired');
  });
});
