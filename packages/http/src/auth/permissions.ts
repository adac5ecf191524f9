import { ForbiddenError } from '@nexova/kernel';
import fp from 'fastify-plugin';
import { infrastructureOptions } from '../plugin-options';
import { hasPermission } from './has-permission';

/**
 * The one place a route's declared `permission` is enforced (onRequest, after the workspace
 * context): the caller's role or API key must grant it, wildcards included; otherwise 403.
 */
export const permissionGuard = fp(
  async (app) => {
    app.addHook('onRequest', async (request) => {
      const { auth, permission } = request.routeOptions.config ?? {};
      if (auth !== 'workspace' || !permission) return;
      if (!hasPermission(request.ctx.permissions, permission)) {
        throw new ForbiddenError(`This needs the "${permission}" permission.`, {
          extensions: { permission },
        });
      }
    });
  },
  infrastructureOptions('nexova-permissions', ['nexova-workspace-context']),
);
