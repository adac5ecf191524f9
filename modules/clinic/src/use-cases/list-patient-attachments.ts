import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import type { AppFiles } from '@nexova/files';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import type { Attachment } from '@nexova/payments';
import { and, desc, eq } from 'drizzle-orm';
import { openAttachments } from '../db/health-fields';
import { mustLoadPatient } from '../db/patient-store';
import { patientAttachments } from '../db/schema';
import { toPatientAttachment } from './patient-view';

export type ListPatientAttachmentsInput = { patientId: string; limit?: number; cursor?: string; files: AppFiles };

// A patient's attachments, newest first, each with a fresh signed URL (those of a merged duplicate moved here).
export async function listPatientAttachments({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListPatientAttachmentsInput;
}): Promise<Page<Attachment>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const patient = await mustLoadPatient(t, input.patientId);
    const rows = await t.tx
      .select()
      .from(patientAttachments)
      .where(
        and(
          eq(patientAttachments.workspaceId, workspaceOf(t)),
          eq(patientAttachments.patientId, patient.id),
          keysetAfterId(patientAttachments.id, after, 'desc'),
        ),
      )
      .orderBy(desc(patientAttachments.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (r) => [r.id]);
    const opened = await openAttachments(t, patient.personId, page.items);
    return { ...page, items: opened.map((a) => toPatientAttachment(a, input.files)) };
  });
}
