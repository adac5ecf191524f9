import { type AppContext, withTransaction } from '@nexova/db';
import type { Patient } from '../contracts/patient';
import { mustLoadPatient } from '../db/patient-store';
import { patientWithPerson } from './patient-view';

export type GetPatientInput = { patientId: string };

// One patient with its person (name, phone, documents); a merged profile answers as its tombstone.
export async function getPatient({ ctx, input }: { ctx: AppContext; input: GetPatientInput }): Promise<Patient> {
  return withTransaction(ctx, async (t) => patientWithPerson(t, await mustLoadPatient(t, input.patientId)));
}
