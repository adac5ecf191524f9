import { unstorableError } from '@nexova/http';
import { AppError, BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from '@nexova/kernel';
import type { FastifyRequest } from 'fastify';

/** The parsed multipart body of a receipt upload: the file part and any text fields. */
export type ReceiptUpload = {
  file: { field: string; filename: string | null; data: Buffer } | null;
  fields: Record<string, string>;
};

/** How an upload route names its file in errors (payments: a receipt; the clinic: an attachment). */
export type UploadNaming = { noun: string; tooLargeCode: string };
const RECEIPT: UploadNaming = { noun: 'receipt', tooLargeCode: 'receipt_too_large' };

/** Maps what reading a multipart body can throw to a 4xx; nothing a client sends is a 500. */
function uploadError(error: unknown, maxBytes: number, naming: UploadNaming): AppError {
  if (error instanceof AppError) return error;
  const e = error as { code?: string; statusCode?: number; message?: string };
  if (e?.code === 'FST_REQ_FILE_TOO_LARGE' || e?.statusCode === 413) {
    return new PayloadTooLargeError(`A ${naming.noun} may be at most ${maxBytes} bytes (one file, a few fields).`, {
      code: naming.tooLargeCode,
      extensions: { max_bytes: maxBytes },
    });
  }
  // busboy: "Boundary not found", "Unexpected end of form", "Malformed part header"…
  return new BadRequestError('The multipart/form-data body could not be read (boundary, parts or headers).', {
    code: 'multipart_invalid',
  });
}

/**
 * preValidation of POST /payments/{payment_id}/attachments (and the clinic's patient attachments): reads the whole multipart body (one file of at
 * most `maxBytes`, a few fields) into `request.body` before the handler runs, so the idempotency
 * fingerprint covers the file's digest and the fields, and a malformed body is a 400, not a 500.
 */
export function readReceipt(maxBytes: number, naming: UploadNaming = RECEIPT) {
  return async function readReceiptBody(request: FastifyRequest): Promise<void> {
    if (!request.isMultipart()) {
      throw new UnsupportedMediaTypeError(`Send the ${naming.noun} as multipart/form-data with one file part.`, {
        code: 'multipart_required',
      });
    }
    const upload: ReceiptUpload = { file: null, fields: {} };
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          const data = await part.toBuffer();
          upload.file = { field: part.fieldname, filename: part.filename || null, data };
        } else {
          upload.fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
        }
      }
    } catch (error) {
      throw uploadError(error, maxBytes, naming);
    }
    const unstorable = unstorableError({
      body: { file: { filename: upload.file?.filename ?? '', field: upload.file?.field ?? '' }, fields: upload.fields },
    });
    if (unstorable) throw unstorable;
    request.body = upload;
  };
}
