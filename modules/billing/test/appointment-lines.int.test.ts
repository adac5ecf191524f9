import { createTestApp, type TestApp } from '@nexova/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Clinic, clinic, consultation, created, expectStatus, type InvoiceBody, patient } from './helpers';

// A line from an appointment: its service's clinical-catalog entry gives the price (the effective
// one at issue); an appointment of another patient is refused naming the field.

let app: TestApp;
let c: Clinic;
beforeAll(async () => {
  app = await createTestApp();
  c = await clinic(app);
  await c.call('PATCH', `/workspaces/${c.ws.workspaceId}`, { settings: { timezone: 'America/Sao_Paulo' } });
}, 120_000);
afterAll(() => app?.dispose());

const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

async function appointmentFor(patientId: string, hhmm: string): Promise<string> {
  const professional = await created(c, '/agenda/professionals', { name: `Dra. ${hhmm}` });
  for (let weekday = 1; weekday <= 7; weekday++)
    await created(c, '/agenda/availability-rules', {
      owner_kind: 'professional',
      owner_id: professional.id,
      weekday,
      start: '08:00',
      end: '18:00',
    });
  const service = await created(c, '/agenda/services', {
    catalog_entry_id: consultation,
    professional_ids: [professional.id],
  });
  const held = await created(c, '/agenda/appointments', {
    service_id: service.id,
    professional_id: professional.id,
    starts_at: `${tomorrow}T${hhmm}:00-03:00`,
    patient_id: patientId,
  });
  return held.id;
}

describe('invoice lines from appointments', () => {
  it("prices an appointment from its service's catalog entry; another patient's appointment is 422", async () => {
    const p = await patient(c);
    const appointmentId = await appointmentFor(p, '10:00');
    const draft = await created<InvoiceBody & { lines: { kind: string; appointment_id: string }[] }>(c, '/invoices', {
      patient_id: p,
      lines: [{ appointment_id: appointmentId }],
    });
    expect(draft.lines[0]).toMatchObject({ kind: 'appointment', appointment_id: appointmentId, unit_price: 4000 });
    expectStatus(
      await c.call('PUT', `/clinical-catalogs/entries/${consultation}/override`, { price: 9000, currency: 'USD' }),
      200,
    );
    const issued = await c.call('POST', `/invoices/${draft.id}/issue`);
    expect(issued.json()).toMatchObject({ status: 'issued', total: 9000 });

    const other = await patient(c);
    const res = await c.call('POST', '/invoices', { patient_id: other, lines: [{ appointment_id: appointmentId }] });
    expectStatus(res, 422);
    expect(res.json().errors[0].pointer).toBe('/lines/0/appointment_id');
  });
});
