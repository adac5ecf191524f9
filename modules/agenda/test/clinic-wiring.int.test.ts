import { createTestApp, type TestApp } from '@nexova/app';
import { globalEntryId } from '@nexova/clinical-catalogs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPerson, bookable, type Clinic, clinicWorkspace, created, hold, patient, tomorrow } from './fixtures';

// The agenda wired to the rest of the clinic: an appointment's patient is a patient of the workspace
// (a person of the directory without one gets a clinical profile on booking), services made from a
// catalog procedure take its effective duration and price, professionals name catalog specialties.

let app: TestApp;
let c: Clinic;
beforeAll(async () => {
  app = await createTestApp();
  c = await clinicWorkspace(app);
}, 120_000);
afterAll(() => app?.dispose());

const at = (time: string) => `${tomorrow()}T${time}:00-03:00`;
const consultation = globalEntryId('procedure', 'general_consultation');
const cardiology = globalEntryId('specialty', 'cardiology');

describe("an appointment's patient", () => {
  it('a patient of the workspace is booked as is; an unknown id is 400 naming patient_id', async () => {
    const b = await bookable(c);
    const patientId = await patient(c);
    const held = await hold(c, b, at('09:00'), { patient_id: patientId });
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json().patient_id).toBe(patientId);

    const unknown = await hold(c, b, at('10:00'), { patient_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e91' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ errors: [{ pointer: '/patient_id' }] });
    const bare = (await hold(c, b, at('11:00'))).json().id;
    const book = await c.call('POST', `/agenda/appointments/${bare}/book`, { patient_id: b.serviceId });
    expect(book.statusCode).toBe(400);
    expect(book.json().errors[0].pointer).toBe('/patient_id');
  });

  it("another workspace's patient is unknown here", async () => {
    const other = await clinicWorkspace(app);
    const theirs = await patient(other);
    const b = await bookable(c);
    expect((await hold(c, b, at('12:00'), { patient_id: theirs })).statusCode).toBe(400);
  });

  it('a person without a clinical profile is booked by opening one (once)', async () => {
    const b = await bookable(c);
    const personId = await aPerson(c, 'Bruno Reis');
    const first = await hold(c, b, at('13:00'), { patient_id: personId });
    expect(first.statusCode, first.body).toBe(201);
    const patientId = first.json().patient_id as string;
    expect(patientId).not.toBe(personId);
    const profile = await c.call('GET', `/patients/${patientId}`);
    expect(profile.json()).toMatchObject({ id: patientId, person: { id: personId, name: 'Bruno Reis' } });
    const bare = (await hold(c, b, at('14:00'))).json().id;
    const booked = await c.call('POST', `/agenda/appointments/${bare}/book`, { patient_id: personId });
    expect(booked.statusCode, booked.body).toBe(200);
    expect(booked.json().patient_id).toBe(patientId);
  });
});

describe('services from the clinical catalog', () => {
  it('take the effective duration and price (the override wins) unless given', async () => {
    const plain = await created<{ duration_minutes: number; price: number; currency: string; name: string }>(
      c,
      '/agenda/services',
      { catalog_entry_id: consultation },
    );
    expect(plain).toMatchObject({ duration_minutes: 30, price: 4000, currency: 'USD', catalog_entry_id: consultation });
    expect(plain.name.length).toBeGreaterThan(0);

    const override = await app.inject({
      method: 'PUT',
      url: `/api/v1/clinical-catalogs/entries/${consultation}/override`,
      headers: c.ws.headers,
      payload: { price: 25000, currency: 'BRL', duration_minutes: 45 },
    });
    expect(override.statusCode, override.body).toBe(200);
    const overridden = await created(c, '/agenda/services', { name: 'Consulta', catalog_entry_id: consultation });
    expect(overridden).toMatchObject({ name: 'Consulta', duration_minutes: 45, price: 25000, currency: 'BRL' });

    const own = await created(c, '/agenda/services', {
      catalog_entry_id: consultation,
      duration_minutes: 20,
      price: 9900,
    });
    expect(own).toMatchObject({ duration_minutes: 20, price: 9900, currency: 'BRL' });
  });

  it('an unknown or non-procedure entry is 400 naming catalog_entry_id; no entry needs name and duration', async () => {
    for (const entry of [cardiology, '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e91']) {
      const res = await c.call('POST', '/agenda/services', {
        name: 'X',
        duration_minutes: 10,
        catalog_entry_id: entry,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].pointer).toBe('/catalog_entry_id');
    }
    const bare = await c.call('POST', '/agenda/services', { price: 100, currency: 'BRL' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/name', '/duration_minutes']);
  });

  it('switching a service to another procedure takes its duration and price', async () => {
    const service = await created<{ id: string }>(c, '/agenda/services', { name: 'Retorno', duration_minutes: 15 });
    const followUp = globalEntryId('procedure', 'follow_up_consultation');
    const res = await c.call('PATCH', `/agenda/services/${service.id}`, { catalog_entry_id: followUp });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Retorno', duration_minutes: 20, price: 2500, currency: 'USD' });
  });
});

describe("professionals' specialties", () => {
  it('must be catalog specialties (400 naming the index); a procedure is not one', async () => {
    const ok = await created(c, '/agenda/professionals', { name: 'Dr. Caio', specialty_ids: [cardiology] });
    expect(ok).toMatchObject({ specialty_ids: [cardiology] });
    const bad = await c.call('POST', '/agenda/professionals', {
      name: 'Dr. X',
      specialty_ids: [cardiology, consultation],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ pointer: '/specialty_ids/1' })]);
    const patch = await c.call('PATCH', `/agenda/professionals/${ok.id}`, { specialty_ids: [consultation] });
    expect(patch.statusCode).toBe(400);
  });
});
