import type { FastifyPluginAsyncZod } from '@nexova/http';
import type { IdentityDeps } from '../runtime';
import { changePassword } from '../use-cases/change-password';
import { getUser } from '../use-cases/get-user';
import { changePasswordBody, userView } from './auth.schema';

const security = [{ bearer: [] }];

/** /api/v1/me: the signed-in user and their password. */
export const meRoutes: FastifyPluginAsyncZod<IdentityDeps> = async (app, deps) => {
  const runtime = deps.identity;

  app.get(
    '/me',
    {
      config: { auth: 'user', versioned: true },
      schema: {
        operationId: 'getMe',
        tags: ['auth'],
        summary: 'The signed-in user',
        security,
        response: { 200: userView },
      },
    },
    async (request) => getUser({ ctx: request.ctx, input: { userId: request.ctx.actor.id ?? '' } }),
  );

  app.post(
    '/me/password',
    {
      config: { auth: 'user', idempotent: false, rateLimit: { class: 'auth' } },
      schema: {
        operationId: 'changePassword',
        tags: ['auth'],
        summary: 'Change my password (ends every other session)',
        security,
        body: changePasswordBody,
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      const keepSessionFamily = principal?.type === 'user' ? principal.sessionId : null;
      const input = {
        currentPassword: request.body.current_password,
        newPassword: request.body.new_password,
        keepSessionFamily,
      };
      await changePassword({ ctx: request.ctx, input, runtime });
      reply.code(204);
      return undefined;
    },
  );
};
