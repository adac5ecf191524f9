import { type AppContext, withTransaction } from '@nexova/db';
import { activeProfileOf } from '../db/patient-store';

export type FindPersonPatientInput = { personId: string };

// For other modules (the agent): the living clinical profile of a person of the directory, or null
// when they have none — a read that never opens a profile (resolveBookingPatient does, to book).
export async function findPersonPatient({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: FindPersonPatientInput;
}): Promise<{ patientId: string } | null> {
  return withTransaction(ctx, async (t) => {
    const row = await activeProfileOf(t, input.personId);
    return row ? { patientId: row.id } : null;
  });
}
