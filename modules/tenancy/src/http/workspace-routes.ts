import { type AppDeps, type FastifyPluginAsyncZod, ifMatchVersion, pageQuery } from '@nexova/http';
import type { AccessInvalidation } from '../domain/access-cache';
import { tenancyPermissions as p } from '../permissions';
import { createWorkspace } from '../use-cases/create-workspace';
import { deleteWorkspace } from '../use-cases/delete-workspace';
import { getWorkspace } from '../use-cases/get-workspace';
import { listMyWorkspaces } from '../use-cases/list-my-workspaces';
import { listPermissions } from '../use-cases/list-permissions';
import { updateWorkspace } from '../use-cases/update-workspace';
import {
  created,
  createWorkspaceBody,
  noContent,
  permissionList,
  settingsSchema,
  updateWorkspaceBody,
  workspaceList,
  workspaceParams,
  workspaceView,
} from './workspaces.schema';

const tags = ['workspaces'];
const security = [{ bearer: [] }];

/** /api/v1/workspaces (the workspace resource: its id is in the path) and /api/v1/permissions. */
export const workspaceRoutes: FastifyPluginAsyncZod<AppDeps & { access: AccessInvalidation }> = async (app, deps) => {
  const defaults = settingsSchema(app.config);

  app.get(
    '/permissions',
    {
      config: { auth: 'user' },
      schema: {
        operationId: 'listPermissions',
        tags: ['roles'],
        summary: 'Every permission the code declares, by name',
        security,
        querystring: pageQuery(app.config),
        response: { 200: permissionList },
      },
    },
    async (request) => listPermissions({ input: request.query }),
  );

  app.post(
    '/workspaces',
    {
      config: { auth: 'user', versioned: { ifMatch: false } },
      schema: {
        operationId: 'createWorkspace',
        tags,
        summary: 'Create a workspace (you become its Owner); without slug, one is made from the name',
        security,
        body: createWorkspaceBody(app.config),
        response: { 201: created(workspaceView) },
      },
    },
    async (request, reply) => {
      const settings = request.body.settings ?? defaults.parse({});
      const workspace = await createWorkspace({ ctx: request.ctx, input: { ...request.body, settings } });
      reply.code(201).header('location', `/api/v1/workspaces/${workspace.id}`);
      return workspace;
    },
  );

  app.get(
    '/workspaces',
    {
      config: { auth: 'user' },
      schema: {
        operationId: 'listWorkspaces',
        tags,
        summary: 'My workspaces, oldest first',
        security,
        querystring: pageQuery(app.config),
        response: { 200: workspaceList },
      },
    },
    async (request) => listMyWorkspaces({ ctx: request.ctx, input: request.query }),
  );

  app.get(
    '/workspaces/:workspace_id',
    {
      config: { permission: p['workspace:read'], versioned: true },
      schema: {
        operationId: 'getWorkspace',
        tags,
        summary: 'A workspace',
        security,
        params: workspaceParams,
        response: { 200: workspaceView },
      },
    },
    async (request) => getWorkspace({ ctx: request.ctx }),
  );

  app.patch(
    '/workspaces/:workspace_id',
    {
      config: { permission: p['workspace:update'], versioned: true },
      schema: {
        operationId: 'updateWorkspace',
        tags,
        summary: 'Rename a workspace or change its settings',
        security,
        params: workspaceParams,
        body: updateWorkspaceBody,
        response: { 200: workspaceView },
      },
    },
    async (request) =>
      updateWorkspace({ ctx: request.ctx, input: { ...request.body, expectedVersion: ifMatchVersion(request) } }),
  );

  app.delete(
    '/workspaces/:workspace_id',
    {
      config: { permission: p['workspace:delete'], versioned: true },
      schema: {
        operationId: 'deleteWorkspace',
        tags,
        summary: 'Delete a workspace (soft; Owners only)',
        security,
        params: workspaceParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await deleteWorkspace({
        ctx: request.ctx,
        input: { expectedVersion: ifMatchVersion(request) },
        access: deps.access,
      });
      return reply.code(204).send(null);
    },
  );
};
