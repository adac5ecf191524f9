import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { PatientNote, PatientRow } from '../contracts/patient';
import { openPatientRows } from './health-fields';
import { type patientNotes, patients } from './schema';

type StoredPatient = typeof patients.$inferSelect;
/** A patient row with its clinical fields opened (db/health-fields.ts). */
export type PatientRowFull = Omit<StoredPatient, 'allergies' | 'conditions' | 'alertFlags' | 'emergencyContact'> &
  Pick<PatientRow, 'allergies' | 'conditions' | 'alertFlags' | 'emergencyContact'>;

/** Stored rows (sealed) with their clinical fields opened. */
export async function openPatients(t: TxContext, rows: StoredPatient[]): Promise<PatientRowFull[]> {
  const opened = await openPatientRows(t, rows);
  return rows.map((r, i) => ({ ...r, ...pickProfile(opened[i] as PatientRow) }));
}

const pickProfile = (r: PatientRow) => ({
  allergies: r.allergies,
  conditions: r.conditions,
  alertFlags: r.alertFlags,
  emergencyContact: r.emergencyContact,
});

/** A patient of this workspace, or null (another workspace's id is not found either); `lock` takes its row lock. */
export async function patientRow(t: TxContext, id: string, lock = false): Promise<PatientRowFull | null> {
  const query = t.tx
    .select()
    .from(patients)
    .where(and(eq(patients.workspaceId, workspaceOf(t)), eq(patients.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ? ((await openPatients(t, [row]))[0] ?? null) : null;
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
  return row ? ((await openPatients(t, [row]))[0] ?? null) : null;
}

export const toPatientNote = (n: typeof patientNotes.$inferSelect): PatientNote => ({
  id: n.id,
  patient_id: n.patientId,
  body: n.body,
  author: { type: n.actorType, id: n.actorId },
  created_at: n.createdAt.toISOString(),
});
