import { z } from 'zod';

// A conversation's handoff history as the API and the realtime feed show it.

export const HANDOFF_KINDS = ['requested', 'taken', 'returned'] as const;
export type HandoffKind = (typeof HANDOFF_KINDS)[number];
/** Who asked for a human: the agent's tool, a keyword, repeated failed turns, or a member. */
export const HANDOFF_SOURCES = ['agent', 'keyword', 'failures', 'member'] as const;
export type HandoffSource = (typeof HANDOFF_SOURCES)[number];

export const handoffSchema = z
  .object({
    id: z.string().uuid(),
    conversation_id: z.string().uuid(),
    kind: z.enum(HANDOFF_KINDS),
    source: z.enum(HANDOFF_SOURCES),
    reason: z.string().nullable(),
    actor_type: z.enum(['user', 'api_key', 'system', 'agent']).describe('Who made the move.'),
    actor_id: z.string().nullable().describe('The member (user id), API key or agent that made it.'),
    at: z.string(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-555555555555',
      conversation_id: '0190f1c2-7d3a-7b41-9e4c-222222222222',
      kind: 'requested',
      source: 'keyword',
      reason: 'The contact asked for a person ("quero falar com um atendente").',
      actor_type: 'agent',
      actor_id: 'agent',
      at: '2026-11-28T10:02:00.000Z',
    },
  });
export type Handoff = z.infer<typeof handoffSchema>;
