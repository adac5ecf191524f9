import { type ApiCall, createTestApp, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import type { TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicWorkspace, expectStatus, multipart, PNG } from './helpers';

// Clinical data sealed at rest with the person's health key (docs/PRIVACY.md): allergies, conditions,
// alert flags, the emergency contact, note bodies and attachment names are stored sealed and read in
// clear; erasing the person shreds their personal key only, so the clinical record the law keeps
// stays readable, under the pseudonym.

let app: TestApp;
let call: ApiCall;
let ws: TestWorkspace;
beforeAll(async () => {
  app = await createTestApp();
  ({ call, ws } = await clinicWorkspace(app));
}, 120_000);
afterAll(() => app?.dispose());

const raw = (query: ReturnType<typeof sql>) =>
  withTransaction({ ...systemContext(ws.workspaceId), db: app.database.db }, (t) => queryRows(t.tx, query));

describe('clinical data at rest', () => {
  it('is sealed in storage, clear through the API, and outlives the erasure of the person', async () => {
    const created = await call('POST', '/patients', {
      person: { name: 'Helena Sigilo', phone: '+5511987650033' },
      allergies: [{ name: 'Dipirona', severity: 'severe' }],
      conditions: [{ name: 'Asma', icd10: 'J45' }],
      alert_flags: ['gestante'],
      emergency_contact: { name: 'Rui Sigilo', phone: '+5511912340033', relationship: 'spouse' },
    });
    expectStatus(created, 201);
    const patient = created.json();
    expectStatus(
      await call('POST', `/patients/${patient.id}/notes`, { body: 'Crise asmática leve, nebulização.' }),
      201,
    );
    const body = multipart(PNG, 'espirometria-helena.png');
    const upload = await app.inject({
      method: 'POST',
      url: `/api/v1/patients/${patient.id}/attachments`,
      headers: { ...ws.headers, 'idempotency-key': crypto.randomUUID(), 'content-type': body.contentType },
      payload: body.payload,
    });
    expectStatus(upload, 201);
    expect(upload.json().filename).toBe('espirometria-helena.png');

    const stored = JSON.stringify([
      await raw(
        sql`select allergies, conditions, alert_flags, emergency_contact from clinic.patients where id = ${patient.id}`,
      ),
      await raw(sql`select body from clinic.notes where patient_id = ${patient.id}`),
      await raw(sql`select filename from clinic.attachments where patient_id = ${patient.id}`),
    ]);
    for (const clear of ['Dipirona', 'Asma', 'gestante', 'Rui Sigilo', '912340033', 'nebulização', 'espirometria'])
      expect(stored).not.toContain(clear);
    expect(stored.match(/pd1\./g)).toHaveLength(6);

    const read = (await call('GET', `/patients/${patient.id}`)).json();
    expect(read).toMatchObject({
      allergies: [{ name: 'Dipirona', severity: 'severe' }],
      conditions: [{ name: 'Asma', icd10: 'J45' }],
      alert_flags: ['gestante'],
      emergency_contact: { name: 'Rui Sigilo', relationship: 'spouse' },
    });
    expect((await call('GET', `/patients/${patient.id}/notes`)).json().items[0].body).toBe(
      'Crise asmática leve, nebulização.',
    );

    expectStatus(await call('POST', `/people/${patient.person_id}/erase`), 200);
    const kept = (await call('GET', `/patients/${patient.id}`)).json();
    expect(kept.person.name).toMatch(/^Erased person /);
    expect(kept.person.phone).toBeNull();
    expect(kept.allergies).toEqual([{ name: 'Dipirona', severity: 'severe', reaction: null }]);
    expect((await call('GET', `/patients/${patient.id}/notes`)).json().items).toHaveLength(1);
    expect((await call('GET', `/patients/${patient.id}/attachments`)).json().items[0].filename).toBe(
      'espirometria-helena.png',
    );
  });
});
