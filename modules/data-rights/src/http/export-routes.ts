import { appFiles } from '@nexova/files';
import { backgroundJobs, registerTitles } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { personExportSchema } from '../contracts/person-export';
import { getPersonExport } from '../use-cases/get-person-export';
import { startPersonExport } from '../use-cases/start-person-export';
import { personParams } from './consents.schema';

registerTitles({
  person_export_not_found: { es: 'Exportación no encontrada', 'pt-BR': 'Exportação não encontrada' },
});

const tags = ['people'];
const P = '0190f1c2-7d3a-7b41-9e4c-dddddddddddd';
const E = '0190f1c2-7d3a-7b41-9e4c-eeeeeeeeeee2';

const exportParams = z
  .object({ person_id: z.uuid().meta({ example: P }), export_id: z.uuid().meta({ example: E }) })
  .meta({ example: { person_id: P, export_id: E } });

/** POST /people/:person_id/exports (202 with a job to poll) and GET …/exports/:export_id (progress, download). */
export const personExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const files = appFiles(app.config);
  // Exports running in this process stop when it closes; the recovery worker resumes them elsewhere.
  const running = backgroundJobs(app);
  app.post(
    '/people/:person_id/exports',
    {
      config: { permission: 'privacy:export' },
      schema: {
        operationId: 'createPersonExport',
        summary: 'Export everything held about a person (LGPD/GDPR)',
        description:
          'Answers 202 with a job to poll at `Location`. In the background it gathers what the read endpoints show — the person with documents, addresses and notes, consents, orders with payments, the clinical record, appointments, conversations with messages — into one zip: `person.json` and `files/…` (receipts, attachments, message media). Audited as `privacy.person_exported`.',
        tags,
        params: personParams,
        response: { 202: personExportSchema },
      },
    },
    async (req, reply) => {
      const { job, done } = await startPersonExport({
        ctx: req.ctx,
        input: {
          personId: req.params.person_id,
          files,
          heartbeatMs: app.config.EXPORT_HEARTBEAT_MS,
          signal: running.signal,
        },
      });
      running.track(done);
      reply.code(202).header('location', `${app.prefix}/people/${req.params.person_id}/exports/${job.id}`);
      return job;
    },
  );

  app.get(
    '/people/:person_id/exports/:export_id',
    {
      config: { permission: 'privacy:export' },
      schema: {
        operationId: 'getPersonExport',
        summary: "Progress of a person's export and, once completed, its download",
        description: 'The download URL is signed and expires; read the export again for a fresh one.',
        tags,
        params: exportParams,
        response: { 200: personExportSchema },
      },
    },
    async (req) =>
      getPersonExport({
        ctx: req.ctx,
        input: { personId: req.params.person_id, exportId: req.params.export_id, signer: files.signer },
      }),
  );
};
