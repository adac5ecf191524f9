import { messageCreated } from '@nexova/conversations';
import { defineConsumer } from '@nexova/events';
import { queueTurn } from '../use-cases/queue-turn';

/**
 * Queues a turn for each inbound WhatsApp message (once per message id; outbound ones are
 * skipped), in this consumer's transaction. The brain never runs here: the turns worker answers
 * after the commit, outside any transaction (a model call must not hold one open).
 */
export const inboundConsumer = defineConsumer({
  name: 'agent.inbound',
  events: [messageCreated],
  async handle({ ctx, event }) {
    if (event.payload.direction !== 'inbound') return;
    await queueTurn({ ctx, input: { message: event.payload } });
  },
});
