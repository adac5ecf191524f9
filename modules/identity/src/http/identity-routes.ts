import type { FastifyPluginAsyncZod } from '@nexova/http';
import type { IdentityDeps } from '../runtime';
import { apiKeyRoutes } from './api-key-routes';
import { authRoutes } from './auth-routes';
import { meRoutes } from './me-routes';

/** Every /api/v1 route of the module: auth, me, API keys. */
export const identityRoutes: FastifyPluginAsyncZod<IdentityDeps> = async (app, deps) => {
  await authRoutes(app, deps);
  await meRoutes(app, deps);
  await apiKeyRoutes(app, deps);
};
