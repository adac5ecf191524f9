import { createTestApp, type TestApp } from '@nexova/app';
import { until } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookable, type Clinic, clinicWorkspace, hold, patient, tomorrow } from './fixtures';

// The agenda books for patients of the clinic: an unknown, foreign or merged patient is refused
// naming patient_id, and merging two patients moves the duplicate's appointments to the survivor
// (clinic.patient.merged → agenda's consumer; the workers run here).

let app: TestApp;
let c: Clinic;
beforeAll(async () => {
  app = await createTestApp({}, { workers: true });
  c = await clinicWorkspace(app);
}, 120_000);
afterAll(() => app?.dispose());

const day = tomorrow();
const at = (hhmm: string) => `${day}T${hhmm}:00-03:00`;

describe('appointments name patients of the clinic', () => {
  it('an unknown or another workspace’s patient is refused, naming patient_id; nothing is held', async () => {
    const b = await bookable(c);
    const other = await clinicWorkspace(app);
    const foreign = await patient(other);
    for (const patientId of [crypto.randomUUID(), foreign]) {
      const res = await hold(c, b, at('09:00'), { patient_id: patientId });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ pointer: '/patient_id' })]);
    }
    const held = await hold(c, b, at('09:00'));
    expect(held.statusCode, held.body).toBe(201);
    const book = await c.call('POST', `/agenda/appointments/${held.json().id}/book`, { patient_id: foreign });
    expect(book.statusCode).toBe(400);
    expect(book.json().errors[0].pointer).toBe('/patient_id');
    expect((await c.call('GET', `/agenda/appointments/${held.json().id}`)).json().status).toBe('held');
  });

  it('merging two patients moves the duplicate’s appointments; booking the merged one names the survivor', async () => {
    const b = await bookable(c, { minutes: 60 });
    const survivor = (await c.call('POST', '/patients', { person: { name: 'Ana Souza' } })).json();
    const duplicate = (await c.call('POST', '/patients', { person: { name: 'Ana de Souza' } })).json();
    const first = await hold(c, b, at('10:00'), { patient_id: duplicate.id });
    const second = await hold(c, b, at('11:00'), { patient_id: duplicate.id });
    await c.call('POST', `/agenda/appointments/${first.json().id}/book`);
    const merged = await c.call('POST', `/customers/${survivor.person_id}/merge`, {
      duplicate_id: duplicate.person_id,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const list = async () =>
      (await c.call('GET', `/agenda/appointments?patient_id=${survivor.id}`)).json().items as { id: string }[];
    const moved = await until(list, (items) => items.length === 2, 'the appointments never moved');
    expect(moved.map((a) => a.id).sort()).toEqual([first.json().id, second.json().id].sort());
    expect((await c.call('GET', `/agenda/appointments?patient_id=${duplicate.id}`)).json().items).toEqual([]);
    const again = await hold(c, b, at('14:00'), { patient_id: duplicate.id });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].message).toContain(survivor.id);
  });
});
