import type { FastifyPluginAsyncZod } from '@nexova/http';
import { retentionPolicySchema, retentionUpdateSchema } from '../contracts/retention';
import { getRetentionPolicy } from '../use-cases/get-retention-policy';
import { setRetentionPolicy } from '../use-cases/set-retention-policy';
import { auditPermissions } from './permissions';

const tags = ['audit'];

/** GET and PUT /retention: how long this workspace keeps its audit trail, and what retention removed. */
export const retentionRoutes: FastifyPluginAsyncZod = async (app) => {
  const bounds = () => ({
    defaultDays: app.config.RETENTION_AUDIT_DAYS,
    minDays: app.config.RETENTION_AUDIT_MIN_DAYS,
    maxDays: app.config.RETENTION_AUDIT_MAX_DAYS,
  });
  app.get(
    '/retention',
    {
      config: { permission: auditPermissions['audit:read'] },
      schema: {
        operationId: 'getRetention',
        tags,
        summary: "The workspace's retention and the latest runs that removed its data",
        response: { 200: retentionPolicySchema },
      },
    },
    async (request) => getRetentionPolicy({ ctx: request.ctx, input: bounds() }),
  );
  app.put(
    '/retention',
    {
      config: { permission: auditPermissions['retention:write'] },
      schema: {
        operationId: 'setRetention',
        tags,
        summary: "Set how long the workspace's audit trail is kept",
        description: 'Within RETENTION_AUDIT_MIN_DAYS and RETENTION_AUDIT_MAX_DAYS; null returns to the default.',
        body: retentionUpdateSchema,
        response: { 200: retentionPolicySchema },
      },
    },
    async (request) =>
      setRetentionPolicy({ ctx: request.ctx, input: { ...bounds(), auditDays: request.body.audit_days } }),
  );
};
