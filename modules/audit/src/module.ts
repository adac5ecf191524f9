import { defineModule } from '@nexova/module';
import { auditAnchorWorkers } from './anchors';
import { exportFileOwner } from './exports/export-file-owner';
import { auditExportRecoveryWorker } from './exports/recovery-worker';
import { auditExportRoutes } from './http/export-routes';
import { auditPermissions } from './http/permissions';
import { retentionRoutes } from './http/retention-routes';
import { auditRoutes } from './http/routes';

/**
 * The audit trail as the app mounts it: GET /audit and /audit/verify, audit exports (their files
 * under audit-exports/), the anchors worker. Entries
 * are written by appendEntry, which the composition root hands to the HTTP layer's audit note.
 */
export const auditModule = defineModule({
  name: 'audit',
  routes: [
    { name: 'audit', plugin: auditRoutes },
    { name: 'audit-exports', plugin: auditExportRoutes },
    { name: 'retention', plugin: retentionRoutes },
  ],
  files: [exportFileOwner],
  workers: (deps) => [...auditAnchorWorkers(deps), auditExportRecoveryWorker(deps)],
  permissions: auditPermissions,
});
