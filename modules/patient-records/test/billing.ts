import { randomUUID } from 'node:crypto';
import type { TestApp } from '@nexova/app';
import { invoiceIssued, invoicePaymentRegistered, invoicePaymentReversed, invoiceVoided } from '@nexova/billing';
import { withTransaction } from '@nexova/db';
import { type EventDefinition, publish } from '@nexova/events';
import { systemContext } from '@nexova/kernel';

// Billing's facts published with the events package's real publish() in a transaction, as billing's
// use-cases do (this suite drives the read models, not billing's rules), plus a bounded re-read.

export async function emit(
  app: TestApp,
  workspaceId: string,
  def: EventDefinition,
  aggregateId: string,
  payload: unknown,
) {
  const ctx = { ...systemContext(workspaceId), db: app.database.db };
  await withTransaction(ctx, (t) => publish(t, def, { aggregateId, payload } as never));
}

const person = randomUUID();

export function billingFacts(app: TestApp, workspaceId: string, patientId: string) {
  const base = (invoiceId: string, number: number, currency: string, total: number) => ({
    invoice_id: invoiceId,
    number,
    patient_id: patientId,
    person_id: person,
    currency,
    total_minor: total,
  });
  // `number` is the invoice's number (a payment carries it).
  const payment = (invoiceId: string, paymentId: string, amount: number, number = 1, currency = 'BRL') => ({
    payment_id: paymentId,
    invoice_id: invoiceId,
    number,
    patient_id: patientId,
    person_id: person,
    currency,
    amount_minor: amount,
    paid_minor: amount,
    balance_minor: 0,
  });
  return {
    issue: (invoiceId: string, number: number, total: number, currency = 'BRL') =>
      emit(app, workspaceId, invoiceIssued, invoiceId, {
        ...base(invoiceId, number, currency, total),
        subtotal_minor: total,
        discount_minor: 0,
        tax_minor: 0,
        items: [],
        issued_at: new Date().toISOString(),
        due_at: null,
      }),
    void: (invoiceId: string, number: number, total: number, reason: string, currency = 'BRL') =>
      emit(app, workspaceId, invoiceVoided, invoiceId, {
        ...base(invoiceId, number, currency, total),
        reason,
        voided_by: null,
        voided_at: new Date().toISOString(),
      }),
    pay: (invoiceId: string, paymentId: string, amount: number, number = 1) =>
      emit(app, workspaceId, invoicePaymentRegistered, invoiceId, {
        ...payment(invoiceId, paymentId, amount, number),
        method: 'pix',
        reference: null,
        status: 'partially_paid',
        registered_at: new Date().toISOString(),
      }),
    reverse: (invoiceId: string, paymentId: string, amount: number, reason: string) =>
      emit(app, workspaceId, invoicePaymentReversed, invoiceId, {
        ...payment(invoiceId, paymentId, amount),
        kind: 'refunded',
        reason,
        status: 'issued',
        reversed_at: new Date().toISOString(),
      }),
  };
}

/** Re-reads until `done` holds (events reach the read models through the workers); bounded. */
export async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string): Promise<T> {
  const until = Date.now() + 30_000;
  let last = await read();
  while (!done(last) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  if (!done(last)) throw new Error(`${what} (last: ${JSON.stringify(last)})`);
  return last;
}
