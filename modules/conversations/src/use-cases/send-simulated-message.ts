import { type AppContext, type TxContext, withTransaction, workspaceOf } from '@nexova/db';
import { BadRequestError, ConflictError, newId } from '@nexova/kernel';
import { and, desc, eq } from 'drizzle-orm';
import { mustLoadChannel } from '../db/channel-store';
import { conversations, messages } from '../db/schema';
import { type SimulatorBody, simulatorMessageId } from '../domain/normalise-simulator';
import { type InteractiveList, listRows } from '../domain/outbound-content';
import { storeInbound } from './store-inbound';

export type SendSimulatedMessageInput = {
  channelId: string;
  /** The simulated customer's WhatsApp number (E.164; spaces, dashes and brackets are ignored). */
  phone: string;
  name?: string | null;
  text?: string | null;
  /** An image or document the customer attaches (base64; CONVERSATIONS_MEDIA_MAX_BYTES at most, checked by the media worker). */
  media?: { data: string; contentType: string; filename?: string | null } | null;
  /** The client's id for this message: the same id again is stored once. */
  clientMessageId?: string;
};

export type SimulatedMessageReceipt = {
  outcome: 'stored' | 'duplicate';
  provider_message_id: string;
  /** The customer's conversation on the channel if it exists already (null on a first message until the consumer starts it). */
  conversation_id: string | null;
  contact_address: string;
};

// A simulated customer writes to a simulator channel. It enters as a provider's webhook does: the
// body is stored in the webhook inbox and conversations.webhook.received published in the same
// transaction; the inbound consumer normalises it (normalise-simulator), resolves the contact and
// writes the conversation and message. A client message id seen before is stored once.
export async function sendSimulatedMessage({
  ctx,
  input,
  maxChars,
}: {
  ctx: AppContext;
  input: SendSimulatedMessageInput;
  maxChars: number;
}): Promise<SimulatedMessageReceipt> {
  const digits = input.phone.replace(/[\s().-]/g, '').replace(/^\+/, '');
  if (!/^[1-9]\d{6,14}$/.test(digits))
    throw new BadRequestError('The phone must be an international number (E.164), e.g. +5511987654321.', {
      code: 'simulator_phone_invalid',
    });
  const text = input.text?.trim() ?? '';
  if ((!text && !input.media) || text.length > maxChars)
    throw new BadRequestError(`The text must have 1 to ${maxChars} characters (CONVERSATIONS_MESSAGE_MAX_CHARS).`, {
      code: 'message_text_invalid',
    });
  const clientId = input.clientMessageId ?? newId();
  const contactAddress = `+${digits}`;
  return withTransaction(ctx, async (t) => {
    const channel = await mustLoadChannel(t, input.channelId);
    if (channel.kind !== 'simulator')
      throw new ConflictError('Only a simulator channel takes simulated messages; this one is a provider’s.', {
        code: 'channel_not_simulator',
        extensions: { kind: channel.kind },
      });
    if (channel.status !== 'active')
      throw new ConflictError('The channel is disabled; enable it to simulate messages.', { code: 'channel_disabled' });
    const reply = /^\d{1,2}$/.test(text) ? await pickFromLastList(t, channel.id, `+${digits}`, Number(text)) : null;
    const body: SimulatorBody = {
      message_id: clientId,
      from: digits,
      name: input.name?.trim() || null,
      text,
      sent_at: new Date().toISOString(),
      ...(reply ? { reply } : {}),
      ...(input.media
        ? {
            media: {
              data: input.media.data,
              mime_type: input.media.contentType,
              filename: input.media.filename?.slice(0, 255) || null,
            },
          }
        : {}),
    };
    // The client id alone identifies the delivery: a retry of it is the same inbox row.
    const row = await storeInbound(t, {
      workspaceId: channel.workspaceId,
      channelId: channel.id,
      provider: 'simulator',
      identity: `simulator:${clientId}`,
      payload: body,
    });
    const [conversation] = await t.tx
      .select({ id: conversations.id })
      .from(conversations)
      .where(
        and(
          eq(conversations.workspaceId, workspaceOf(t)),
          eq(conversations.channelId, channel.id),
          eq(conversations.contactAddress, contactAddress),
        ),
      )
      .limit(1);
    return {
      outcome: row ? 'stored' : 'duplicate',
      provider_message_id: simulatorMessageId(clientId),
      conversation_id: conversation?.id ?? null,
      contact_address: contactAddress,
    };
  });
}

/** The n-th row (1-based) of the last list the shop sent this customer: typing its number picks it. */
async function pickFromLastList(
  t: TxContext,
  channelId: string,
  contactAddress: string,
  n: number,
): Promise<{ id: string; title: string } | null> {
  const [list] = await t.tx
    .select({ content: messages.content })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(
      and(
        eq(conversations.workspaceId, workspaceOf(t)),
        eq(conversations.channelId, channelId),
        eq(conversations.contactAddress, contactAddress),
        eq(messages.workspaceId, workspaceOf(t)),
        eq(messages.direction, 'outbound'),
        eq(messages.kind, 'interactive'),
      ),
    )
    .orderBy(desc(messages.id))
    .limit(1);
  const row = list?.content.list ? listRows(list.content.list as InteractiveList)[n - 1] : undefined;
  return row ? { id: row.id, title: row.title } : null;
}
