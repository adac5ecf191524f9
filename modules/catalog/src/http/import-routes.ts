import { UnsupportedMediaTypeError } from '@nexova/kernel';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getImportJob } from '../use-cases/get-import-job';
import { startProductImport } from '../use-cases/start-product-import';
import * as s from './products.schema';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['products'];

/** POST /products/import (raw CSV or XLSX body → 202 job) and GET /products/import/:job_id. */
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
        operationId: 'importProducts',
        summary: 'Import products from a CSV or XLSX file (the raw file is the body)',
        description: [
          `Send the file as the body with Content-Type text/csv or ${XLSX} (first sheet). The first line names the columns, in any order and case.`,
          '',
          '- **name**, **sku** (required).',
          "- **price_minor**: the price in integer minor units, as everywhere in the API (`1990` = R$ 19,90). For spreadsheets, **price** may be given instead: an amount the way a person writes it, in MAJOR units with at most the currency's ISO 4217 decimals — `19.90` or `19,90` (BRL, 2) is stored as 1990; `1500` (CLP or JPY, 0) as 1500; `1.234` (KWD, 3) as 1234. More decimals than the currency has reject the row naming `price`. No thousands separators, no currency symbol; the conversion is exact (decimal strings, never floating point). One of the two columns is required; a row that fills both (a sheet exported with both columns) must give the same price in each, else it is rejected naming `price`.",
          "- **currency** (optional): the row's ISO 4217 code; empty means the `currency` query parameter, else the workspace `default_currency`. Rows of one product share one currency.",
          '- **stock** (optional): units on hand for the new variant, a whole number ≥ 0; recorded as a stock movement with reason `import`. Empty means 0.',
          '- **description**, **category** (created when new), **status** (`draft`, `active`, `archived`; default `active`), **options** (`size=M; colour=red`).',
          '',
          '',
          'Example:',
          '```csv',
          s.importCsvExample,
          '```',
          '',
          'Rows sharing a name become variants of one product. CSV may use `,` or `;`. Answers 202 with a job to poll at `Location`; every rejected row is reported with its file `line` (1-based, the header is line 1) and its `column`.',
        ].join('\n'),
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
      reply.code(202).header('location', `${app.prefix}/products/import/${job.id}`);
      return job;
    },
  );

  app.get(
    '/products/import/:job_id',
    {
      config: { permission: 'products:read' },
      schema: {
        operationId: 'getProductImport',
        summary: 'Progress and report of a product import',
        tags,
        params: s.jobParams,
        response: { 200: s.importJobSchema },
      },
    },
    async (req) => getImportJob({ ctx: req.ctx, input: { jobId: req.params.job_id } }),
  );
};
