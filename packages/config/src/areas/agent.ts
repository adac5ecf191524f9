import { z } from 'zod';
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
    description:
      'Failed turns in a row (a message the offline agent did not understand, or a model call that failed after its retries and fallback) before the agent hands the conversation to a human.',
    expected: 'an integer from 1 to 50',
  }),
  ...envVar('AGENT_MAX_STEPS_PER_TURN', envInt(6, 1, 50), {
    description:
      'Model calls the language-model agent may make for one customer message (each answer asking for tools is one step); past it the turn counts as failed.',
    expected: 'an integer from 1 to 50',
  }),
  ...envVar('AGENT_HISTORY_MESSAGES', envInt(30, 1, 500), {
    description:
      'Recent messages of the conversation the language-model agent reads for a turn (then trimmed to LLM_CONTEXT_TOKENS).',
    expected: 'an integer from 1 to 500',
  }),
  ...envVar('AGENT_TURN_STALE_SECONDS', envInt(300, 10, 86_400), {
    description:
      'A turn still thinking after this long is taken as abandoned (a worker died mid-turn): a redelivered message resumes it, its tools answering their stored results. Keep it above LLM_TIMEOUT_MS × (LLM_MAX_RETRIES + 1) × AGENT_MAX_STEPS_PER_TURN.',
    expected: 'seconds, an integer from 10 to 86400',
  }),
  ...envVar('AGENT_TURN_RETRY_SECONDS', envInt(5, 1, 3600), {
    description:
      'A turn that failed (the database went away mid-turn, a tool threw) is queued again and retried after this long, instead of waiting AGENT_TURN_STALE_SECONDS.',
    expected: 'seconds, an integer from 1 to 3600',
  }),
  ...envVar('AGENT_TURN_BATCH', envInt(8, 1, 200), {
    description:
      'Turns (customer messages waiting for the agent) one pass of the turns worker claims per workspace and answers concurrently, one per conversation.',
    expected: 'an integer from 1 to 200',
  }),
  ...envVar('AGENT_MONTHLY_TOKEN_BUDGET', z.coerce.number().int().min(0).optional(), {
    description:
      "Default monthly budget of model tokens (input + output) per workspace; a workspace's agent settings may override it. Over budget, the offline agent answers. Unset: unlimited.",
    expected: 'a non-negative integer',
    example: '2000000',
  }),
};
