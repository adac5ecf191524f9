import { appFiles } from '@nexova/files';
import { backgroundJobs, type FastifyPluginAsyncZod, registerTitles } from '@nexova/http';
import { z } from 'zod';
import { EXPORT_FORMATS, exportJobSchema } from '../contracts/export';
import { getAuditExport } from '../use-cases/get-audit-export';
import { startAuditExport } from '../use-cases/start-audit-export';
import { auditFilters } from './audit.schema';
import { auditPermissions } from './permissions';

registerTitles({
  audit_export_not_found: {
    es: 'Exportación de auditoría no encontrada',
    'pt-BR': 'Exportação de auditoria não encontrada',
  },
});

const tags = ['audit'];

const exportRequest = auditFilters
  .extend({ format: z.enum(EXPORT_FORMATS).describe('csv (one row per entry, changes as JSON) or json (an array)') })
  .meta({ example: { format: 'csv', category: 'access', from: '2026-11-01T00:00:00Z' } });

const exportParams = z.object({ export_id: z.uuid().describe('The export') });

/** POST /audit/exports (202 with a job to poll) and GET /audit/exports/:export_id (progress, download). */
export const auditExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const files = appFiles(app.config);
  // Exports running in this process stop when it closes; the recovery worker resumes them elsewhere.
  const running = backgroundJobs(app);
  app.post(
    '/audit/exports',
    {
      config: { permission: auditPermissions['audit:export'] },
      schema: {
        operationId: 'createAuditExport',
        tags,
        summary: 'Export the audit trail (CSV or JSON) with the same filters as GET /audit',
        description:
          'Answers 202 with a job to poll at `Location`; the file is written in the background, newest entry first, personal values masked as in the entries. The export itself is audited (`audit.exported`).',
        body: exportRequest,
        response: { 202: exportJobSchema },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.body;
      const { job, done } = await startAuditExport({
        ctx: request.ctx,
        input: {
          format,
          filters,
          files,
          maxRows: app.config.AUDIT_EXPORT_MAX_ROWS,
          batchRows: app.config.AUDIT_EXPORT_BATCH_ROWS,
          heartbeatMs: app.config.EXPORT_HEARTBEAT_MS,
          signal: running.signal,
        },
      });
      running.track(done);
      reply.code(202).header('location', `${app.prefix}/audit/exports/${job.id}`);
      return job;
    },
  );

  app.get(
    '/audit/exports/:export_id',
    {
      config: { permission: auditPermissions['audit:export'] },
      schema: {
        operationId: 'getAuditExport',
        tags,
        summary: 'Progress of an audit export and, once completed, its download',
        description: 'The download URL is signed and expires; read the export again for a fresh one.',
        params: exportParams,
        response: { 200: exportJobSchema },
      },
    },
    async (request) =>
      getAuditExport({ ctx: request.ctx, input: { id: request.params.export_id, signer: files.signer } }),
  );
};
