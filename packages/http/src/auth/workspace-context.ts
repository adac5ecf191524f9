import type { AppContext } from '@nexova/db';
import { NotFoundError, ValidationError } from '@nexova/kernel';
import fp from 'fastify-plugin';
import { infrastructureOptions } from '../plugin-options';
import { socketQuery } from './authentication';

export type WorkspaceContextOptions = {
  /**
   * The caller's active membership in a live workspace and what its role grants; null when none.
   * It may answer from a short-lived cache; `fresh` asks for the database's answer (a socket's recheck).
   */
  loadMembership(
    ctx: AppContext,
    input: { userId: string; workspaceId: string },
    options?: { fresh?: boolean },
  ): Promise<{
    permissions: readonly string[];
  } | null>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const WORKSPACE_HEADER = 'x-workspace-id';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * On workspace routes: what the caller may do in the request's workspace as of now (their
     * credential checked again, then their membership), or null once they no longer may act there.
     * A long-lived WebSocket calls it to close the socket of a caller who signed out or was removed.
     */
    recheckWorkspaceAccess: (() => Promise<{ permissions: readonly string[] } | null>) | null;
  }
}

const notFound = () => new NotFoundError('The workspace was not found.');

/** 400 naming the header: it is missing (a user must say which workspace) or not a workspace id. */
const badHeader = (missing: boolean) =>
  new ValidationError(
    missing
      ? `Send the workspace to act in: the ${WORKSPACE_HEADER} header with a workspace id.`
      : `The ${WORKSPACE_HEADER} header must be a workspace id (a UUID).`,
    [
      {
        pointer: `/${WORKSPACE_HEADER}`,
        in: 'headers',
        message: missing ? `${WORKSPACE_HEADER} is required` : `${WORKSPACE_HEADER} is not a valid UUID`,
        code: missing ? 'required' : 'invalid_format',
      },
    ],
    { code: missing ? 'workspace_header_required' : 'validation_failed' },
  );

/**
 * Workspace context for `auth: 'workspace'` routes, in onRequest. The workspace comes from the
 * `x-workspace-id` header, or from a `{workspace_id}` path parameter (both must agree); an API key
 * implies its own. Missing (for a user) or malformed → 400 naming the header. A user must be an
 * active member; an API key must belong to it. Anything else answers 404 — the same as a workspace
 * that does not exist — so ids cannot be probed.
 */
export const workspaceContext = fp<WorkspaceContextOptions>(
  async (app, options) => {
    app.decorateRequest('recheckWorkspaceAccess', null);
    app.addHook('onRequest', async (request) => {
      if (request.routeOptions.config?.auth !== 'workspace') return;
      const principal = request.principal;
      if (!principal) return;
      const header = request.headers[WORKSPACE_HEADER];
      const fromHeader =
        typeof header === 'string' ? header.trim() : (socketQuery(request, 'workspace_id') ?? undefined);
      if (fromHeader && !UUID.test(fromHeader)) throw badHeader(false);
      const params = request.params as Record<string, string> | undefined;
      const fromPath = params?.workspace_id ?? params?.workspaceId;
      if (fromHeader && fromPath && fromHeader.toLowerCase() !== fromPath.toLowerCase()) throw notFound();
      const workspaceId = (
        fromHeader ||
        fromPath ||
        (principal.type === 'api_key' ? principal.workspaceId : '')
      ).toLowerCase();
      if (!workspaceId) throw badHeader(true);
      if (!UUID.test(workspaceId)) throw notFound();
      request.recheckWorkspaceAccess = async () => {
        const now = await request.recheckPrincipal?.();
        if (!now) return null;
        if (now.type === 'api_key') return now.workspaceId === workspaceId ? { permissions: now.permissions } : null;
        return options.loadMembership(request.ctx, { userId: now.id, workspaceId }, { fresh: true });
      };
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
  infrastructureOptions('nexova-workspace-context', ['nexova-authentication']),
);
