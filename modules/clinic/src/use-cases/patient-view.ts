import { getPeople } from '@nexova/customers';
import type { TxContext } from '@nexova/db';
import { type AppFiles, signedAttachment } from '@nexova/files';
import type { Attachment } from '@nexova/payments';
import { type Patient, toPatient } from '../contracts/patient';
import { openPatients, type PatientRowFull } from '../db/patient-store';
import type { patients } from '../db/schema';

type StoredPatient = typeof patients.$inferSelect;

import type { patientAttachments } from '../db/schema';

// How patients and their files are answered: with the person from the people directory (customers'
// front door) and signed URLs. Use-case steps, not queries: db/ reads this module's tables only.

/** Patient rows as the API answers them, each with its person (one query through customers' front door). */
export async function withPeople(t: TxContext, stored: StoredPatient[]): Promise<Patient[]> {
  const rows = await openPatients(t, stored);
  const people = await getPeople({ ctx: t, input: { personIds: rows.map((r) => r.personId) } });
  return rows.map((r) => toPatient(r, people.get(r.personId) ?? null));
}

export async function patientWithPerson(t: TxContext, row: StoredPatient | PatientRowFull): Promise<Patient> {
  return (await withPeople(t, [row]))[0] as Patient;
}

/** An attachment as the API shows it: a signed, expiring URL instead of the storage key. */
export const toPatientAttachment = (a: typeof patientAttachments.$inferSelect, files: AppFiles): Attachment =>
  signedAttachment(a, files.signer) as Attachment;
