import type { AppDeps, FastifyPluginAsyncZod } from '@nexova/http';
import { tenancyPermissions as p } from '../permissions';
import { createRole } from '../use-cases/create-role';
import { deleteRole } from '../use-cases/delete-role';
import { listRoles } from '../use-cases/list-roles';
import { updateRole } from '../use-cases/update-role';
import { createRoleBody, roleList, roleParams, roleView, updateRoleBody } from './access.schema';
import { workspaceParams } from './workspaces.schema';

const tags = ['roles'];
const security = [{ bearer: [] }];

/** /api/v1/workspaces/:workspaceId/roles: system, default and custom roles. */
export const roleRoutes: FastifyPluginAsyncZod<AppDeps> = async (app) => {
  app.get(
    '/workspaces/:workspaceId/roles',
    {
      config: { permission: p['roles:read'] },
      schema: { tags, summary: 'List roles', security, params: workspaceParams, response: { 200: roleList } },
    },
    async (request) => ({ data: await listRoles({ ctx: request.ctx }) }),
  );

  app.post(
    '/workspaces/:workspaceId/roles',
    {
      config: { permission: p['roles:manage'] },
      schema: {
        tags,
        summary: 'Create a custom role',
        security,
        params: workspaceParams,
        body: createRoleBody,
        response: { 201: roleView },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return createRole({ ctx: request.ctx, input: request.body });
    },
  );

  app.patch(
    '/workspaces/:workspaceId/roles/:roleId',
    {
      config: { permission: p['roles:manage'] },
      schema: {
        tags,
        summary: 'Edit a role (system roles refuse)',
        security,
        params: roleParams,
        body: updateRoleBody,
        response: { 200: roleView },
      },
    },
    async (request) => updateRole({ ctx: request.ctx, input: { ...request.body, roleId: request.params.roleId } }),
  );

  app.delete(
    '/workspaces/:workspaceId/roles/:roleId',
    {
      config: { permission: p['roles:manage'] },
      schema: { tags, summary: 'Delete an unused custom role', security, params: roleParams },
    },
    async (request, reply) => {
      await deleteRole({ ctx: request.ctx, input: { roleId: request.params.roleId } });
      return reply.code(204).send();
    },
  );
};
