import type { AppDeps, FastifyPluginAsyncZod } from '@nexova/http';
import { identityPermissions as p } from '../permissions';
import { createApiKey } from '../use-cases/create-api-key';
import { listApiKeys } from '../use-cases/list-api-keys';
import { revokeApiKey } from '../use-cases/revoke-api-key';
import { apiKeyList, apiKeyParams, createApiKeyBody, createdApiKey, workspaceParams } from './api-keys.schema';

const tags = ['api keys'];
const security = [{ bearer: [] }];

/** /api/v1/workspaces/:workspaceId/api-keys: server-to-server credentials of a workspace. */
export const apiKeyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app) => {
  app.get(
    '/workspaces/:workspaceId/api-keys',
    {
      config: { permission: p['api_keys:read'] },
      schema: {
        tags,
        summary: 'List API keys',
        security,
        params: workspaceParams,
        response: { 200: apiKeyList },
      },
    },
    async (request) => ({ data: await listApiKeys({ ctx: request.ctx }) }),
  );

  app.post(
    '/workspaces/:workspaceId/api-keys',
    {
      config: { permission: p['api_keys:manage'] },
      schema: {
        tags,
        summary: 'Create an API key (the secret is shown once)',
        security,
        params: workspaceParams,
        body: createApiKeyBody,
        response: { 201: createdApiKey },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return createApiKey({ ctx: request.ctx, input: request.body });
    },
  );

  app.delete(
    '/workspaces/:workspaceId/api-keys/:apiKeyId',
    {
      config: { permission: p['api_keys:manage'] },
      schema: { tags, summary: 'Revoke an API key', security, params: apiKeyParams },
    },
    async (request, reply) => {
      await revokeApiKey({ ctx: request.ctx, input: { apiKeyId: request.params.apiKeyId } });
      return reply.code(204).send();
    },
  );
};
