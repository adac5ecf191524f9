import type { Config } from '@nexova/config';
import { messageCreated } from '@nexova/conversations';
import { defineConsumer } from '@nexova/events';
import type { AgentBrain } from '../brain/agent-brain';
import { answerMessage } from '../use-cases/answer-message';

/** Answers each inbound WhatsApp message (one turn per message id; outbound ones are skipped). */
export const inboundConsumer = (config: Config, brain: AgentBrain) =>
  defineConsumer({
    name: 'agent.inbound',
    events: [messageCreated],
    async handle({ ctx, event }) {
      if (event.payload.direction !== 'inbound') return;
      await answerMessage({ ctx, input: { message: event.payload, brain, config } });
    },
  });
