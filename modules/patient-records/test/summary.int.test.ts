import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { invoiceIssued, invoicePaymentRegistered, invoicePaymentReversed, invoiceVoided } from '@nexova/billing';
import { withTransaction } from '@nexova/db';
import { type EventDefinition, publish } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookable, type Clinic, clinicWorkspace, hold, patient, tomorrow } from './clinic';

// The patient summary is built from events: agenda's through its HTTP routes, billing's published
// with the events package's real publish() inside a transaction (billing's routes that emit them are
// another helper's branch, not merged yet). The workers run here, so the consumers do.

let app: TestApp;
let c: Clinic;
beforeAll(async () => {
  app = await createTestApp({}, { workers: true });
  c = await clinicWorkspace(app);
}, 120_000);
afterAll(() => app?.dispose());

const day = tomorrow();
const at = (hhmm: string) => `${day}T${hhmm}:00-03:00`;
const iso = (hhmm: string) => new Date(at(hhmm)).toISOString();

type Summary = {
  invoices_count: number;
  payments_count: number;
  balances: { currency: string; total_invoiced: number; total_paid: number; balance: number }[];
  next_appointment: { id: string; starts_at: string } | null;
  last_visit: { id: string; starts_at: string } | null;
};
const summary = async (cl: Clinic, id: string) => {
  const res = await cl.call('GET', `/patients/${id}/summary`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Summary;
};

/** Re-reads until `done` holds (events reach the read model through the workers); bounded. */
async function eventually(read: () => Promise<Summary>, done: (s: Summary) => boolean, what: string) {
  const until = Date.now() + 30_000;
  let last = await read();
  while (!done(last) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  if (!done(last)) throw new Error(`${what} (last: ${JSON.stringify(last)})`);
  return last;
}

async function emit(workspaceId: string, def: EventDefinition, aggregateId: string, payload: unknown) {
  const ctx = { ...systemContext(workspaceId), db: app.database.db };
  await withTransaction(ctx, (t) => publish(t, def, { aggregateId, payload } as never));
}

const person = randomUUID();
const invoice = (patientId: string, id: string, total: number, currency = 'BRL') => ({
  invoice_id: id,
  number: 1,
  patient_id: patientId,
  person_id: person,
  currency,
  total_minor: total,
  subtotal_minor: total,
  discount_minor: 0,
  tax_minor: 0,
  items: [],
  issued_at: new Date().toISOString(),
  due_at: null,
});
const payment = (patientId: string, invoiceId: string, id: string, amount: number) => ({
  payment_id: id,
  invoice_id: invoiceId,
  number: 1,
  patient_id: patientId,
  person_id: person,
  currency: 'BRL',
  amount_minor: amount,
  method: 'cash',
  reference: null,
  paid_minor: amount,
  balance_minor: 0,
  status: 'partially_paid',
  registered_at: new Date().toISOString(),
});

describe('patient summary', () => {
  it('next appointment follows book, reschedule and cancel; last visit is the last completed', async () => {
    const b = await bookable(c);
    const p = await patient(c);
    const first = (await hold(c, b, at('09:00'), { patient_id: p })).json().id;
    await c.call('POST', `/agenda/appointments/${first}/book`);
    await eventually(
      () => summary(c, p),
      (s) => s.next_appointment?.id === first,
      'booked never showed',
    );
    const moved = await c.call('POST', `/agenda/appointments/${first}/reschedule`, { starts_at: at('11:00') });
    expect(moved.statusCode, moved.body).toBe(201);
    const movedId = moved.json().id;
    const s1 = await eventually(
      () => summary(c, p),
      (s) => s.next_appointment?.id === movedId,
      'reschedule',
    );
    expect(s1.next_appointment).toEqual({ id: movedId, starts_at: iso('11:00') });
    const later = (await hold(c, b, at('14:00'), { patient_id: p })).json().id;
    await c.call('POST', `/agenda/appointments/${later}/book`);
    expect((await c.call('POST', `/agenda/appointments/${movedId}/cancel`, { reason: 'x' })).statusCode).toBe(200);
    await eventually(
      () => summary(c, p),
      (s) => s.next_appointment?.id === later,
      'cancel never moved next',
    );
    for (const step of ['check-in', 'start', 'complete'])
      expect((await c.call('POST', `/agenda/appointments/${later}/${step}`)).statusCode).toBe(200);
    // Both facts settle (a read between the in_service and completed copies may show one of them).
    const done = await eventually(
      () => summary(c, p),
      (s) => s.last_visit?.id === later && s.next_appointment === null,
      'completion',
    );
    expect(done.last_visit).toEqual({ id: later, starts_at: iso('14:00') });
  });

  it('invoices and payments add up per currency; the same facts twice change nothing; a void stops counting', async () => {
    const p = await patient(c);
    const ws = c.ws.workspaceId;
    const [i1, i2, i3, pay] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    for (let twice = 0; twice < 2; twice++) {
      await emit(ws, invoiceIssued, i1, invoice(p, i1, 30000));
      await emit(ws, invoiceIssued, i2, invoice(p, i2, 5000));
      await emit(ws, invoiceIssued, i3, invoice(p, i3, 700, 'USD'));
      await emit(ws, invoicePaymentRegistered, i1, payment(p, i1, pay, 10000));
    }
    const { number, patient_id, person_id, currency, total_minor } = invoice(p, i2, 5000);
    await emit(ws, invoiceVoided, i2, {
      invoice_id: i2,
      number,
      patient_id,
      person_id,
      currency,
      total_minor,
      reason: 'erro',
      voided_by: null,
      voided_at: new Date().toISOString(),
    });
    const s = await eventually(
      () => summary(c, p),
      (v) => v.payments_count === 1 && v.invoices_count === 2 && v.balances.length === 2,
      'billing facts never added up',
    );
    expect(s.balances).toEqual([
      { currency: 'BRL', total_invoiced: 30000, total_paid: 10000, balance: 20000 },
      { currency: 'USD', total_invoiced: 700, total_paid: 0, balance: 700 },
    ]);
    // A reversed payment (sent twice) stops counting.
    for (let twice = 0; twice < 2; twice++)
      await emit(ws, invoicePaymentReversed, i1, {
        ...payment(p, i1, pay, 10000),
        kind: 'refunded',
        reason: 'devolução',
        paid_minor: 0,
        balance_minor: 30000,
        status: 'issued',
        reversed_at: new Date().toISOString(),
      });
    const after = await eventually(
      () => summary(c, p),
      (v) => v.payments_count === 0,
      'the reversal never counted',
    );
    expect(after.balances[0]).toEqual({ currency: 'BRL', total_invoiced: 30000, total_paid: 0, balance: 30000 });
    // Another workspace cannot ask for this patient at all: 404.
    const other = await clinicWorkspace(app);
    expect((await other.call('GET', `/patients/${p}/summary`)).statusCode).toBe(404);
  });
});
