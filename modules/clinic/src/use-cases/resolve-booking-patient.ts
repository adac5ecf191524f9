import { getPeople } from '@nexova/customers';
import { type AppContext, withTransaction } from '@nexova/db';
import { ConflictError, ValidationError } from '@nexova/kernel';
import { activeProfileOf } from '../db/patient-store';
import { createPatient } from './create-patient';
import { requirePatient } from './require-patient';

export type ResolveBookingPatientInput = {
  /** A patient id, or the id of a person of the directory (customer id). */
  id: string;
  /** JSON pointer of the field that carried it (`/patient_id`). */
  pointer?: string;
};

export type BookingPatient = { patientId: string; created: boolean };

// For the agenda: the patient an appointment is for. A living patient of this workspace answers itself
// (requirePatient: unknown, foreign or merged → 400 naming the field). The id of a person of the
// directory answers that person's living profile, opened on the spot (empty clinical fields,
// `clinic.patient.created`) when they have none, so reception can book someone known only as a shop
// customer or a chat contact. The appointment always stores the patient id.
export async function resolveBookingPatient({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ResolveBookingPatientInput;
}): Promise<BookingPatient> {
  return withTransaction(ctx, async (t) => {
    try {
      const { patientId } = await requirePatient({ ctx: t, input: { patientId: input.id, pointer: input.pointer } });
      return { patientId, created: false };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const person = (await getPeople({ ctx: t, input: { personIds: [input.id] } })).get(input.id);
      if (person?.status !== 'active') throw error;
      const existing = await activeProfileOf(t, input.id);
      if (existing) return { patientId: existing.id, created: false };
      try {
        const created = await createPatient({ ctx: t, input: { personId: input.id, defaultRegion: 'BR' } });
        return { patientId: created.id, created: true };
      } catch (raced) {
        // A concurrent booking opened the profile first: use theirs.
        const winner = raced instanceof ConflictError ? raced.extensions?.existing_id : null;
        if (typeof winner === 'string') return { patientId: winner, created: false };
        throw raced;
      }
    }
  });
}
