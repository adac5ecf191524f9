import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, ConflictError, versionRaceLost } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { patientUpdated } from '../contracts/events/patient-events.v1';
import type { Patient } from '../contracts/patient';
import type { ProfileInput } from '../contracts/patient-fields';
import { sealProfile } from '../db/health-fields';
import { mustLoadPatient } from '../db/patient-store';
import { patients } from '../db/schema';
import { latestBirthDate } from '../domain/dates';
import { changedFields } from '../domain/merge-profiles';
import { profileValues } from '../domain/profile-values';
import { patientWithPerson } from './patient-view';

export type UpdatePatientInput = ProfileInput & {
  patientId: string;
  /** Optimistic concurrency (If-Match): 412 when the profile changed since this version. */
  expectedVersion?: number;
  defaultRegion: string;
};

// Changes a patient's clinical profile (lists are replaced whole). The write is conditioned on the version
// read: a concurrent change answers 409/412, never overwritten. Person fields change at /customers.
export async function updatePatient({ ctx, input }: { ctx: AppContext; input: UpdatePatientInput }): Promise<Patient> {
  return withTransaction(ctx, async (t) => {
    const current = await mustLoadPatient(t, input.patientId);
    assertExpectedVersion(current.version, input.expectedVersion, `Patient ${current.id}`);
    if (current.status === 'merged')
      throw new ConflictError(`Patient ${current.id} was merged into ${current.mergedInto}.`, {
        code: 'patient_merged',
        extensions: { merged_into: current.mergedInto },
      });
    const next = profileValues(input, current, input.defaultRegion, latestBirthDate());
    const changed = changedFields(current, next);
    if (changed.length === 0) return patientWithPerson(t, current);
    const [row] = await t.tx
      .update(patients)
      .set({
        ...next,
        ...(await sealProfile(t, current.personId, next)),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(patients.workspaceId, current.workspaceId),
          eq(patients.id, current.id),
          eq(patients.version, current.version),
        ),
      )
      .returning();
    if (!row) versionRaceLost(current.version, input.expectedVersion, `Patient ${current.id}`);
    await publish(t, patientUpdated, {
      aggregateId: row.id,
      payload: { patient_id: row.id, changed, version: row.version },
    });
    return patientWithPerson(t, row);
  });
}
