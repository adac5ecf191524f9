import { ForbiddenError } from '@nexova/kernel';
import { getWorkspaceSettings } from '@nexova/tenancy';
import type { FastifyRequest } from 'fastify';

/**
 * preHandler of every clinic route: the workspace must have the `clinic` module enabled in its settings.
 * A shop-only workspace answers 403 `module_not_enabled` (the route exists; enabling the module opens it),
 * after authentication and the permission check, so it reveals nothing to outsiders.
 */
export async function requireClinicModule(request: FastifyRequest): Promise<void> {
  const { modules } = await getWorkspaceSettings({ ctx: request.ctx });
  if (!modules.includes('clinic'))
    throw new ForbiddenError('The clinic module is not enabled for this workspace (settings.modules).', {
      code: 'module_not_enabled',
      extensions: { module: 'clinic' },
    });
}
