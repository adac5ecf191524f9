import { pageQuery, pageSchema } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { conversationSchema } from '../contracts/conversation';
import { handoffSchema } from '../contracts/handoff';
import { conversationSettings } from '../settings';
import { listHandoffs } from '../use-cases/list-handoffs';
import { requestHandoff } from '../use-cases/request-handoff';
import { returnToAgent } from '../use-cases/return-to-agent';
import { takeOverConversation } from '../use-cases/take-over-conversation';
import { conversationParams } from './conversations.schema';
import * as s from './handoffs.schema';

const tags = ['conversations'];
const LIVE =
  'Streams over /ws as conversations.handoff.requested, .taken or .returned with conversations.conversation.updated.';

/** Human handoff: ask for a human, a member takes over, back to the agent; the history. */
export const handoffRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings = conversationSettings(app.config);
  const page = pageQuery(app.config);

  app.post(
    '/conversations/:conversation_id/handoff',
    {
      config: { permission: 'conversations:write' },
      schema: {
        operationId: 'requestConversationHandoff',
        summary: 'Ask for a human: the conversation waits for a member to take it over',
        description: `409 conversation_handled_by_member when a member already has it, handoff_already_requested when one is waiting. ${LIVE}`,
        tags,
        params: conversationParams,
        body: s.requestHandoffBody,
        response: { 200: conversationSchema },
      },
    },
    async (req) =>
      requestHandoff({
        ctx: req.ctx,
        input: {
          conversationId: req.params.conversation_id,
          reason: req.body.reason,
          source: req.body.source ?? 'member',
          maxReasonChars: settings.maxReasonChars,
        },
      }),
  );

  app.post(
    '/conversations/:conversation_id/take-over',
    {
      config: { permission: 'conversations:write' },
      schema: {
        operationId: 'takeOverConversation',
        summary: 'Take the conversation over: the agent stops, it is assigned to you',
        description: `The agent's queued messages are never sent (canceled). 409 conversation_already_taken when a member already has it; 403 handoff_member_only for an API key. ${LIVE}`,
        tags,
        params: conversationParams,
        body: s.moveBody,
        response: { 200: conversationSchema },
      },
    },
    async (req) =>
      takeOverConversation({
        ctx: req.ctx,
        input: {
          conversationId: req.params.conversation_id,
          reason: req.body?.reason,
          maxReasonChars: settings.maxReasonChars,
        },
      }),
  );

  app.post(
    '/conversations/:conversation_id/return-to-agent',
    {
      config: { permission: 'conversations:write' },
      schema: {
        operationId: 'returnConversationToAgent',
        summary: 'Hand the conversation back to the agent (or decline a pending request)',
        description: `409 conversation_handled_by_agent when the agent has it and nothing is pending. ${LIVE}`,
        tags,
        params: conversationParams,
        body: s.moveBody,
        response: { 200: conversationSchema },
      },
    },
    async (req) =>
      returnToAgent({
        ctx: req.ctx,
        input: {
          conversationId: req.params.conversation_id,
          reason: req.body?.reason,
          maxReasonChars: settings.maxReasonChars,
        },
      }),
  );

  app.get(
    '/conversations/:conversation_id/handoffs',
    {
      config: { permission: 'conversations:read' },
      schema: {
        operationId: 'listConversationHandoffs',
        summary: "A conversation's handoff history, newest first",
        tags,
        params: conversationParams,
        querystring: page,
        response: {
          200: pageSchema(handoffSchema).meta({
            example: { items: [handoffSchema.meta()?.example], next_cursor: null },
          }),
        },
      },
    },
    async (req) =>
      listHandoffs({
        ctx: req.ctx,
        input: { conversationId: req.params.conversation_id, limit: req.query.limit, cursor: req.query.cursor },
      }),
  );
};
