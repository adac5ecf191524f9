import { sagaCompleted } from '@nexova/checkout';
import { defineConsumer } from '@nexova/events';
import { orderPlaced, orderSubmitted } from '@nexova/orders';
import { paymentRefunded, paymentRegistered, paymentVoided } from '@nexova/payments';
import { recordFigures } from '../use-cases/record-figures';

/** The shop's figures (insights.hourly, insights.checkouts), once per event; a burst in one write per table. */
export const figuresConsumer = defineConsumer({
  name: 'insights.figures',
  background: true, // a read model: a burst of commits is counted in one transaction
  events: [orderPlaced, orderSubmitted, sagaCompleted, paymentRegistered, paymentVoided, paymentRefunded],
  async handle({ ctx, event }) {
    await recordFigures({ ctx, input: { events: [event] } });
  },
  async handleBatch({ ctx, events }) {
    await recordFigures({ ctx, input: { events } });
  },
});
