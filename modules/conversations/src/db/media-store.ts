import { type TxContext, workspaceOf } from '@nexova/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { MessageMedia } from '../contracts/conversation';
import { messageMedia } from './schema';

export type MediaRow = typeof messageMedia.$inferSelect;

/** Signs a stored file's key (the app's UrlSigner); absent in events, where a URL would expire unseen. */
export type SignKey = (key: string) => { url: string; expiresAt: Date };

/** A media row as messages show it: the signed URL only once stored and only when a signer is given. */
export function toMedia(r: MediaRow, sign?: SignKey): MessageMedia {
  const signed = r.status === 'stored' && r.fileKey && sign ? sign(r.fileKey) : null;
  return {
    id: r.id,
    status: r.status as MessageMedia['status'],
    content_type: r.contentType,
    size: r.size,
    sha256: r.sha256,
    filename: r.filename,
    error: r.error,
    url: signed?.url ?? null,
    url_expires_at: signed ? signed.expiresAt.toISOString() : null,
  };
}

/** The media rows of these messages, by message id. */
export async function mediaOfMessages(t: TxContext, messageIds: string[]): Promise<Map<string, MediaRow>> {
  if (messageIds.length === 0) return new Map();
  const rows = await t.tx
    .select()
    .from(messageMedia)
    .where(and(eq(messageMedia.workspaceId, workspaceOf(t)), inArray(messageMedia.messageId, messageIds)));
  return new Map(rows.flatMap((r) => (r.messageId ? [[r.messageId, r] as const] : [])));
}

/** One media row of the workspace by its (file) id, or null. */
export async function findMedia(t: TxContext, id: string): Promise<MediaRow | null> {
  const [row] = await t.tx
    .select()
    .from(messageMedia)
    .where(and(eq(messageMedia.workspaceId, workspaceOf(t)), eq(messageMedia.id, id)));
  return row ?? null;
}
