import { sagaCompleted } from '@nexova/checkout';
import { defineConsumer } from '@nexova/events';
import { orderPlaced, orderSubmitted } from '@nexova/orders';
import { paymentRefunded, paymentRegistered, paymentVoided } from '@nexova/payments';
import { recordFigure } from '../use-cases/record-figure';

/** The shop's figures (insights.hourly, insights.checkouts), event by event, once per event. */
export const figuresConsumer = defineConsumer({
  name: 'insights.figures',
  background: true, // a read model: a burst of commits is counted in one transaction
  events: [orderPlaced, orderSubmitted, sagaCompleted, paymentRegistered, paymentVoided, paymentRefunded],
  async handle({ ctx, event }) {
    await recordFigure({ ctx, input: { event } });
  },
});
