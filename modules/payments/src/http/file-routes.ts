import { appFiles, closeAppFiles } from '@nexova/files';
import { ForbiddenError, NotFoundError } from '@nexova/kernel';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MIME_BY_EXT } from '../domain/sniff';
import * as s from './payments.schema';

/** GET /files/<key>?expires&sig — serves stored files to whoever holds an unexpired signed URL. */
export const fileRoutes: FastifyPluginAsyncZod = async (app) => {
  const files = appFiles(app.config);
  app.addReadinessCheck('files', async () => {
    await files.store.check();
    return { ok: true };
  });
  app.addHook('onClose', () => closeAppFiles(app.config));

  app.get(
    '/files/*',
    {
      config: { auth: 'public' },
      schema: {
        summary: 'Download a file through a signed, expiring URL',
        operationId: 'downloadFile',
        description: 'The URL comes from the API (e.g. a payment receipt); 403 when expired or tampered with.',
        tags: ['files'],
        params: s.fileParams,
        querystring: s.fileQuery,
      },
    },
    async (req, reply) => {
      const key = req.params['*'];
      const verdict = files.signer.verify({ key, expires: req.query.expires, sig: req.query.sig });
      if (verdict === 'expired') throw new ForbiddenError('This file URL has expired.', { code: 'signed_url_expired' });
      if (verdict !== 'ok') throw new ForbiddenError('This file URL is not valid.', { code: 'signed_url_invalid' });
      const data = await files.store.get(key);
      if (!data) throw new NotFoundError('The file was not found.', { code: 'file_not_found' });
      const ext = key.split('.').pop() ?? '';
      reply.header('content-type', MIME_BY_EXT[ext] ?? 'application/octet-stream');
      reply.header('cache-control', 'private, no-store');
      reply.header('x-content-type-options', 'nosniff');
      // Always a download, never rendered in our origin (a PDF or SVG could carry script).
      reply.header('content-disposition', `attachment; filename="${key.split('/').pop()}"`);
      return data;
    },
  );
};
