import { defineModule } from '@nexova/module';
import { figuresConsumer } from './consumers/figures.consumer';
import { insightsRoutes } from './http/routes';
import { shopFiguresModel } from './read-models';

/**
 * Insights as the app mounts them: the shop-figures read model (fed by orders', payments' and
 * checkout's events) and the workspace overview that reads it beside other modules' counts.
 */
export const insightsModule = defineModule({
  name: 'insights',
  routes: [{ name: 'insights', plugin: insightsRoutes }],
  consumers: [figuresConsumer],
  readModels: [shopFiguresModel],
});
