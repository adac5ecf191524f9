import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { and, eq } from 'drizzle-orm';
import { patientMerged } from '../contracts/events/patient-events.v1';
import { resealClinicalTexts, sealProfile } from '../db/health-fields';
import { activeProfileOf } from '../db/patient-store';
import { patientAttachments, patientNotes, patients } from '../db/schema';
import { mergeProfiles } from '../domain/merge-profiles';

export type MergePatientProfilesInput = { survivorPersonId: string; mergedPersonId: string };

// After two people were merged (customers.customer.merged): the duplicate person's clinical profile moves
// to the survivor, or, when both have one, folds into the survivor's (fields merged, notes and attachments
// moved, the duplicate kept as a tombstone). A no-op when the duplicate had none (or on a redelivery).
export async function mergePatientProfiles({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: MergePatientProfilesInput;
}): Promise<{ patientId: string; mergedPatientId: string | null } | null> {
  return withTransaction(ctx, async (t) => {
    const duplicate = await activeProfileOf(t, input.mergedPersonId, true);
    if (!duplicate) return null;
    const survivor = await activeProfileOf(t, input.survivorPersonId, true);
    const ws = duplicate.workspaceId;
    const now = new Date();
    // The duplicate's notes and attachment names are sealed under the merged person's health key: seal
    // them again under the survivor's (a sealed value is bound to its person), before they move.
    await resealClinicalTexts(t, duplicate.id, input.mergedPersonId, input.survivorPersonId);
    if (!survivor) {
      await t.tx
        .update(patients)
        .set({
          personId: input.survivorPersonId,
          ...(await sealProfile(t, input.survivorPersonId, duplicate)),
          version: duplicate.version + 1,
          updatedAt: now,
        })
        .where(and(eq(patients.workspaceId, ws), eq(patients.id, duplicate.id)));
    } else {
      await t.tx
        .update(patients)
        .set({ status: 'merged', mergedInto: survivor.id, version: duplicate.version + 1, updatedAt: now })
        .where(and(eq(patients.workspaceId, ws), eq(patients.id, duplicate.id)));
      const merged = mergeProfiles(survivor, duplicate);
      await t.tx
        .update(patients)
        .set({
          ...merged,
          ...(await sealProfile(t, survivor.personId, merged)),
          version: survivor.version + 1,
          updatedAt: now,
        })
        .where(and(eq(patients.workspaceId, ws), eq(patients.id, survivor.id)));
      for (const table of [patientNotes, patientAttachments])
        await t.tx
          .update(table)
          .set({ patientId: survivor.id })
          .where(and(eq(table.workspaceId, ws), eq(table.patientId, duplicate.id)));
      // Earlier tombstones of the duplicate now point at the survivor (one hop on lookup).
      await t.tx
        .update(patients)
        .set({ mergedInto: survivor.id })
        .where(and(eq(patients.workspaceId, ws), eq(patients.mergedInto, duplicate.id)));
    }
    const patientId = survivor?.id ?? duplicate.id;
    const mergedPatientId = survivor ? duplicate.id : null;
    await publish(t, patientMerged, {
      aggregateId: patientId,
      payload: {
        patient_id: patientId,
        merged_patient_id: mergedPatientId,
        person_id: input.survivorPersonId,
        merged_person_id: input.mergedPersonId,
      },
    });
    return { patientId, mergedPatientId };
  });
}
