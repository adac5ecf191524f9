import { type AppContext, withTransaction } from '@nexova/db';
import { ValidationError } from '@nexova/kernel';
import { patientRow } from '../db/patient-store';

export type RequirePatientInput = {
  patientId: string;
  /** Where the id came from in the caller's request body (the error points there). */
  pointer?: string;
};

/**
 * For other modules that refer to a patient (the agenda books for one, billing invoices one): the
 * patient must be a living profile of this workspace, else 400 naming the field. A merged profile
 * names the one it was folded into, so the caller can retry with it.
 */
export async function requirePatient({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: RequirePatientInput;
}): Promise<{ patientId: string; personId: string }> {
  return withTransaction(ctx, async (t) => {
    const row = await patientRow(t, input.patientId);
    const pointer = input.pointer ?? '/patient_id';
    const refuse = (message: string) => new ValidationError(message, [{ pointer, in: 'body', message }]);
    if (!row) throw refuse(`no patient ${input.patientId} in this workspace`);
    if (row.status === 'merged') throw refuse(`patient ${row.id} was merged into ${row.mergedInto}; use that one`);
    return { patientId: row.id, personId: row.personId };
  });
}
