import { defineReadModel } from '@nexova/events';
import { figuresConsumer } from './consumers/figures.consumer';
import { resetFigures } from './use-cases/reset-figures';

/** The shop's hourly figures and checkout times: rebuildable from the event log. */
export const shopFiguresModel = defineReadModel({
  name: 'shop-figures',
  consumers: [figuresConsumer],
  reset: (ctx) => resetFigures({ ctx }),
});
