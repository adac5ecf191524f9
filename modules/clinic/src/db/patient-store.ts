import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { PatientNote } from '../contracts/patient';
import { type patientNotes, patients } from './schema';

export type PatientRowFull = typeof patients.$inferSelect;

/** A patient of this workspace, or null (another workspace's id is not found either); `lock` takes its row lock. */
export async function patientRow(t: TxContext, id: string, lock = false): Promise<PatientRowFull | null> {
  const query = t.tx
    .select()
    .from(patients)
    .where(and(eq(patients.workspaceId, workspaceOf(t)), eq(patients.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** A patient of this workspace or 404; `lock` takes its row lock. */
export async function mustLoadPatient(t: TxContext, id: string, lock = false): Promise<PatientRowFull> {
  const row = await patientRow(t, id, lock);
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

export const toPatientNote = (n: typeof patientNotes.$inferSelect): PatientNote => ({
  id: n.id,
  patient_id: n.patientId,
  body: n.body,
  author: { type: n.actorType, id: n.actorId },
  created_at: n.createdAt.toISOString(),
});
