import { createHash } from 'node:crypto';
import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { newId, UnsupportedMediaTypeError } from '@nexova/kernel';
import { and, eq, sql } from 'drizzle-orm';
import { receiptAttached } from '../contracts/events/payment-events.v1';
import type { Attachment } from '../contracts/payment';
import { mustLoadPayment } from '../db/payment-store';
import { attachments, payments } from '../db/schema';
import { sniffReceipt } from '../domain/sniff';
import { type ReceiptFiles, toAttachment } from './payment-view';

export type AttachReceiptInput = { paymentId: string; data: Buffer; filename?: string | null; files: ReceiptFiles };

// Stores a receipt (JPEG, PNG, WebP or PDF, judged by its bytes: 415 otherwise) and links it to the
// payment, whose version moves (its receipts are part of GET /payments/{payment_id}, so its ETag changes).
// The file is written before the row commits; a rollback leaves an orphan file, never a row without a file.
export async function attachReceipt({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: AttachReceiptInput;
}): Promise<Attachment> {
  const type = sniffReceipt(input.data);
  if (!type)
    throw new UnsupportedMediaTypeError(
      'The receipt must be a JPEG, PNG or WebP image or a PDF (checked by content).',
      {
        code: 'receipt_type_unsupported',
        errors: [{ pointer: '/file', in: 'body', message: 'is not a JPEG, PNG, WebP or PDF file' }],
      },
    );
  return withTransaction(ctx, async (t) => {
    const payment = await mustLoadPayment(t, input.paymentId);
    const id = newId();
    const ws = workspaceOf(t);
    const fileKey = `receipts/${ws}/${id}.${type.ext}`;
    await input.files.store.put(fileKey, input.data);
    const [row] = await t.tx
      .insert(attachments)
      .values({
        id,
        workspaceId: ws,
        paymentId: payment.id,
        fileKey,
        contentType: type.mime,
        size: input.data.length,
        sha256: createHash('sha256').update(input.data).digest('hex'),
        filename: input.filename?.slice(0, 255) || null,
        actorType: t.actor.type,
        actorId: t.actor.id,
      })
      .returning();
    await t.tx
      .update(payments)
      .set({ version: sql`${payments.version} + 1`, updatedAt: new Date() })
      .where(and(eq(payments.workspaceId, ws), eq(payments.id, payment.id)));
    await publish(t, receiptAttached, {
      aggregateId: payment.id,
      payload: { payment_id: payment.id, attachment_id: id, content_type: type.mime, size: input.data.length },
    });
    return toAttachment(row as NonNullable<typeof row>, input.files.signer);
  });
}
