import { getPeople } from '@nexova/customers';
import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import type { Attachment, ReceiptFiles } from '@nexova/payments';
import { and, eq } from 'drizzle-orm';
import { type Patient, type PatientNote, toPatient } from '../contracts/patient';
import { type patientAttachments, type patientNotes, patients } from './schema';

export type PatientRowFull = typeof patients.$inferSelect;

/** A patient of this workspace or 404 (another workspace's id is not found either); `lock` takes its row lock. */
export async function mustLoadPatient(t: TxContext, id: string, lock = false): Promise<PatientRowFull> {
  const query = t.tx
    .select()
    .from(patients)
    .where(and(eq(patients.workspaceId, workspaceOf(t)), eq(patients.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError(`Patient ${id} was not found.`, { code: 'patient_not_found' });
  return row;
}

/** The living profile of a person, if any. */
export async function activeProfileOf(t: TxContext, personId: string, lock = false): Promise<PatientRowFull | null> {
  const query = t.tx
    .select()
    .from(patients)
    .where(
      and(eq(patients.workspaceId, workspaceOf(t)), eq(patients.personId, personId), eq(patients.status, 'active')),
    );
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Patient rows as the API answers them, each with its person (one query through customers' front door). */
export async function withPeople(t: TxContext, rows: PatientRowFull[]): Promise<Patient[]> {
  const people = await getPeople({ ctx: t, input: { personIds: rows.map((r) => r.personId) } });
  return rows.map((r) => toPatient(r, people.get(r.personId) ?? null));
}

export async function patientWithPerson(t: TxContext, row: PatientRowFull): Promise<Patient> {
  return (await withPeople(t, [row]))[0] as Patient;
}

export const toPatientNote = (n: typeof patientNotes.$inferSelect): PatientNote => ({
  id: n.id,
  patient_id: n.patientId,
  body: n.body,
  author: { type: n.actorType, id: n.actorId },
  created_at: n.createdAt.toISOString(),
});

/** An attachment as the API shows it: a signed, expiring URL instead of the storage key. */
export function toPatientAttachment(a: typeof patientAttachments.$inferSelect, files: ReceiptFiles): Attachment {
  const signed = files.signer.sign(a.fileKey);
  return {
    id: a.id,
    content_type: a.contentType as Attachment['content_type'],
    size: a.size,
    sha256: a.sha256,
    filename: a.filename,
    url: signed.url,
    url_expires_at: signed.expiresAt.toISOString(),
    created_at: a.createdAt.toISOString(),
  };
}
