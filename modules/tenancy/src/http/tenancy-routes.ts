import type { FastifyPluginAsyncZod } from '@nexova/http';
import type { IdentityDeps } from '@nexova/identity';
import { memberRoutes } from './member-routes';
import { roleRoutes } from './role-routes';
import { workspaceRoutes } from './workspace-routes';

/** Every /api/v1 route of the module: workspaces, permissions, roles, members, invitations. */
export const tenancyRoutes: FastifyPluginAsyncZod<IdentityDeps> = async (app, deps) => {
  await workspaceRoutes(app, deps);
  await roleRoutes(app, deps);
  await memberRoutes(app, deps);
};
