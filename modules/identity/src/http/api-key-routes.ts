import { type AppDeps, type FastifyPluginAsyncZod, pageQuery } from '@nexova/http';
import { identityPermissions as p } from '../permissions';
import { createApiKey } from '../use-cases/create-api-key';
import { getApiKey } from '../use-cases/get-api-key';
import { listApiKeys } from '../use-cases/list-api-keys';
import { revokeApiKey } from '../use-cases/revoke-api-key';
import { apiKeyList, apiKeyParams, apiKeyView, createApiKeyBody, createdApiKey } from './api-keys.schema';

const tags = ['api keys'];
const security = [{ bearer: [] }];

/** /api/v1/api-keys: server-to-server credentials of the workspace in x-workspace-id. */
export const apiKeyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app) => {
  app.get(
    '/api-keys',
    {
      config: { permission: p['api_keys:read'] },
      schema: {
        operationId: 'listApiKeys',
        tags,
        summary: 'List API keys, newest first',
        security,
        querystring: pageQuery(app.config),
        response: { 200: apiKeyList },
      },
    },
    async (request) => listApiKeys({ ctx: request.ctx, input: request.query }),
  );

  app.post(
    '/api-keys',
    {
      config: { permission: p['api_keys:manage'] },
      schema: {
        operationId: 'createApiKey',
        tags,
        summary: 'Create an API key (the secret is shown once)',
        security,
        body: createApiKeyBody,
        response: { 201: createdApiKey },
      },
    },
    async (request, reply) => {
      const { expires_at, ...body } = request.body;
      const key = await createApiKey({ ctx: request.ctx, input: { ...body, expiresAt: expires_at } });
      reply.code(201).header('location', `/api/v1/api-keys/${key.id}`);
      return key;
    },
  );

  app.get(
    '/api-keys/:api_key_id',
    {
      config: { permission: p['api_keys:read'] },
      schema: {
        operationId: 'getApiKey',
        tags,
        summary: 'An API key (never its secret)',
        security,
        params: apiKeyParams,
        response: { 200: apiKeyView },
      },
    },
    async (request) => getApiKey({ ctx: request.ctx, input: { apiKeyId: request.params.api_key_id } }),
  );

  app.delete(
    '/api-keys/:api_key_id',
    {
      config: { permission: p['api_keys:manage'] },
      schema: { operationId: 'revokeApiKey', tags, summary: 'Revoke an API key', security, params: apiKeyParams },
    },
    async (request, reply) => {
      await revokeApiKey({ ctx: request.ctx, input: { apiKeyId: request.params.api_key_id } });
      reply.code(204);
      return undefined;
    },
  );
};
