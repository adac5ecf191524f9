import { UnsupportedMediaTypeError } from '@nexova/kernel';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getImportJob } from '../use-cases/get-import-job';
import { startProductImport } from '../use-cases/start-product-import';
import * as s from './products.schema';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['catalog'];

/** POST /products/import (raw CSV or XLSX body → 202 job) and GET /products/import/:jobId. */
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const cfg = app.config;
  // Import bodies are the raw file, parsed by the import itself; this parser lives only in this plugin.
  app.addContentTypeParser(
    ['text/csv', XLSX],
    { parseAs: 'buffer', bodyLimit: cfg.CATALOG_IMPORT_MAX_BYTES },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/products/import',
    {
      config: { permission: 'products:import', bodyLimit: cfg.CATALOG_IMPORT_MAX_BYTES },
      bodyLimit: cfg.CATALOG_IMPORT_MAX_BYTES,
      schema: {
        summary: 'Import products from a CSV or XLSX file (the raw file is the body)',
        description: `Send the file as the body with Content-Type text/csv or ${XLSX}. Columns: name, sku, price (decimal), and optionally description, category, status, options ("size=M; colour=red"). Rows sharing a name become variants of one product. Answers 202 with a job to poll.`,
        tags,
        querystring: s.importQuery,
        response: { 202: s.importJobSchema },
      },
    },
    async (req, reply) => {
      const type = String(req.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim();
      if (!Buffer.isBuffer(req.body) || (type !== 'text/csv' && type !== XLSX))
        throw new UnsupportedMediaTypeError(`Send the file as text/csv or ${XLSX}.`);
      const { job } = await startProductImport({
        ctx: req.ctx,
        input: {
          file: req.body,
          format: type === XLSX ? 'xlsx' : 'csv',
          currency: req.query.currency,
          maxRows: cfg.CATALOG_IMPORT_MAX_ROWS,
        },
      });
      reply.code(202);
      return job;
    },
  );

  app.get(
    '/products/import/:jobId',
    {
      config: { permission: 'products:read' },
      schema: {
        summary: 'Progress and report of a product import',
        tags,
        params: s.jobParams,
        response: { 200: s.importJobSchema },
      },
    },
    async (req) => getImportJob({ ctx: req.ctx, input: { jobId: req.params.jobId } }),
  );
};
