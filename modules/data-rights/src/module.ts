import { defineModule } from '@nexova/module';
import { personExportFileOwner } from './exports/export-store';
import { personExportRecoveryWorker } from './exports/recovery-worker';
import { personExportRoutes } from './http/export-routes';
import { dataRightsPermissions } from './http/permissions';
import { dataRightsRoutes } from './http/routes';

/** Data-protection rights (LGPD/GDPR) as the app mounts them: consents per purpose, a person's export. */
export const dataRightsModule = defineModule({
  name: 'data-rights',
  routes: [
    { name: 'data-rights', plugin: dataRightsRoutes },
    { name: 'person-exports', plugin: personExportRoutes },
  ],
  permissions: dataRightsPermissions,
  files: [personExportFileOwner],
  workers: (deps) => [personExportRecoveryWorker(deps)],
});
