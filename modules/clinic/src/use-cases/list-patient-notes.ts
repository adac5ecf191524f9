import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq } from 'drizzle-orm';
import type { PatientNote } from '../contracts/patient';
import { openNotes } from '../db/health-fields';
import { mustLoadPatient, toPatientNote } from '../db/patient-store';
import { patientNotes } from '../db/schema';

export type ListPatientNotesInput = { patientId: string; limit?: number; cursor?: string };

// A patient's notes, newest first, with their authors (notes of a merged duplicate moved here).
export async function listPatientNotes({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListPatientNotesInput;
}): Promise<Page<PatientNote>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const patient = await mustLoadPatient(t, input.patientId);
    const rows = await t.tx
      .select()
      .from(patientNotes)
      .where(
        and(
          eq(patientNotes.workspaceId, workspaceOf(t)),
          eq(patientNotes.patientId, patient.id),
          keysetAfterId(patientNotes.id, after, 'desc'),
        ),
      )
      .orderBy(desc(patientNotes.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (r) => [r.id]);
    return { ...page, items: (await openNotes(t, patient.personId, page.items)).map(toPatientNote) };
  });
}
