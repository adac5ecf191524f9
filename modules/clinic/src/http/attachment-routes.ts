import multipart from '@fastify/multipart';
import { appFiles } from '@nexova/files';
import { ValidationError } from '@nexova/kernel';
import { type ReceiptUpload, readReceipt } from '@nexova/payments';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { attachPatientFile } from '../use-cases/attach-patient-file';
import { listPatientAttachments } from '../use-cases/list-patient-attachments';
import * as s from './patients.schema';

const tags = ['patients'];

/**
 * /patients/{patient_id}/attachments: files of the record in the app's file store (@nexova/files: disk or S3), downloaded through signed, expiring URLs (GET /files/…).
 */
export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const cfg = app.config;
  const files = appFiles(cfg);
  const maxBytes = cfg.PATIENT_ATTACHMENT_MAX_BYTES;
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 11 } });

  app.get(
    '/patients/:patient_id/attachments',
    {
      config: { permission: 'patients:read' },
      schema: {
        operationId: 'listPatientAttachments',
        summary: "A patient's attachments, newest first, with signed URLs",
        tags,
        params: s.patientParams,
        querystring: s.notesQuery(cfg),
        response: { 200: s.attachmentPage },
      },
    },
    async (req) =>
      listPatientAttachments({ ctx: req.ctx, input: { patientId: req.params.patient_id, ...req.query, files } }),
  );

  app.post(
    '/patients/:patient_id/attachments',
    {
      config: { permission: 'patients:write' },
      // The body is read before the handler (and the idempotency fingerprint covers the file's digest).
      preValidation: readReceipt(maxBytes, { noun: 'attachment', tooLargeCode: 'attachment_too_large' }),
      schema: {
        operationId: 'attachPatientFile',
        summary: 'Attach a file to a patient (JPEG, PNG, WebP or PDF)',
        description: `multipart/form-data with one file part (any field name). Up to PATIENT_ATTACHMENT_MAX_BYTES (${maxBytes} bytes here; 413 above); the type is decided by the content (415 otherwise). 201 with Location: the signed, expiring URL of the stored file.`,
        tags,
        params: s.patientParams,
        response: { 201: s.attachmentResponse },
      },
    },
    async (req, reply) => {
      const { file } = req.body as ReceiptUpload;
      if (!file)
        throw new ValidationError('Send the attachment as a multipart/form-data file part.', [
          { pointer: '/file', in: 'body', message: 'is required' },
        ]);
      const attachment = await attachPatientFile({
        ctx: req.ctx,
        input: { patientId: req.params.patient_id, data: file.data, filename: file.filename, files },
      });
      reply.code(201).header('location', attachment.url);
      return attachment;
    },
  );
};
