import { defineModule } from '@nexova/module';
import { auditAnchorWorkers } from './anchors';
import { auditPermissions } from './http/permissions';
import { auditRoutes } from './http/routes';

/**
 * The audit trail as the app mounts it: GET /audit and /audit/verify, the anchors worker. Entries
 * are written by appendEntry, which the composition root hands to the HTTP layer's audit note.
 */
export const auditModule = defineModule({
  name: 'audit',
  routes: [{ name: 'audit', plugin: auditRoutes }],
  workers: (deps) => auditAnchorWorkers(deps),
  permissions: auditPermissions,
});
