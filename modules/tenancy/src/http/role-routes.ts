import { type AppDeps, type FastifyPluginAsyncZod, ifMatchVersion, pageQuery } from '@nexova/http';
import type { AccessInvalidation } from '../domain/access-cache';
import { tenancyPermissions as p } from '../permissions';
import { createRole } from '../use-cases/create-role';
import { deleteRole } from '../use-cases/delete-role';
import { getRole } from '../use-cases/get-role';
import { listRoles } from '../use-cases/list-roles';
import { updateRole } from '../use-cases/update-role';
import { createRoleBody, roleList, roleParams, roleView, updateRoleBody } from './access.schema';
import { created, noContent } from './workspaces.schema';

const tags = ['roles'];
const security = [{ bearer: [] }];

/** /api/v1/roles: system, default and custom roles of the workspace in x-workspace-id. */
export const roleRoutes: FastifyPluginAsyncZod<AppDeps & { access: AccessInvalidation }> = async (app, deps) => {
  app.get(
    '/roles',
    {
      config: { permission: p['roles:read'] },
      schema: {
        operationId: 'listRoles',
        tags,
        summary: 'List roles (default roles first, Owner and Admin leading)',
        security,
        querystring: pageQuery(app.config),
        response: { 200: roleList },
      },
    },
    async (request) => listRoles({ ctx: request.ctx, input: request.query }),
  );

  app.post(
    '/roles',
    {
      config: { permission: p['roles:manage'], versioned: { ifMatch: false } },
      schema: {
        operationId: 'createRole',
        tags,
        summary: 'Create a custom role',
        security,
        body: createRoleBody,
        response: { 201: created(roleView) },
      },
    },
    async (request, reply) => {
      const role = await createRole({ ctx: request.ctx, input: request.body });
      reply.code(201).header('location', `/api/v1/roles/${role.id}`);
      return role;
    },
  );

  app.get(
    '/roles/:role_id',
    {
      config: { permission: p['roles:read'], versioned: true },
      schema: {
        operationId: 'getRole',
        tags,
        summary: 'A role',
        security,
        params: roleParams,
        response: { 200: roleView },
      },
    },
    async (request) => getRole({ ctx: request.ctx, input: { roleId: request.params.role_id } }),
  );

  app.patch(
    '/roles/:role_id',
    {
      config: { permission: p['roles:manage'], versioned: true },
      schema: {
        operationId: 'updateRole',
        tags,
        summary: 'Edit a role (system roles refuse)',
        security,
        params: roleParams,
        body: updateRoleBody,
        response: { 200: roleView },
      },
    },
    async (request) =>
      updateRole({
        ctx: request.ctx,
        input: { ...request.body, roleId: request.params.role_id, expectedVersion: ifMatchVersion(request) },
        access: deps.access,
      }),
  );

  app.delete(
    '/roles/:role_id',
    {
      config: { permission: p['roles:manage'], versioned: true },
      schema: {
        operationId: 'deleteRole',
        tags,
        summary: 'Delete an unused custom role',
        security,
        params: roleParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await deleteRole({
        ctx: request.ctx,
        input: { roleId: request.params.role_id, expectedVersion: ifMatchVersion(request) },
      });
      return reply.code(204).send(null);
    },
  );
};
