import multipart from '@fastify/multipart';
import { appFiles } from '@nexova/files';
import { AppError, PayloadTooLargeError, ValidationError } from '@nexova/kernel';
import { type ReceiptUpload, readReceipt } from '@nexova/payments';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { conversationSettings } from '../settings';
import { uploadConversationFile } from '../use-cases/upload-conversation-file';
import * as s from './files.schema';

const tags = ['conversations'];

/** POST /conversations/{conversation_id}/files: a member uploads an image or PDF to send in it. */
export const conversationFileRoutes: FastifyPluginAsyncZod = async (app) => {
  const { upload } = conversationSettings(app.config);
  const files = appFiles(app.config);
  await app.register(multipart, { limits: { fileSize: upload.maxBytes, files: 1, fields: 10, parts: 11 } });
  // payments' multipart reader (one file in memory, 400 on a malformed body), its 413 naming the field.
  const read = readReceipt(upload.maxBytes, { noun: 'file', tooLargeCode: 'conversation_file_too_large' });
  const readFile = async (req: FastifyRequest) => {
    try {
      await read(req);
    } catch (e) {
      if (!(e instanceof AppError) || e.status !== 413) throw e;
      throw new PayloadTooLargeError(e.message, {
        code: 'conversation_file_too_large',
        errors: [{ pointer: '/file', in: 'body', message: `is larger than ${upload.maxBytes} bytes` }],
        extensions: { max_bytes: upload.maxBytes },
      });
    }
  };

  app.post(
    '/conversations/:conversation_id/files',
    {
      // Not wrapped in the idempotency transaction: the file is written to the store (disk or S3) with
      // no transaction open. A retried upload only leaves another unsent file (nothing is sent here).
      config: { permission: 'conversations:write', idempotent: false },
      preValidation: readFile,
      schema: {
        operationId: 'uploadConversationFile',
        summary: 'Upload an image or PDF to send in a conversation',
        description: s.uploadDescription(upload.maxBytes, upload.types),
        tags,
        params: s.conversationParams,
        response: { 201: s.uploadedFile },
      },
    },
    async (req, reply) => {
      const { file } = req.body as ReceiptUpload;
      if (!file)
        throw new ValidationError('Send the file as a multipart/form-data file part.', [
          { pointer: '/file', in: 'body', message: 'is required' },
        ]);
      const media = await uploadConversationFile({
        ctx: req.ctx,
        input: {
          conversationId: req.params.conversation_id,
          data: file.data,
          filename: file.filename,
          allowedTypes: upload.types,
          store: files.store,
          sign: (key) => files.signer.sign(key),
        },
      });
      // Location: the signed, expiring URL of the stored file (as the clinic's attachments answer).
      return reply
        .code(201)
        .header('location', media.url ?? '')
        .send(media);
    },
  );
};
