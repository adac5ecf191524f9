import { createTestApp, type TestApp } from '@nexova/app';
import { PNG } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Clinic, clinic, eventsOf, expectStatus, issued, patient } from './helpers';

// An invoice's payments through the payments ledger: partial payments to paid, pix with its
// reference, over-payment, reversal moving the invoice back, receipts, void rules, the patient's
// balance, and concurrent payments that together would over-pay.

let app: TestApp;
let c: Clinic;
let patientId: string;
beforeAll(async () => {
  app = await createTestApp();
  c = await clinic(app);
  patientId = await patient(c);
}, 120_000);
afterAll(() => app?.dispose());

const pay = (invoiceId: string, body: Record<string, unknown>) =>
  c.call('POST', `/invoices/${invoiceId}/payments`, body);
const invoiceOf = async (id: string) => (await c.call('GET', `/invoices/${id}`)).json();

describe('invoice payments', () => {
  it('takes partial payments until paid; refuses over-payment naming the amount; pix needs its reference', async () => {
    const invoice = await issued(c, patientId, 10000);
    const cash = await pay(invoice.id, { amount: 3000, method: 'cash' });
    expectStatus(cash, 201);
    expect(cash.headers.location).toBe(`/api/v1/payments/${cash.json().id}`);
    expect(cash.json()).toMatchObject({ invoice_id: invoice.id, order_id: null, amount: 3000, currency: 'USD' });
    expect(await invoiceOf(invoice.id)).toMatchObject({ status: 'partially_paid', paid: 3000, balance: 7000 });

    const over = await pay(invoice.id, { amount: 7001, method: 'card' });
    expectStatus(over, 422);
    expect(over.json()).toMatchObject({ code: 'payment_exceeds_balance', balance: 7000 });
    expect(over.json().errors[0].pointer).toBe('/amount');
    expect(over.json().detail).toContain('7001');
    const noRef = await pay(invoice.id, { amount: 7000, method: 'pix' });
    expectStatus(noRef, 422);
    expect(noRef.json().errors[0].pointer).toBe('/reference');
    expectStatus(await pay(invoice.id, { amount: 7000, method: 'card', currency: 'BRL' }), 422);

    const pix = await pay(invoice.id, { amount: 7000, method: 'pix', reference: 'E1823612020260110s0123' });
    expectStatus(pix, 201);
    expect(await invoiceOf(invoice.id)).toMatchObject({ status: 'paid', paid: 10000, balance: 0, allowed_actions: [] });
    const more = await pay(invoice.id, { amount: 1, method: 'cash' });
    expectStatus(more, 409);
    expect(more.json()).toMatchObject({ code: 'invoice_status_conflict', current_status: 'paid' });
    const voidPaid = await c.call('POST', `/invoices/${invoice.id}/void`, { reason: 'late' });
    expectStatus(voidPaid, 409);
    expect(voidPaid.json().allowed_actions).toEqual([]);

    const registered = (await eventsOf(app, invoice.id)).filter((e) => e.type === 'billing.payment.registered');
    expect(registered.map((e) => [e.payload.amount_minor, e.payload.status, e.payload.balance_minor])).toEqual([
      [3000, 'partially_paid', 7000],
      [7000, 'paid', 0],
    ]);
    expect(registered[1]?.payload).toMatchObject({ method: 'pix', reference: 'E1823612020260110s0123' });
    const list = (await c.call('GET', `/invoices/${invoice.id}/payments?limit=1`)).json();
    expect(list.items).toHaveLength(1);
    expect(list.next_cursor).toBeTruthy();
  });

  it('reversing payments moves the invoice back (paid → partially_paid → issued); receipts reuse payments’', async () => {
    const invoice = await issued(c, patientId, 5000);
    const first = (await pay(invoice.id, { amount: 2000, method: 'transfer' })).json();
    const second = (await pay(invoice.id, { amount: 3000, method: 'cash' })).json();
    expect((await invoiceOf(invoice.id)).status).toBe('paid');

    const boundary = 'nexovabilling';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      PNG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const receipt = await app.inject({
      method: 'POST',
      url: `/api/v1/payments/${second.id}/attachments`,
      headers: {
        ...c.ws.headers,
        'idempotency-key': crypto.randomUUID(),
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
    expectStatus(receipt, 201);

    // The payments routes do not reverse an invoice's payment behind billing's back.
    const direct = await c.call('POST', `/payments/${second.id}/void`, { reason: 'x' });
    expectStatus(direct, 409);
    expect(direct.json().code).toBe('payment_pays_invoice');

    const back = await c.call('POST', `/invoices/${invoice.id}/payments/${second.id}/reverse`, {
      kind: 'refunded',
      reason: 'not done',
    });
    expectStatus(back, 200);
    expect(back.json()).toMatchObject({ status: 'refunded', reversal_reason: 'not done' });
    expect(back.json().attachments).toHaveLength(1);
    expect(await invoiceOf(invoice.id)).toMatchObject({ status: 'partially_paid', paid: 2000, balance: 3000 });
    const again = await c.call('POST', `/invoices/${invoice.id}/payments/${second.id}/reverse`, { kind: 'voided' });
    expectStatus(again, 409);
    expectStatus(await c.call('POST', `/invoices/${invoice.id}/payments/${first.id}/reverse`, { kind: 'voided' }), 200);
    expect(await invoiceOf(invoice.id)).toMatchObject({ status: 'issued', paid: 0, balance: 5000 });
    const reversed = (await eventsOf(app, invoice.id)).filter((e) => e.type === 'billing.payment.reversed');
    expect(reversed.map((e) => e.payload.status)).toEqual(['partially_paid', 'issued']);
    // A partially paid invoice may be voided.
    expectStatus(await pay(invoice.id, { amount: 100, method: 'cash' }), 201);
    expectStatus(await c.call('POST', `/invoices/${invoice.id}/void`, { reason: 'duplicate' }), 200);
  });

  it("a patient's balance per currency counts issued, partially paid and paid invoices only", async () => {
    const p = await patient(c);
    const a = await issued(c, p, 10000);
    await issued(c, p, 2500);
    const gone = await issued(c, p, 999);
    expectStatus(await c.call('POST', `/invoices/${gone.id}/void`, { reason: 'error' }), 200);
    await c.call('POST', '/invoices', { patient_id: p, lines: [{ description: 'draft', unit_price: 7 }] });
    expectStatus(await pay(a.id, { amount: 4000, method: 'cash' }), 201);
    const res = await c.call('GET', `/patients/${p}/balance`);
    expectStatus(res, 200);
    expect(res.json()).toEqual({
      patient_id: p,
      currencies: [{ currency: 'USD', invoiced: 12500, paid: 4000, balance: 8500 }],
    });
  });

  it('concurrent payments that together would over-pay: exactly the ones that fit succeed', async () => {
    const invoice = await issued(c, patientId, 10000);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => pay(invoice.id, { amount: 3000, method: 'cash' })),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 201, 201, 422, 422, 422, 422, 422]);
    expect(await invoiceOf(invoice.id)).toMatchObject({ status: 'partially_paid', paid: 9000, balance: 1000 });
    const ledger = (await c.call('GET', `/invoices/${invoice.id}/payments`)).json().items;
    expect(ledger.map((p: { amount: number }) => p.amount)).toEqual([3000, 3000, 3000]);
  });
});
