import { createHash } from 'node:crypto';
import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import type { AppFiles } from '@nexova/files';
import { newId, UnsupportedMediaTypeError } from '@nexova/kernel';
import { type Attachment, sniffReceipt } from '@nexova/payments';
import { sealFilename } from '../db/health-fields';
import { mustLoadPatient } from '../db/patient-store';
import { patientAttachments } from '../db/schema';
import { toPatientAttachment } from './patient-view';

export type AttachPatientFileInput = {
  patientId: string;
  data: Buffer;
  filename?: string | null;
  /** The app's file store and URL signer (payments' receipts store: disk or S3). */
  files: AppFiles;
};

// Stores a file of a patient's record (JPEG, PNG, WebP or PDF, judged by its bytes: 415 otherwise) and
// lists it on the patient. The file is written before the row commits: a rollback leaves an orphan file,
// never a row without a file.
export async function attachPatientFile({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: AttachPatientFileInput;
}): Promise<Attachment> {
  const type = sniffReceipt(input.data);
  if (!type)
    throw new UnsupportedMediaTypeError(
      'The attachment must be a JPEG, PNG or WebP image or a PDF (checked by content).',
      {
        code: 'attachment_type_unsupported',
        errors: [{ pointer: '/file', in: 'body', message: 'is not a JPEG, PNG, WebP or PDF file' }],
      },
    );
  return withTransaction(ctx, async (t) => {
    const patient = await mustLoadPatient(t, input.patientId);
    const filename = input.filename?.slice(0, 255) || null;
    const id = newId();
    const ws = workspaceOf(t);
    const fileKey = `patients/${ws}/${patient.id}/${id}.${type.ext}`;
    await input.files.store.put(fileKey, input.data);
    const [row] = await t.tx
      .insert(patientAttachments)
      .values({
        id,
        workspaceId: ws,
        patientId: patient.id,
        fileKey,
        contentType: type.mime,
        size: input.data.length,
        sha256: createHash('sha256').update(input.data).digest('hex'),
        filename: await sealFilename(t, patient.personId, filename),
        actorType: t.actor.type,
        actorId: t.actor.id,
      })
      .returning();
    return toPatientAttachment({ ...(row as NonNullable<typeof row>), filename }, input.files);
  });
}
