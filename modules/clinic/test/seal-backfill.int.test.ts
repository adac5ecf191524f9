import { type ApiCall, createTestApp, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import type { TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientAttachments, patientNotes, patients } from '../src/db/schema';
import { sealClearRecords } from '../src/index';
import { clinicWorkspace, expectStatus } from './helpers';

// The clinic's sealing backfill (docs/PRIVACY.md): clinical rows written in clear before encryption at
// rest — the profile's JSON, note bodies, attachment names — are read as they are meanwhile, then sealed
// with the person's health key by `clinic:seal-backfill` and still read the same through the API.

let app: TestApp;
let call: ApiCall;
let ws: TestWorkspace;
beforeAll(async () => {
  app = await createTestApp();
  ({ call, ws } = await clinicWorkspace(app));
}, 120_000);
afterAll(() => app?.dispose());

const inWorkspace = <T>(fn: Parameters<typeof withTransaction<T>>[1]) =>
  withTransaction({ ...systemContext(ws.workspaceId), db: app.database.db }, fn);
const stored = (patientId: string) =>
  inWorkspace(async (t) =>
    JSON.stringify([
      await queryRows(
        t.tx,
        sql`select allergies, conditions, alert_flags, emergency_contact from clinic.patients where id = ${patientId}`,
      ),
      await queryRows(t.tx, sql`select body from clinic.notes where patient_id = ${patientId}`),
      await queryRows(t.tx, sql`select filename from clinic.attachments where patient_id = ${patientId}`),
    ]),
  );
const CLEAR = ['Penicilina', 'Diabetes', 'marcapasso', 'Olga Antiga', '955554444', 'Glicemia alta', 'exame-olga'];
const backfill = async () => {
  const ctx = { ...systemContext(null), db: app.database.db };
  const total = { patients: 0, notes: 0, attachments: 0 };
  for (let more = true; more; ) {
    const done = await sealClearRecords({ ctx, input: { batch: 1 } });
    for (const k of ['patients', 'notes', 'attachments'] as const) total[k] += done[k];
    more = done.more;
  }
  return total;
};

describe('clinical records written before encryption', () => {
  it('are read in clear meanwhile, sealed by the backfill, and read the same after', async () => {
    const person = await call('POST', '/customers', { name: 'Olga Antiga' });
    expectStatus(person, 201);
    const patientId = newId();
    await inWorkspace(async (t) => {
      const workspaceId = ws.workspaceId;
      await t.tx.insert(patients).values({
        id: patientId,
        workspaceId,
        personId: person.json().id,
        allergies: [{ name: 'Penicilina', severity: 'severe', reaction: null }],
        conditions: [{ name: 'Diabetes', icd10: 'E11', since: null }],
        alertFlags: ['marcapasso'],
        emergencyContact: { name: 'Olga Antiga Filha', phone: '+5511955554444', relationship: 'child' },
      });
      await t.tx.insert(patientNotes).values(
        ['Glicemia alta em jejum.', 'Glicemia alta de novo.'].map((body) => ({
          id: newId(),
          workspaceId,
          patientId,
          body,
          actorType: 'system',
        })),
      );
      await t.tx.insert(patientAttachments).values({
        id: newId(),
        workspaceId,
        patientId,
        fileKey: `patients/${workspaceId}/${newId()}`,
        contentType: 'image/png',
        size: 10,
        sha256: '0'.repeat(64),
        filename: 'exame-olga.png',
        actorType: 'system',
      });
    });
    const read = async () => {
      const patient = await call('GET', `/patients/${patientId}`);
      expectStatus(patient, 200);
      const notes = (await call('GET', `/patients/${patientId}/notes`))
        .json()
        .items.map((n: { body: string }) => n.body);
      const files = (await call('GET', `/patients/${patientId}/attachments`)).json().items;
      const { allergies, conditions, alert_flags, emergency_contact } = patient.json();
      return {
        allergies,
        conditions,
        alert_flags,
        emergency_contact,
        notes: notes.sort(),
        files: files.map((f: { filename: string }) => f.filename),
      };
    };
    const before = await read();
    expect(before).toMatchObject({
      allergies: [{ name: 'Penicilina', severity: 'severe' }],
      conditions: [{ name: 'Diabetes', icd10: 'E11' }],
      alert_flags: ['marcapasso'],
      emergency_contact: { name: 'Olga Antiga Filha', relationship: 'child' },
      notes: ['Glicemia alta de novo.', 'Glicemia alta em jejum.'],
      files: ['exame-olga.png'],
    });
    expect(await stored(patientId)).toContain('Penicilina');

    expect(await backfill()).toEqual({ patients: 1, notes: 2, attachments: 1 });
    const sealed = await stored(patientId);
    for (const clear of CLEAR) expect(sealed).not.toContain(clear);
    expect(sealed.match(/pd1\./g)).toHaveLength(7);
    expect(await read()).toEqual(before);

    // Nothing is left: another pass seals nothing and leaves the ciphertext as it was.
    expect(await backfill()).toEqual({ patients: 0, notes: 0, attachments: 0 });
    expect(await stored(patientId)).toBe(sealed);
  });
});
