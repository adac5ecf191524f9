import type { FastifyPluginAsyncZod } from '@nexova/http';
import { tenancyPermissions } from '@nexova/tenancy';
import { z } from 'zod';
import { workspaceOverviewSchema } from '../contracts/overview';
import { getWorkspaceOverview } from '../use-cases/get-workspace-overview';

const params = z
  .object({ workspace_id: z.uuid().describe('The workspace') })
  .meta({ example: { workspace_id: '0190f1c2-7d3a-7b41-9e4c-000000000001' } });

/** GET /workspaces/{workspace_id}/overview: one read for the dashboard's Home. */
export const insightsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/workspaces/:workspace_id/overview',
    {
      config: { permission: tenancyPermissions['workspace:read'] },
      schema: {
        operationId: 'getWorkspaceOverview',
        tags: ['workspaces'],
        summary: 'The workspace at a glance: today’s orders, sales, stock alerts, agenda and inbox',
        description:
          'One read for a dashboard home, in the workspace time zone. Each section is null when the workspace does not use its module or the caller lacks its read permission; figures the caller may not see inside a section are null too.',
        params,
        response: { 200: workspaceOverviewSchema },
      },
    },
    async (request) => getWorkspaceOverview({ ctx: request.ctx, input: { now: new Date() } }),
  );
};
