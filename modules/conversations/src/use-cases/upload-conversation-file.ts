import { createHash } from 'node:crypto';
import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import type { FileStore } from '@nexova/files';
import { newId, UnsupportedMediaTypeError } from '@nexova/kernel';
import type { MessageMedia } from '../contracts/conversation';
import { mustLoadConversation } from '../db/conversation-store';
import { type SignKey, toMedia } from '../db/media-store';
import { messageMedia } from '../db/schema';
import { sniff } from '../domain/media-types';

export type UploadConversationFileInput = {
  conversationId: string;
  data: Buffer;
  filename: string | null;
  /** CONVERSATIONS_UPLOAD_TYPES: the types allowed, judged by the bytes. */
  allowedTypes: readonly string[];
  store: FileStore;
  sign: SignKey;
};

const EXT: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

// A file a member uploads to send in a conversation (then POST …/messages with media.file_id): its
// type decided by its magic bytes (415 naming /file otherwise), written to the file store under
// media/<workspace>/<id>.<ext> with no transaction open, then recorded as an outbound media row
// `stored` with no message yet. A crash between the write and the record leaves a file no row names:
// the file sweep removes it. The size limit is the route's (CONVERSATIONS_UPLOAD_MAX_BYTES).
export async function uploadConversationFile({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: UploadConversationFileInput;
}): Promise<MessageMedia> {
  const type = sniff(input.data);
  const ext = type ? EXT[type] : undefined;
  if (!type || !ext || !input.allowedTypes.includes(type))
    throw new UnsupportedMediaTypeError(
      `A file sent in a conversation must be one of: ${input.allowedTypes.join(', ')}.`,
      {
        code: 'conversation_file_type_not_allowed',
        errors: [
          {
            pointer: '/file',
            in: 'body',
            message: `is ${type ?? 'of an unknown type'}; allowed: ${input.allowedTypes.join(', ')}`,
          },
        ],
        extensions: { allowed_types: input.allowedTypes },
      },
    );
  const conversation = await withTransaction(ctx, (t) => mustLoadConversation(t, input.conversationId));
  const id = newId();
  const fileKey = `media/${conversation.workspaceId}/${id}.${ext}`;
  await input.store.put(fileKey, input.data);
  const row = await withTransaction(ctx, async (t) => {
    const [inserted] = await t.tx
      .insert(messageMedia)
      .values({
        id,
        workspaceId: workspaceOf(t),
        messageId: null,
        channelId: conversation.channelId,
        direction: 'outbound',
        status: 'stored',
        source: { uploaded_to: conversation.id, uploaded_by: t.actor.id },
        fileKey,
        contentType: type,
        size: input.data.length,
        sha256: createHash('sha256').update(input.data).digest('hex'),
        filename: input.filename?.slice(0, 255) ?? null,
      })
      .returning();
    if (!inserted) throw new Error('insert returned no row');
    return inserted;
  });
  return toMedia(row, input.sign);
}
