import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { ConflictError, newId, UnprocessableError } from '@nexova/kernel';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Message, MessageKind } from '../contracts/conversation';
import { conversationUpdated, messageCreated, messageQueued } from '../contracts/events/conversation-events.v1';
import { mustLoadChannel } from '../db/channel-store';
import { mustLoadConversation, toConversation, toMessage } from '../db/conversation-store';
import { findMedia, toMedia } from '../db/media-store';
import { conversations, messageMedia, messages } from '../db/schema';
import { previewOf } from '../domain/inbound';
import { type InteractiveList, listAsText, type TemplateMessage, templatePreview } from '../domain/outbound-content';

export type SendMessageInput = {
  conversationId: string;
  /** The text; with `media`, its caption. */
  text?: string | null;
  /** A stored file of the workspace (a message's media id) sent as an image (JPEG, PNG) or a document. */
  media?: { fileId: string } | null;
  /** A template approved at the provider: the only thing that may be sent outside the service window. */
  template?: TemplateMessage | null;
  /** An interactive list (catalogs): the simulator shows it as numbered text. */
  list?: InteractiveList | null;
  /** CONVERSATIONS_MESSAGE_MAX_CHARS. */
  maxChars: number;
  /** CONVERSATIONS_SERVICE_WINDOW_HOURS in ms (24 h when not given). */
  windowMs?: number;
  /** NEXOVA_PUBLIC_URL: null refuses a file to a provider channel (it could not fetch it); undefined skips the check. */
  publicUrl?: string | null;
};

const DAY_MS = 24 * 3_600_000;

// A member's (or the agent's) message to the contact — text, a stored file, a template or a list —
// stored as an outbound message `queued`, with message.created, conversation.updated (a reply reads
// the conversation) and message.queued, one commit. Nothing is sent here: the outbound consumer hands
// it to the sender. A disabled channel answers 409; so does the agent writing to a conversation a
// member took over, and anything but a template to a WhatsApp contact whose last message is older
// than the service window (conversation_window_closed: WhatsApp would refuse it later, silently).
const authorTypeOf = (actor: string) => (actor === 'user' ? 'member' : actor === 'agent' ? 'agent' : 'system');

export async function sendMessage({ ctx, input }: { ctx: AppContext; input: SendMessageInput }): Promise<Message> {
  const text = input.text?.trim() ?? '';
  const extras = [input.media, input.template, input.list].filter(Boolean).length;
  if (extras > 1)
    throw new UnprocessableError('Send one of media, template or list per message.', {
      code: 'message_content_invalid',
      errors: [{ pointer: '/template', in: 'body', message: 'only one of media, template or list' }],
    });
  if ((extras === 0 && !text) || text.length > input.maxChars)
    throw new UnprocessableError(`text must have 1 to ${input.maxChars} characters.`, {
      code: 'message_text_invalid',
      errors: [{ pointer: '/text', in: 'body', message: `must have 1 to ${input.maxChars} characters` }],
    });
  return withTransaction(ctx, async (t) => {
    const conversation = await mustLoadConversation(t, input.conversationId, true);
    const channel = await mustLoadChannel(t, conversation.channelId);
    if (channel.status !== 'active')
      throw new ConflictError('The conversation’s channel is disabled; enable it to send.', {
        code: 'channel_disabled',
      });
    if (t.actor.type === 'agent' && conversation.handledBy === 'member')
      throw new ConflictError('A member handles this conversation: the agent may not write to it.', {
        code: 'conversation_handled_by_member',
      });
    const now = new Date();
    if (channel.kind !== 'simulator' && !input.template) {
      const windowMs = input.windowMs ?? DAY_MS;
      const [last] = await t.tx
        .select({ at: messages.createdAt })
        .from(messages)
        .where(
          and(
            eq(messages.workspaceId, conversation.workspaceId),
            eq(messages.conversationId, conversation.id),
            eq(messages.direction, 'inbound'),
          ),
        )
        .orderBy(desc(messages.createdAt))
        .limit(1);
      if (!last || now.getTime() - last.at.getTime() > windowMs)
        throw new ConflictError(
          `The contact last wrote more than ${Math.round(windowMs / 3_600_000)} h ago: WhatsApp takes only a template now (send \`template\`).`,
          {
            code: 'conversation_window_closed',
            extensions: { last_inbound_at: last?.at.toISOString() ?? null, window_hours: windowMs / 3_600_000 },
          },
        );
    }
    const file = input.media ? await findMedia(t, input.media.fileId) : null;
    if (input.media && (file?.status !== 'stored' || !file.fileKey))
      throw new UnprocessableError('No stored file has this id in this workspace.', {
        code: 'message_media_not_found',
        errors: [{ pointer: '/media/file_id', in: 'body', message: 'is not a stored file of this workspace' }],
      });
    if (file && channel.kind !== 'simulator' && input.publicUrl === null)
      throw new ConflictError('Files are sent as links: set NEXOVA_PUBLIC_URL so the provider can fetch them.', {
        code: 'message_media_unreachable',
      });
    const kind: MessageKind = input.template
      ? 'template'
      : input.list
        ? 'interactive'
        : file
          ? file.contentType === 'image/jpeg' || file.contentType === 'image/png'
            ? 'image'
            : 'document'
          : 'text';
    const body = input.template ? templatePreview(input.template) : input.list ? listAsText(input.list) : text;
    const content = input.template ? { template: input.template } : input.list ? { list: input.list } : {};
    const [row] = await t.tx
      .insert(messages)
      .values({
        id: newId(),
        workspaceId: conversation.workspaceId,
        conversationId: conversation.id,
        channelId: conversation.channelId,
        direction: 'outbound',
        status: 'queued',
        authorType: authorTypeOf(t.actor.type),
        authorId: t.actor.id,
        kind,
        text: body || null,
        content,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    const [media] = file
      ? await t.tx
          .insert(messageMedia)
          .values({
            id: newId(),
            workspaceId: conversation.workspaceId,
            messageId: row.id,
            channelId: conversation.channelId,
            direction: 'outbound',
            status: 'stored',
            source: { file_id: file.id },
            fileKey: file.fileKey,
            contentType: file.contentType,
            size: file.size,
            sha256: file.sha256,
            filename: file.filename,
          })
          .returning()
      : [];
    const [updated] = await t.tx
      .update(conversations)
      .set({
        // A reply reads the conversation; a system notice (notifications' templates) leaves it unread.
        ...(t.actor.type === 'system' ? {} : { unreadCount: 0 }),
        lastMessageAt: now,
        lastMessagePreview: previewOf({ kind, text: body || null }),
        version: sql`${conversations.version} + 1`,
        updatedAt: now,
      })
      .where(eq(conversations.id, conversation.id))
      .returning();
    if (!updated) throw new Error('update returned no row');
    const message = toMessage(row, media ? toMedia(media) : null);
    await publish(t, messageCreated, { aggregateId: conversation.id, payload: message });
    await publish(t, conversationUpdated, { aggregateId: conversation.id, payload: toConversation(updated) });
    await publish(t, messageQueued, {
      aggregateId: conversation.id,
      payload: { message_id: row.id, conversation_id: conversation.id, channel_id: conversation.channelId },
    });
    return message;
  });
}
