import { type FastifyPluginAsyncZod, pageQuery, pageSchema } from '@nexova/http';
import { entrySchema } from '../contracts/entry';
import { filtersOf } from '../db/entry-filters';
import { listEntries } from '../use-cases/list-entries';
import { verifyChain } from '../use-cases/verify-chain';
import { auditFilters, verifyReport } from './audit.schema';
import { auditPermissions } from './permissions';

const tags = ['audit'];
const permission = auditPermissions['audit:read'];

/** GET /audit (the workspace's entries, filtered, newest first) and GET /audit/verify (the chain). */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { permission },
      schema: {
        operationId: 'listAuditEntries',
        tags,
        summary: 'The audit trail of the workspace, newest first',
        description: 'One entry per state change: who, what, on what, from where, with masked before/after.',
        querystring: pageQuery(app.config).extend(auditFilters.shape),
        response: {
          200: pageSchema(entrySchema).meta({ example: { items: [entrySchema.meta()?.example], next_cursor: null } }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      return listEntries({
        ctx: request.ctx,
        input: { ...filtersOf(q), limit: q.limit, cursor: q.cursor },
      });
    },
  );

  app.get(
    '/audit/verify',
    {
      config: { permission },
      schema: {
        operationId: 'verifyAuditChain',
        tags,
        summary: 'Recompute the workspace hash chain and report the first broken entry',
        description: 'Detects an edited, deleted or inserted audit row. Reads the whole chain: not for polling.',
        response: { 200: verifyReport },
      },
    },
    async (request) => {
      const report = await verifyChain({ ctx: request.ctx });
      const b = report.firstBreak;
      return {
        valid: report.valid,
        entries: report.entries,
        head: report.head,
        first_break: b ? { seq: b.seq, entry_id: b.entryId, reason: b.reason } : null,
      };
    },
  );
};
