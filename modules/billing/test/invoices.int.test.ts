import { createTestApp, type TestApp } from '@nexova/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Clinic,
  clinic,
  consultation,
  created,
  eventsOf,
  expectStatus,
  type InvoiceBody,
  issued,
  patient,
} from './helpers';

// Invoices over HTTP: pricing from the effective catalog at issue, discount and tax math, the
// lifecycle and its illegal moves, race-free numbering, isolation and the clinic-module gate.

let app: TestApp;
let c: Clinic;
let patientId: string;
beforeAll(async () => {
  app = await createTestApp();
  c = await clinic(app);
  patientId = await patient(c);
}, 120_000);
afterAll(() => app?.dispose());

describe('invoices', () => {
  it('prices catalog items from the effective catalog at issue time (a later override wins)', async () => {
    const draft = await created<InvoiceBody>(c, '/invoices', {
      patient_id: patientId,
      lines: [{ catalog_entry_id: consultation, quantity: 2 }],
    });
    expect(draft).toMatchObject({ status: 'draft', number: null, total: 8000, allowed_actions: ['edit', 'issue'] });
    expect(draft.lines[0]?.unit_price).toBe(4000);
    const put = await c.call('PUT', `/clinical-catalogs/entries/${consultation}/override`, {
      price: 25000,
      currency: 'USD',
    });
    expectStatus(put, 200);
    const res = await c.call('POST', `/invoices/${draft.id}/issue`);
    expectStatus(res, 200);
    const invoice = res.json() as InvoiceBody;
    expect(invoice).toMatchObject({ status: 'issued', total: 50000, balance: 50000 });
    expect(invoice.lines[0]?.unit_price).toBe(25000);
    // Fixed from here on: a later catalog change does not reach it.
    expectStatus(
      await c.call('PUT', `/clinical-catalogs/entries/${consultation}/override`, { price: 1, currency: 'USD' }),
      200,
    );
    expect((await c.call('GET', `/invoices/${draft.id}`)).json().total).toBe(50000);
    const [event] = await eventsOf(app, draft.id);
    expect(event).toMatchObject({
      type: 'billing.invoice.issued',
      payload: {
        invoice_id: draft.id,
        number: invoice.number,
        patient_id: patientId,
        total_minor: 50000,
        currency: 'USD',
      },
    });
    expect((event?.payload.items as unknown[] | undefined)?.[0]).toMatchObject({
      catalog_entry_id: consultation,
      unit_price_minor: 25000,
    });
    await c.call('DELETE', `/clinical-catalogs/entries/${consultation}/override`);
  });

  it('applies item and invoice discounts, then the workspace tax per item, in exact minor units', async () => {
    const own = await clinic(app);
    expectStatus(await own.call('PUT', '/billing/settings', { tax_rate_bp: 1250, tax_name: 'IVA' }), 200);
    const draft = await created<InvoiceBody>(own, '/invoices', {
      patient_id: await patient(own),
      lines: [
        { description: 'A', unit_price: 3333, quantity: 3, discount: { kind: 'percent', value: 1000 } },
        { description: 'B', unit_price: 5000, discount: { kind: 'amount', value: 700 } },
        { description: 'C', unit_price: 1, quantity: 2, discount: { kind: 'amount', value: 99 } },
      ],
      discount: { kind: 'percent', value: 500 },
    });
    expect(draft.lines.map((i) => [i.discount_total, i.tax, i.total])).toEqual([
      [1450, 1069, 9618],
      [915, 511, 4596],
      [2, 0, 0],
    ]);
    expect(draft).toMatchObject({ subtotal: 15001, discount_total: 2367, tax_total: 1580, total: 14214 });
    const bad = await own.call('POST', '/invoices', {
      patient_id: draft.id,
      lines: [{ description: 'x', unit_price: 1, discount: { kind: 'percent', value: 10001 } }],
    });
    expectStatus(bad, 400);
  });

  it('issues an invoice of total 0 (a 100 % discount) as paid: nothing to pay, nothing to void', async () => {
    const draft = await created<InvoiceBody>(c, '/invoices', {
      patient_id: patientId,
      lines: [{ description: 'Retorno', unit_price: 18000, discount: { kind: 'percent', value: 10000 } }],
    });
    expect(draft).toMatchObject({ status: 'draft', total: 0 });
    const res = await c.call('POST', `/invoices/${draft.id}/issue`);
    expectStatus(res, 200);
    expect(res.json()).toMatchObject({ status: 'paid', total: 0, paid: 0, balance: 0, allowed_actions: [] });
    const pay = await c.call('POST', `/invoices/${draft.id}/payments`, { amount: 1, method: 'cash' });
    expectStatus(pay, 409);
    expect(pay.json()).toMatchObject({ code: 'invoice_status_conflict', current_status: 'paid' });
  });

  it('draft → issued → void; edits only as a draft (If-Match), illegal moves 409 with the allowed ones', async () => {
    const draft = await created<InvoiceBody>(c, '/invoices', { patient_id: patientId });
    const empty = await c.call('POST', `/invoices/${draft.id}/issue`);
    expectStatus(empty, 422);
    expect(empty.json().code).toBe('invoice_empty');
    const stale = await c.call('PATCH', `/invoices/${draft.id}`, { notes: 'x' }, { 'if-match': '"99"' });
    expectStatus(stale, 412);
    const edited = await c.call(
      'PATCH',
      `/invoices/${draft.id}`,
      { lines: [{ description: 'Sessão', unit_price: 12000 }], notes: 'Pacote' },
      { 'if-match': `"${draft.version}"` },
    );
    expectStatus(edited, 200);
    expect(edited.headers.etag).toBe(`"${draft.version + 1}"`);
    const unknown = await c.call('PATCH', `/invoices/${draft.id}`, { lines: [{ catalog_entry_id: draft.id }] });
    expectStatus(unknown, 422);
    expect(unknown.json().errors[0].pointer).toBe('/lines/0/catalog_entry_id');
    expectStatus(await c.call('POST', `/invoices/${draft.id}/issue`), 200);
    const late = await c.call('PATCH', `/invoices/${draft.id}`, { notes: 'y' });
    expectStatus(late, 409);
    expect(late.json()).toMatchObject({
      code: 'invoice_status_conflict',
      current_status: 'issued',
      allowed_actions: ['pay', 'void'],
    });
    expectStatus(await c.call('POST', `/invoices/${draft.id}/issue`), 409);
    expectStatus(await c.call('POST', `/invoices/${draft.id}/void`, {}), 400);
    const voided = await c.call('POST', `/invoices/${draft.id}/void`, { reason: 'Wrong patient' });
    expectStatus(voided, 200);
    expect(voided.json()).toMatchObject({
      status: 'void',
      void_reason: 'Wrong patient',
      balance: 0,
      allowed_actions: [],
    });
    expect(voided.json().voided_by).toBeTruthy();
    const again = await c.call('POST', `/invoices/${draft.id}/void`, { reason: 'again' });
    expect(again.json()).toMatchObject({ code: 'invoice_status_conflict', allowed_actions: [] });
    const types = (await eventsOf(app, draft.id)).map((e) => e.type);
    expect(types).toEqual(['billing.invoice.issued', 'billing.invoice.voided']);
  });

  it('numbers concurrent issues 1..n per workspace, without gaps or duplicates', async () => {
    const own = await clinic(app);
    const p = await patient(own);
    const drafts = await Promise.all(
      Array.from({ length: 12 }, () =>
        created<InvoiceBody>(own, '/invoices', { patient_id: p, lines: [{ description: 'x', unit_price: 100 }] }),
      ),
    );
    const results = await Promise.all(drafts.map((d) => own.call('POST', `/invoices/${d.id}/issue`)));
    for (const r of results) expectStatus(r, 200);
    const numbers = results.map((r) => r.json().number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('lists with filters and keyset paging', async () => {
    const own = await clinic(app);
    const [a, b] = [await patient(own), await patient(own)];
    const first = await issued(own, a, 100);
    await issued(own, a, 200);
    await created(own, '/invoices', { patient_id: a });
    await issued(own, b, 300);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `/invoices?patient_id=${a}&status=issued&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = (await own.call('GET', q)).json() as { items: InvoiceBody[]; next_cursor: string | null };
      seen.push(...page.items.map((i) => i.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(first.id); // newest first
    const drafts = (await own.call('GET', `/invoices?status=draft`)).json().items;
    expect(drafts).toHaveLength(1);
  });

  it('keeps workspaces apart (404) and answers 403 module_not_enabled without the clinic module', async () => {
    const invoice = await issued(c, patientId, 500);
    const other = await clinic(app);
    expectStatus(await other.call('GET', `/invoices/${invoice.id}`), 404);
    expectStatus(await other.call('POST', `/invoices/${invoice.id}/payments`, { amount: 1, method: 'cash' }), 404);
    expectStatus(await other.call('GET', `/patients/${patientId}/balance`), 404);
    const foreign = await other.call('POST', '/invoices', { patient_id: patientId });
    expectStatus(foreign, 422);
    expect(foreign.json().errors[0].pointer).toBe('/patient_id');
    const shop = await clinic(app, ['shop']);
    const res = await shop.call('GET', '/invoices');
    expectStatus(res, 403);
    expect(res.json().code).toBe('module_not_enabled');
  });
});
