import { envInt, envVar } from '../env-var';

// The conversational agent (issue 13, "The agent"): its tools and the session of each conversation.
export const agentEnv = {
  ...envVar('AGENT_TOOL_TIMEOUT_SECONDS', envInt(30, 1, 600), {
    description:
      "Longest one agent tool (a use-case such as create_order_draft) may run; past it the turn fails and the inbound message is retried (the tools' stored results make the retry safe).",
    expected: 'seconds, an integer from 1 to 600',
  }),
  ...envVar('AGENT_SESSION_TIMEOUT_MINUTES', envInt(30, 1, 10_080), {
    description:
      "Quiet time after which the agent's session of a conversation starts over at IDLE (a half-built draft is left as it is); HANDOFF stays.",
    expected: 'minutes, an integer from 1 to 10080',
  }),
  ...envVar('AGENT_MAX_FAILED_TURNS', envInt(3, 1, 50), {
    description: 'Messages in a row the offline agent may not understand before it hands the conversation to a human.',
    expected: 'an integer from 1 to 50',
  }),
};
