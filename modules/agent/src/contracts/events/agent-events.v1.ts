import { defineEvent } from '@nexova/events';
import { z } from 'zod';
import { SESSION_STATES } from '../../domain/session-machine';

// The agent's facts. A session moving between states (seed 002's state machine) is one event per move.

export const sessionTransitioned = defineEvent({
  type: 'agent.session.transitioned',
  version: 1,
  aggregate: 'conversation',
  permission: 'agent:read',
  description:
    "The agent's session of a conversation moved from one state to another (an order taking shape, confirmed, a handoff, a timeout back to IDLE).",
  payload: z
    .object({
      session_id: z.string().uuid(),
      conversation_id: z.string().uuid(),
      from: z.enum(SESSION_STATES),
      to: z.enum(SESSION_STATES),
      inbound_message_id: z.string().uuid().nullable().describe('The customer message that caused it.'),
    })
    .meta({
      example: {
        session_id: '0190f1c2-7d3a-7b41-9e4c-111111111111',
        conversation_id: '0190f1c2-7d3a-7b41-9e4c-222222222222',
        from: 'needs_details',
        to: 'awaiting_confirmation',
        inbound_message_id: '0190f1c2-7d3a-7b41-9e4c-333333333333',
      },
    }),
});
