import { type AppDeps, declaredPermissions, type FastifyPluginAsyncZod } from '@nexova/http';
import { tenancyPermissions as p } from '../permissions';
import { createWorkspace } from '../use-cases/create-workspace';
import { deleteWorkspace } from '../use-cases/delete-workspace';
import { getWorkspace } from '../use-cases/get-workspace';
import { listMyWorkspaces } from '../use-cases/list-my-workspaces';
import { updateWorkspace } from '../use-cases/update-workspace';
import {
  createWorkspaceBody,
  permissionList,
  settingsSchema,
  updateWorkspaceBody,
  workspaceList,
  workspaceParams,
  workspaceView,
} from './workspaces.schema';

const tags = ['workspaces'];
const security = [{ bearer: [] }];

/** /api/v1/workspaces (CRUD) and /api/v1/permissions. */
export const workspaceRoutes: FastifyPluginAsyncZod<AppDeps> = async (app) => {
  app.get(
    '/permissions',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['roles'],
        summary: 'Every permission the code declares',
        security,
        response: { 200: permissionList },
      },
    },
    async () => ({ data: declaredPermissions() }),
  );

  app.post(
    '/workspaces',
    {
      config: { auth: 'user' },
      schema: {
        tags,
        summary: 'Create a workspace (you become its Owner)',
        security,
        body: createWorkspaceBody,
        response: { 201: workspaceView },
      },
    },
    async (request, reply) => {
      const settings = settingsSchema.parse(request.body.settings ?? {});
      const input = { ...request.body, settings };
      reply.code(201);
      return createWorkspace({ ctx: request.ctx, input });
    },
  );

  app.get(
    '/workspaces',
    {
      config: { auth: 'user' },
      schema: { tags, summary: 'My workspaces', security, response: { 200: workspaceList } },
    },
    async (request) => ({ data: await listMyWorkspaces({ ctx: request.ctx }) }),
  );

  app.get(
    '/workspaces/:workspaceId',
    {
      config: { permission: p['workspace:read'] },
      schema: { tags, summary: 'A workspace', security, params: workspaceParams, response: { 200: workspaceView } },
    },
    async (request) => getWorkspace({ ctx: request.ctx }),
  );

  app.patch(
    '/workspaces/:workspaceId',
    {
      config: { permission: p['workspace:update'] },
      schema: {
        tags,
        summary: 'Rename a workspace or change its settings',
        security,
        params: workspaceParams,
        body: updateWorkspaceBody,
        response: { 200: workspaceView },
      },
    },
    async (request) => updateWorkspace({ ctx: request.ctx, input: request.body }),
  );

  app.delete(
    '/workspaces/:workspaceId',
    {
      config: { permission: p['workspace:delete'] },
      schema: { tags, summary: 'Delete a workspace (soft; Owners only)', security, params: workspaceParams },
    },
    async (request, reply) => {
      await deleteWorkspace({ ctx: request.ctx });
      return reply.code(204).send();
    },
  );
};
