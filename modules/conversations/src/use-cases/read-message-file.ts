import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import type { FileStore } from '@nexova/files';
import { ConflictError, NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { mediaOfMessages } from '../db/media-store';
import { messages } from '../db/schema';

export type ReadMessageFileInput = { messageId: string; store: FileStore };
export type MessageFile = {
  messageId: string;
  conversationId: string;
  kind: string;
  contentType: string;
  filename: string | null;
  data: Buffer;
};

// The stored file of a message (a customer's image or document), for another module to keep a copy
// (a payment receipt). 404 for a foreign or unknown message or one without a file; 409
// message_media_not_stored while it is still downloading or when the download failed.
export async function readMessageFile({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ReadMessageFileInput;
}): Promise<MessageFile> {
  const found = await withTransaction(ctx, async (t) => {
    const [message] = await t.tx
      .select()
      .from(messages)
      .where(and(eq(messages.workspaceId, workspaceOf(t)), eq(messages.id, input.messageId)));
    const media = message ? (await mediaOfMessages(t, [message.id])).get(message.id) : undefined;
    return message && media ? { message, media } : null;
  });
  if (!found) throw new NotFoundError('No message with a file has this id.', { code: 'message_media_not_found' });
  const { message, media } = found;
  const data = media.status === 'stored' && media.fileKey ? await input.store.get(media.fileKey) : null;
  if (!data || !media.contentType)
    throw new ConflictError(`The message's file is ${media.status === 'stored' ? 'missing' : media.status}.`, {
      code: 'message_media_not_stored',
      extensions: { media_status: media.status },
    });
  return {
    messageId: message.id,
    conversationId: message.conversationId,
    kind: message.kind,
    contentType: media.contentType,
    filename: media.filename,
    data,
  };
}
