import { type ApiCall, createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import type { TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicWorkspace, expectStatus, multipart, PNG, until } from './helpers';

// Merging two people moves everything: their documents at once (customers), and their clinical profile
// through customers.customer.merged → clinic.patient.merged (the workers run here).

let app: TestApp;
let call: ApiCall;
let ws: TestWorkspace;
beforeAll(async () => {
  app = await createTestApp({}, { workers: true });
  ({ call, ws } = await clinicWorkspace(app));
}, 120_000);
afterAll(() => app?.dispose());

const clinicEvents = async (patientId: string) =>
  queryRows<{ type: string; payload: Record<string, unknown> }>(
    app.database.db,
    sql`select type, payload from events.outbox where aggregate_id = ${patientId} and type like 'clinic.patient.%' order by position`,
  );

const patientOf = async (id: string) => (await call('GET', `/patients/${id}`)).json();

describe('merging people with patient profiles', () => {
  it('folds both profiles into one: fields merged, notes and documents moved, the duplicate a tombstone', async () => {
    const survivor = (
      await call('POST', '/patients', {
        person: { name: 'Lucía Fernández', documents: [{ type: 'dni', number: '30.123.456' }] },
        allergies: [{ name: 'Latex' }],
      })
    ).json();
    const duplicate = (
      await call('POST', '/patients', {
        person: { name: 'Lucia Fernandez', documents: [{ type: 'cuit', number: '27-30123456-8' }] },
        birth_date: '1990-05-01',
        allergies: [{ name: 'latex' }, { name: 'Ibuprofen' }],
        alert_flags: ['pregnant'],
      })
    ).json();
    expectStatus(await call('POST', `/patients/${duplicate.id}/notes`, { body: 'from the duplicate' }), 201);
    const body = multipart(PNG, 'rx.png');
    const attached = await app.inject({
      method: 'POST',
      url: `/api/v1/patients/${duplicate.id}/attachments`,
      headers: { ...ws.headers, 'idempotency-key': crypto.randomUUID(), 'content-type': body.contentType },
      payload: body.payload,
    });
    expectStatus(attached, 201);

    const merged = await call('POST', `/customers/${survivor.person_id}/merge`, { duplicate_id: duplicate.person_id });
    expectStatus(merged, 200);
    // Documents move in the merge's own transaction.
    const docs = (await call('GET', `/people/${survivor.person_id}/documents`)).json().items;
    expect(docs.map((d: { type: string }) => d.type).sort()).toEqual(['cuit', 'dni']);
    const byCuit = await call('GET', '/people/by-document/cuit/27301234568');
    expect(byCuit.json().id).toBe(survivor.person_id);

    const folded = await until(
      () => patientOf(duplicate.id),
      (p) => p.status === 'merged',
      'the duplicate profile was never merged',
    );
    expect(folded.merged_into).toBe(survivor.id);
    const kept = await patientOf(survivor.id);
    expect(kept).toMatchObject({
      status: 'active',
      version: 2,
      birth_date: '1990-05-01',
      alert_flags: ['pregnant'],
      person: { id: survivor.person_id },
    });
    expect(kept.allergies.map((a: { name: string }) => a.name)).toEqual(['Latex', 'Ibuprofen']);
    expect(kept.person.documents).toHaveLength(2);
    const notes = (await call('GET', `/patients/${survivor.id}/notes`)).json().items;
    expect(notes.map((n: { body: string }) => n.body)).toEqual(['from the duplicate']);
    const files = (await call('GET', `/patients/${survivor.id}/attachments`)).json().items;
    expect(files.map((f: { id: string }) => f.id)).toEqual([attached.json().id]);
    const list = (await call('GET', '/patients?q=27301234568')).json().items;
    expect(list.map((p: { id: string }) => p.id)).toEqual([survivor.id]);
    expectStatus(await call('PATCH', `/patients/${duplicate.id}`, { gender: 'x' }), 409);
    expect((await clinicEvents(survivor.id)).map((e) => e.type)).toEqual([
      'clinic.patient.created',
      'clinic.patient.merged',
    ]);
    expect((await clinicEvents(survivor.id))[1]?.payload).toEqual({
      patient_id: survivor.id,
      merged_patient_id: duplicate.id,
      person_id: survivor.person_id,
      merged_person_id: duplicate.person_id,
    });
  });

  it('moves the only profile to the surviving person when the survivor was not a patient', async () => {
    const shopper = (await call('POST', '/customers', { name: 'Rafael Costa', phone: '+5521999990000' })).json();
    const patient = (await call('POST', '/patients', { person: { name: 'Rafa Costa' }, sex: 'male' })).json();
    expectStatus(await call('POST', `/customers/${shopper.id}/merge`, { duplicate_id: patient.person_id }), 200);
    const moved = await until(
      () => patientOf(patient.id),
      (p) => p.person_id === shopper.id,
      'the profile never moved to the surviving person',
    );
    expect(moved).toMatchObject({ status: 'active', sex: 'male', version: 2, person: { phone: '+5521999990000' } });
    const events = await clinicEvents(patient.id);
    expect(events.at(-1)).toMatchObject({ type: 'clinic.patient.merged', payload: { merged_patient_id: null } });
    const again = await call('POST', '/patients', { person_id: shopper.id });
    expect(again.json()).toMatchObject({ code: 'patient_exists', existing_id: patient.id });
  });
});
