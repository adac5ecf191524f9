import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { systemContext } from '@nexova/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordTimelineEvent } from '../src/use-cases/record-timeline-event';
import { billingFacts, eventually } from './billing';
import { bookable, type Clinic, clinicWorkspace, hold, patient, tomorrow } from './clinic';

// The patient timeline and billing timeline, fed by the workers from agenda's and clinic's routes and
// billing's published facts. The export's row limit is small here so truncation shows.

let app: TestApp;
let c: Clinic;
beforeAll(async () => {
  app = await createTestApp({ PATIENT_TIMELINE_EXPORT_MAX_ROWS: '6' }, { workers: true });
  c = await clinicWorkspace(app);
}, 120_000);
afterAll(() => app?.dispose());

type Entry = { id: string; kind: string; occurred_at: string; summary: string; refs: Record<string, string> };
type Page<T> = { items: T[]; next_cursor: string | null };

const get = async <T>(cl: Clinic, url: string, headers: Record<string, string> = {}) => {
  const res = await cl.call('GET', url, undefined, headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};
const timeline = (cl: Clinic, id: string, query = '') =>
  get<Page<Entry>>(cl, `/patients/${id}/timeline?limit=100${query}`);
const settled = (cl: Clinic, id: string, count: number) =>
  eventually(
    () => timeline(cl, id),
    (p) => p.items.length >= count,
    `the timeline never reached ${count} entries`,
  );

const at = (hhmm: string) => `${tomorrow()}T${hhmm}:00-03:00`;

describe('patient timeline', () => {
  it('lists appointments, record changes, invoices and payments newest first, with the source ids', async () => {
    const b = await bookable(c);
    const p = await patient(c);
    expect((await c.call('PATCH', `/patients/${p}`, { allergies: [{ name: 'Latex' }] })).statusCode).toBe(200);
    const first = (await hold(c, b, at('09:00'), { patient_id: p })).json().id;
    expect((await c.call('POST', `/agenda/appointments/${first}/book`)).statusCode).toBe(200);
    const moved = (await c.call('POST', `/agenda/appointments/${first}/reschedule`, { starts_at: at('11:00') })).json()
      .id;
    expect((await c.call('POST', `/agenda/appointments/${moved}/cancel`, { reason: 'viagem' })).statusCode).toBe(200);
    const bill = billingFacts(app, c.ws.workspaceId, p);
    const [inv, pay] = [randomUUID(), randomUUID()];
    await bill.issue(inv, 7, 30000);
    await bill.pay(inv, pay, 10000, 7);
    const page = await settled(c, p, 8);
    expect(page.items.map((e) => e.kind)).toEqual([
      'payment.registered',
      'invoice.issued',
      'appointment.canceled',
      'appointment.rescheduled',
      'appointment.booked',
      'appointment.held',
      'patient.updated',
      'patient.created',
    ]);
    const [paid, issued, canceled, rescheduled] = page.items as [Entry, Entry, Entry, Entry];
    expect(paid.refs).toMatchObject({ invoice_id: inv, payment_id: pay });
    expect(paid.summary).toBe('Payment of R$100.00 (pix) on invoice #7');
    expect(issued.summary).toBe('Invoice #7 issued: R$300.00');
    expect(canceled.refs.appointment_id).toBe(moved);
    expect(canceled.summary).toMatch(/ canceled — viagem$/);
    expect(rescheduled.refs).toMatchObject({ appointment_id: first, new_appointment_id: moved });
    // Newest first, strictly ordered by time.
    const times = page.items.map((e) => e.occurred_at);
    expect([...times].sort().reverse()).toEqual(times);
    // The summary line follows the request locale.
    const es = await get<Page<Entry>>(c, `/patients/${p}/timeline?kind=invoice`, { 'accept-language': 'es' });
    expect(es.items.map((e) => e.summary)).toEqual(['Factura n.º 7 emitida: 300,00 BRL']);
  });

  it('pages by cursor without repeats, and filters by kind, group and time', async () => {
    const p = await patient(c);
    const bill = billingFacts(app, c.ws.workspaceId, p);
    for (let n = 1; n <= 4; n++) await bill.issue(randomUUID(), n, n * 1000);
    const all = (await settled(c, p, 5)).items;
    const seen: Entry[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: Page<Entry> = await get(c, `/patients/${p}/timeline?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      cursor = page.next_cursor;
    }
    expect(seen).toEqual(all);
    expect((await timeline(c, p, '&kind=patient.created')).items.map((e) => e.kind)).toEqual(['patient.created']);
    expect((await timeline(c, p, '&kind=billing')).items).toHaveLength(4);
    expect((await timeline(c, p, '&kind=invoice.issued,patient')).items).toHaveLength(5);
    // occurred_from is inclusive, occurred_to exclusive. Facts emitted in a quick loop can share a
    // millisecond, so what each side holds is computed from the times, not from positions.
    const boundary = Date.parse((all[1] as Entry).occurred_at);
    const from = encodeURIComponent((all[1] as Entry).occurred_at);
    const ids = (entries: Entry[]) => entries.map((e) => e.id);
    const onOrAfter = all.filter((e) => Date.parse(e.occurred_at) >= boundary);
    expect(onOrAfter.length).toBeGreaterThanOrEqual(2);
    expect(ids((await timeline(c, p, `&occurred_from=${from}`)).items)).toEqual(ids(onOrAfter));
    expect(ids((await timeline(c, p, `&occurred_to=${from}`)).items)).toEqual(
      ids(all.filter((e) => Date.parse(e.occurred_at) < boundary)),
    );
    const bad = await c.call('GET', `/patients/${p}/timeline?kind=appointment.teleported`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ pointer: '/kind', in: 'query' });
  });

  it('a merge moves the duplicate patient entries to the survivor, later ones too; an event seen twice is one entry', async () => {
    const survivor = await patient(c);
    const duplicate = await patient(c);
    const bill = billingFacts(app, c.ws.workspaceId, duplicate);
    await bill.issue(randomUUID(), 9, 500);
    await settled(c, duplicate, 2);
    const personOf = async (id: string) => (await get<{ person_id: string }>(c, `/patients/${id}`)).person_id;
    const merged = await c.call('POST', `/customers/${await personOf(survivor)}/merge`, {
      duplicate_id: await personOf(duplicate),
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const after = await eventually(
      () => timeline(c, survivor),
      (p) => p.items.some((e) => e.kind === 'patient.merged'),
      'the merge never reached the timeline',
    );
    const kinds = after.items.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'patient.created')).toHaveLength(2);
    expect(kinds).toContain('invoice.issued');
    expect((await timeline(c, duplicate)).items).toEqual([]);
    expect(after.items.find((e) => e.kind === 'patient.merged')?.refs.merged_patient_id).toBe(duplicate);
    // The same event delivered twice (a redelivery) is one entry.
    const event = {
      id: randomUUID(),
      type: 'clinic.patient.updated',
      occurred_at: new Date().toISOString(),
      payload: { patient_id: survivor, changed: ['alerts'], version: 9 },
    };
    const ctx = { ...systemContext(c.ws.workspaceId), db: app.database.db };
    for (let twice = 0; twice < 2; twice++) await recordTimelineEvent({ ctx, input: event });
    const updates = (await timeline(c, survivor, '&kind=patient.updated')).items.filter((e) => e.id === event.id);
    expect(updates.map((e) => e.summary)).toEqual(['Record updated: alerts']);
    // An event about the merged patient that arrives after the merge (JetStream orders per aggregate
    // only) lands on the survivor.
    const late = { ...event, id: randomUUID(), payload: { patient_id: duplicate, changed: ['late'], version: 10 } };
    await recordTimelineEvent({ ctx, input: late });
    expect((await timeline(c, survivor, '&kind=patient.updated')).items.map((e) => e.id)).toContain(late.id);
    expect((await timeline(c, duplicate)).items).toEqual([]);
    // The summary too: an invoice of the duplicate issued after the merge counts for the survivor.
    await bill.issue(randomUUID(), 10, 700);
    const summary = await eventually(
      () => get<{ invoices_count: number; balances: { total_invoiced: number }[] }>(c, `/patients/${survivor}/summary`),
      (v) => v.invoices_count === 2,
      'the late invoice never reached the survivor’s summary',
    );
    expect(summary.balances[0]?.total_invoiced).toBe(1200);
  });

  it('another workspace gets 404 for the patient on every timeline route', async () => {
    const p = await patient(c);
    const other = await clinicWorkspace(app);
    for (const url of [
      `/patients/${p}/timeline`,
      `/patients/${p}/timeline?format=csv`,
      `/patients/${p}/timeline?format=json`,
      `/patients/${p}/billing-timeline`,
    ])
      expect((await other.call('GET', url)).statusCode, url).toBe(404);
  });
});

type BillingEntry = Entry & { currency: string; amount_minor: number; balance_minor: number };

describe('billing timeline', () => {
  it('shows invoices and payments newest first with the running balance per currency', async () => {
    const p = await patient(c);
    const bill = billingFacts(app, c.ws.workspaceId, p);
    const [a, bInv, usd, pay] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await bill.issue(a, 1, 30000);
    await bill.pay(a, pay, 10000);
    await bill.issue(bInv, 2, 5000);
    await bill.issue(usd, 3, 700, 'USD');
    await bill.void(bInv, 2, 5000, 'erro');
    await bill.reverse(a, pay, 10000, 'devolução');
    const read = () => get<Page<BillingEntry>>(c, `/patients/${p}/billing-timeline?limit=100`);
    const page = await eventually(read, (v) => v.items.length === 6, 'billing entries never arrived');
    expect(page.items.map((e) => [e.kind, e.currency, e.amount_minor, e.balance_minor])).toEqual([
      ['payment.reversed', 'BRL', 10000, 30000],
      ['invoice.voided', 'BRL', -5000, 20000],
      ['invoice.issued', 'USD', 700, 700],
      ['invoice.issued', 'BRL', 5000, 25000],
      ['payment.registered', 'BRL', -10000, 20000],
      ['invoice.issued', 'BRL', 30000, 30000],
    ]);
    // A later page still carries true balances (the sum runs over the whole history).
    const first = await get<Page<BillingEntry>>(c, `/patients/${p}/billing-timeline?limit=4`);
    const second = await get<Page<BillingEntry>>(
      c,
      `/patients/${p}/billing-timeline?limit=4&cursor=${first.next_cursor}`,
    );
    expect([...first.items, ...second.items]).toEqual(page.items);
    expect(second.next_cursor).toBeNull();
  });

  it('for the whole workspace: every patient’s entries, with the receivables running per currency', async () => {
    const w = await clinicWorkspace(app);
    const [p1, p2] = [await patient(w), await patient(w)];
    const [i1, i2, pay] = [randomUUID(), randomUUID(), randomUUID()];
    await billingFacts(app, w.ws.workspaceId, p1).issue(i1, 1, 30000);
    await billingFacts(app, w.ws.workspaceId, p2).issue(i2, 2, 5000);
    await billingFacts(app, w.ws.workspaceId, p1).pay(i1, pay, 10000);
    const read = () => get<Page<BillingEntry & { patient_id: string }>>(w, '/billing-timeline?limit=100');
    const page = await eventually(read, (v) => v.items.length === 3, 'billing entries never arrived');
    expect(page.items.map((e) => [e.kind, e.patient_id, e.amount_minor, e.balance_minor])).toEqual([
      ['payment.registered', p1, -10000, 25000],
      ['invoice.issued', p2, 5000, 35000],
      ['invoice.issued', p1, 30000, 30000],
    ]);
    // Another workspace's receivables are its own.
    expect((await get<Page<BillingEntry>>(c, '/billing-timeline?limit=100')).items.map((e) => e.id)).not.toContain(
      page.items[0]?.id,
    );
  });
});

describe('timeline export', () => {
  it('streams CSV with headers in the request locale and JSON with the page items; at most the row limit', async () => {
    const p = await patient(c);
    const bill = billingFacts(app, c.ws.workspaceId, p);
    const inv = randomUUID();
    await bill.issue(inv, 4, 12345);
    await bill.void(inv, 4, 12345, '=HYPERLINK("x"), sim');
    const page = await settled(c, p, 3);
    const csv = await c.call('GET', `/patients/${p}/timeline`, undefined, {
      accept: 'text/csv',
      'accept-language': 'pt-BR',
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['x-export-truncated']).toBe('false');
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Data,Evento,Resumo,Consulta,Fatura,Pagamento,Entrada na fila,Id do registro');
    expect(lines).toHaveLength(4);
    // A cell a spreadsheet would run as a formula is defused and quoted.
    expect(lines[1]).toContain(`"Fatura nº 4 anulada — =HYPERLINK(""x""), sim"`);
    expect(lines[3]).toMatch(/^[^,]+,patient\.created,Ficha aberta,,,,,[0-9a-f-]{36}$/);
    const es = await c.call('GET', `/patients/${p}/timeline?format=csv`, undefined, { 'accept-language': 'es' });
    expect(es.body.split('\r\n')[0]).toBe('Fecha,Evento,Resumen,Cita,Factura,Pago,Turno en la fila,Id del registro');
    const json = await c.call('GET', `/patients/${p}/timeline?format=json`);
    expect(json.headers['content-disposition']).toBe(`attachment; filename="timeline-${p}.json"`);
    expect(json.json()).toEqual(page.items);
    // Past PATIENT_TIMELINE_EXPORT_MAX_ROWS (6 here): the newest 6, and the header says so.
    for (let n = 10; n < 15; n++) await bill.issue(randomUUID(), n, 100);
    const full = await settled(c, p, 8);
    const cut = await c.call('GET', `/patients/${p}/timeline?format=json&kind=invoice,patient`);
    expect(cut.headers['x-export-truncated']).toBe('true');
    expect(cut.json()).toEqual(full.items.slice(0, 6));
  });
});
