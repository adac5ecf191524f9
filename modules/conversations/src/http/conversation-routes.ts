import { appFiles } from '@nexova/files';
import { ifMatchVersion, pageQuery, pageSchema } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { conversationSchema, messageSchema } from '../contracts/conversation';
import { conversationSettings } from '../settings';
import { getConversation } from '../use-cases/get-conversation';
import { listConversations } from '../use-cases/list-conversations';
import { listMessages } from '../use-cases/list-messages';
import { sendMessage } from '../use-cases/send-message';
import { updateConversation } from '../use-cases/update-conversation';
import * as s from './conversations.schema';

const tags = ['conversations'];
const LIVE = 'Changes stream over /ws as conversations.message.created and conversations.conversation.updated.';

/** /conversations and their messages. Handlers parse, call one use-case, reply. Nothing is sent here. */
export const conversationRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings = conversationSettings(app.config);
  const page = pageQuery(app.config);
  const { signer } = appFiles(app.config);
  const sign = (key: string) => signer.sign(key);

  app.get(
    '/conversations',
    {
      config: { permission: 'conversations:read' },
      schema: {
        operationId: 'listConversations',
        summary: 'The inbox: conversations newest first',
        description: LIVE,
        tags,
        querystring: page.extend(s.listFilters.shape),
        response: {
          200: pageSchema(conversationSchema).meta({
            example: { items: [conversationSchema.meta()?.example], next_cursor: null },
          }),
        },
      },
    },
    async (req) => {
      const q = req.query;
      return listConversations({
        ctx: req.ctx,
        input: {
          status: q.status,
          channelId: q.channel_id,
          assigneeId: q.assignee_id,
          personId: q.person_id,
          unreadOnly: q.unread === 'true',
          awaitingHandoff: q.handoff === undefined ? undefined : q.handoff === 'true',
          limit: q.limit,
          cursor: q.cursor,
        },
      });
    },
  );

  app.get(
    '/conversations/:conversation_id',
    {
      config: { permission: 'conversations:read', versioned: true },
      schema: {
        operationId: 'getConversation',
        summary: 'A conversation',
        tags,
        params: s.conversationParams,
        response: { 200: conversationSchema },
      },
    },
    async (req) => getConversation({ ctx: req.ctx, input: { conversationId: req.params.conversation_id } }),
  );

  app.patch(
    '/conversations/:conversation_id',
    {
      config: { permission: 'conversations:write', versioned: true },
      schema: {
        operationId: 'updateConversation',
        summary: 'Set status (open, pending, resolved), assign to a member, mark read',
        tags,
        params: s.conversationParams,
        body: s.updateBody,
        response: { 200: conversationSchema },
      },
    },
    async (req) =>
      updateConversation({
        ctx: req.ctx,
        input: {
          conversationId: req.params.conversation_id,
          status: req.body.status,
          assigneeId: req.body.assignee_id,
          read: req.body.read,
          expectedVersion: ifMatchVersion(req),
        },
      }),
  );

  app.get(
    '/conversations/:conversation_id/messages',
    {
      config: { permission: 'conversations:read' },
      schema: {
        operationId: 'listConversationMessages',
        summary: "A conversation's messages, newest first",
        tags,
        params: s.conversationParams,
        querystring: page,
        response: {
          200: pageSchema(messageSchema).meta({
            example: { items: [messageSchema.meta()?.example], next_cursor: null },
          }),
        },
      },
    },
    async (req) =>
      listMessages({
        ctx: req.ctx,
        input: { conversationId: req.params.conversation_id, limit: req.query.limit, cursor: req.query.cursor, sign },
      }),
  );

  app.post(
    '/conversations/:conversation_id/messages',
    {
      config: { permission: 'conversations:write' },
      schema: {
        operationId: 'sendConversationMessage',
        summary: "Reply to the contact (queued; sent by the channel's provider)",
        description:
          'Answers 201 with the message `queued`; the sender delivers it outside the request and its status moves to sent, delivered, read or failed (conversations.message.status_changed). One of text, media (+ text as caption), template or list. On a Meta or Infobip channel, anything but a template to a contact who last wrote more than CONVERSATIONS_SERVICE_WINDOW_HOURS ago answers 409 conversation_window_closed, and a file without NEXOVA_PUBLIC_URL set 409 message_media_unreachable (providers fetch files by link).',
        tags,
        params: s.conversationParams,
        body: s.sendBody,
        response: { 201: messageSchema },
      },
    },
    async (req, reply) => {
      const message = await sendMessage({
        ctx: req.ctx,
        input: {
          conversationId: req.params.conversation_id,
          text: req.body.text ?? null,
          media: req.body.media ? { fileId: req.body.media.file_id } : null,
          template: req.body.template ?? null,
          list: req.body.list ?? null,
          maxChars: settings.maxChars,
          windowMs: settings.windowMs,
          publicUrl: settings.publicUrl,
        },
      });
      reply.code(201).header('location', `/api/v1/conversations/${req.params.conversation_id}/messages`);
      return message;
    },
  );
};
