import { type Message, messageCreated, messageMediaUpdated } from '@nexova/conversations';
import { defineConsumer } from '@nexova/events';
import { queueTurn } from '../use-cases/queue-turn';

/** A file still being downloaded: the agent answers it once conversations.message.media_updated says stored or failed. */
const waitsForFile = (m: Message) => m.media?.status === 'pending' || m.media?.status === 'downloading';

/**
 * Queues a turn for each inbound WhatsApp message (once per message id; outbound ones are
 * skipped), in this consumer's transaction. A message with a file is queued when its download
 * settles (media_updated), so a receipt is read from the file store, never from the provider inside
 * a turn. The brain never runs here: the turns worker answers after the commit, outside any
 * transaction (a model call must not hold one open).
 */
export const inboundConsumer = defineConsumer({
  name: 'agent.inbound',
  events: [messageCreated, messageMediaUpdated],
  async handle({ ctx, event }) {
    const message = event.payload;
    if (message.direction !== 'inbound' || waitsForFile(message)) return;
    await queueTurn({ ctx, input: { message } });
  },
});
