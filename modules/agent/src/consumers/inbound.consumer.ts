import type { Config } from '@nexova/config';
import { type Message, messageCreated, messageMediaUpdated } from '@nexova/conversations';
import { defineConsumer } from '@nexova/events';
import type { AgentBrain } from '../brain/agent-brain';
import { answerMessage } from '../use-cases/answer-message';

/** The brain, told what the message carries beyond its text (its kind, list reply id, file status). */
const told = (brain: AgentBrain, m: Message): AgentBrain => ({
  respond: (turn) =>
    brain.respond({
      ...turn,
      inbound: {
        messageId: m.id,
        kind: m.kind,
        replyId: typeof m.content.reply_id === 'string' ? m.content.reply_id : null,
        mediaStatus: m.media?.status ?? null,
      },
    }),
});

/** A file still being downloaded: the agent answers it once conversations.message.media_updated says stored or failed. */
const waitsForFile = (m: Message) => m.media?.status === 'pending' || m.media?.status === 'downloading';

/**
 * Answers each inbound WhatsApp message (one turn per message id; outbound ones are skipped). A
 * message with a file is answered when its download settles (media_updated), so a receipt is read
 * from the file store, never from the provider inside a turn.
 */
export const inboundConsumer = (config: Config, brain: AgentBrain) =>
  defineConsumer({
    name: 'agent.inbound',
    events: [messageCreated, messageMediaUpdated],
    async handle({ ctx, event }) {
      const message = event.payload;
      if (message.direction !== 'inbound' || waitsForFile(message)) return;
      await answerMessage({ ctx, input: { message, brain: told(brain, message), config } });
    },
  });
