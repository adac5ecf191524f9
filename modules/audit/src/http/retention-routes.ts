import { type FastifyPluginAsyncZod, registerTitles } from '@nexova/http';
import { retentionPolicySchema, retentionUpdateSchema } from '../contracts/retention';
import { retentionBounds } from '../retention/retention-classes';
import { getRetentionPolicy } from '../use-cases/get-retention-policy';
import { setRetentionPolicy } from '../use-cases/set-retention-policy';
import { auditPermissions } from './permissions';

registerTitles({
  retention_out_of_bounds: {
    es: 'Retención fuera de los límites configurados',
    'pt-BR': 'Retenção fora dos limites configurados',
  },
});

const tags = ['audit'];

/** GET and PUT /retention: how long this workspace keeps each data class, and what retention removed. */
export const retentionRoutes: FastifyPluginAsyncZod = async (app) => {
  const bounds = () => retentionBounds(app.config);
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
        summary: 'Set how long the workspace keeps each data class',
        description:
          'Days per class (audit, webhook deliveries, notifications, messages, person exports), each within its configured RETENTION_<CLASS>_MIN_DAYS and RETENTION_<CLASS>_MAX_DAYS (outside them: 422 naming the field); null returns a class to the default, an absent field leaves it. Audited.',
        body: retentionUpdateSchema,
        response: { 200: retentionPolicySchema },
      },
    },
    async (request) => setRetentionPolicy({ ctx: request.ctx, input: { bounds: bounds(), update: request.body } }),
  );
};
