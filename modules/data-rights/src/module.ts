import { defineModule } from '@nexova/module';
import { dataRightsRoutes } from './http/routes';

/** Data-protection rights (LGPD/GDPR) as the app mounts them: consents per purpose. */
export const dataRightsModule = defineModule({
  name: 'data-rights',
  routes: [{ name: 'data-rights', plugin: dataRightsRoutes }],
});
