import type { AppContext } from '@nexova/db';
import { NotFoundError, ValidationError } from '@nexova/kernel';
import fp from 'fastify-plugin';
import { socketQuery } from './authentication';

export type WorkspaceContextOptions = {
  /** The caller's active membership in a live workspace and what its role grants; null when none. */
  loadMembership(
    ctx: AppContext,
    input: { userId: string; workspaceId: string },
  ): Promise<{
    permissions: readonly string[];
  } | null>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const WORKSPACE_HEADER = 'x-workspace-id';

const notFound = () => new NotFoundError('The workspace was not found.');
const badHeader = (message: string) =>
  new ValidationError(`Send the workspace id in the ${WORKSPACE_HEADER} header.`, [
    { pointer: `/${WORKSPACE_HEADER}`, in: 'headers', message },
  ]);

/**
 * Workspace context for `auth: 'workspace'` routes, in onRequest. The workspace comes from the
 * `x-workspace-id` header; the workspace resource itself (`/workspaces/:workspace_id`) names it in
 * the path instead (both, when sent, must agree); an API key implies its own. A missing or
 * malformed header answers 400 naming it. A user must be an active member; an API key must belong
 * to it. Anything else answers 404 — the same as a workspace that does not exist — so ids cannot
 * be probed.
 */
export const workspaceContext = fp<WorkspaceContextOptions>(
  async (app, options) => {
    app.addHook('onRequest', async (request) => {
      if (request.routeOptions.config?.auth !== 'workspace') return;
      const principal = request.principal;
      if (!principal) return;
      const header = request.headers[WORKSPACE_HEADER];
      const fromHeader =
        typeof header === 'string' ? header.trim() : (socketQuery(request, 'workspace_id') ?? undefined);
      const fromPath = (request.params as Record<string, string> | undefined)?.workspace_id;
      if (fromHeader && !UUID.test(fromHeader)) throw badHeader('must be a workspace id (a UUID)');
      if (fromPath !== undefined && !UUID.test(fromPath)) throw notFound();
      if (fromHeader && fromPath && fromHeader.toLowerCase() !== fromPath.toLowerCase()) throw notFound();
      const workspaceId = (
        fromPath ||
        fromHeader ||
        (principal.type === 'api_key' ? principal.workspaceId : '')
      ).toLowerCase();
      if (!workspaceId) throw badHeader('is required');
      if (principal.type === 'api_key') {
        if (principal.workspaceId !== workspaceId) throw notFound();
        request.ctx.workspaceId = workspaceId;
        request.ctx.permissions = principal.permissions;
        return;
      }
      const membership = await options.loadMembership(request.ctx, { userId: principal.id, workspaceId });
      if (!membership) throw notFound();
      request.ctx.workspaceId = workspaceId;
      request.ctx.permissions = membership.permissions;
    });
  },
  { name: 'nexova-workspace-context', fastify: '5.x', dependencies: ['nexova-authentication'] },
);
