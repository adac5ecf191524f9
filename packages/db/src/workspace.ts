import { ValidationError } from '@nexova/kernel';

/**
 * The workspace a tenant use-case runs in. Every tenant query filters by it (row-level security is
 * the second wall, not the first); a context without one is a route that forgot to require the
 * workspace header, answered as 400 rather than as a query matching nothing.
 */
export function workspaceOf(ctx: { workspaceId: string | null }): string {
  if (!ctx.workspaceId) throw new ValidationError('A workspace is required (x-workspace-id).');
  return ctx.workspaceId;
}
