import type { FastifyPluginAsyncZod } from '@nexova/http';
import type { IdentityDeps } from '@nexova/identity';
import type { AccessInvalidation } from '../domain/access-cache';
import { memberRoutes } from './member-routes';
import { roleRoutes } from './role-routes';
import { workspaceRoutes } from './workspace-routes';

/** Every /api/v1 route of the module: workspaces, permissions, roles, members, invitations. */
/** What tenancy's routes are registered with: identity's runtime and the app's cache of grants. */
export type TenancyDeps = IdentityDeps & { access: AccessInvalidation };

export const tenancyRoutes: FastifyPluginAsyncZod<TenancyDeps> = async (app, deps) => {
  await workspaceRoutes(app, deps);
  await roleRoutes(app, deps);
  await memberRoutes(app, deps);
};
