import { type AppContext, withTransaction } from '@nexova/db';
import { newId, ValidationError } from '@nexova/kernel';
import type { PatientNote } from '../contracts/patient';
import { sealNoteBody } from '../db/health-fields';
import { mustLoadPatient, toPatientNote } from '../db/patient-store';
import { patientNotes } from '../db/schema';

export type AddPatientNoteInput = { patientId: string; body: string };

// Appends a clinical note signed by the actor (append-only: a correction is a new note). Notes are their
// own collection (GET /patients/{patient_id}/notes), so the profile's version does not move.
export async function addPatientNote({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: AddPatientNoteInput;
}): Promise<PatientNote> {
  const body = input.body.trim();
  if (!body)
    throw new ValidationError('The note is empty.', [{ pointer: '/body', in: 'body', message: 'is required' }]);
  return withTransaction(ctx, async (t) => {
    const patient = await mustLoadPatient(t, input.patientId);
    const [row] = await t.tx
      .insert(patientNotes)
      .values({
        id: newId(),
        workspaceId: patient.workspaceId,
        patientId: patient.id,
        body: await sealNoteBody(t, patient.personId, body),
        actorType: t.actor.type,
        actorId: t.actor.id,
      })
      .returning();
    return toPatientNote({ ...(row as NonNullable<typeof row>), body });
  });
}
