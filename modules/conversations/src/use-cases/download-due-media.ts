import { createHash } from 'node:crypto';
import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import type { FileStore } from '@nexova/files';
import { sql } from 'drizzle-orm';
import { acceptMedia } from '../domain/media-types';
import { downloadMedia } from '../providers/media-download';
import { SendError } from '../providers/send-error';
import type { ConversationSettings } from '../settings';
import { claimDueMedia } from './claim-due-media';
import { type MediaOutcome, recordMediaOutcome } from './record-media-outcome';

export type DownloadDueMediaInput = { settings: ConversationSettings; store: FileStore; now?: Date; batch?: number };

// The media worker's entry point: for every workspace with inbound media due (found through a
// SECURITY DEFINER function that reveals only ids), claims them in a short transaction, downloads
// each with NO transaction open (CONVERSATIONS_MEDIA_MAX_BYTES at most, its type checked), writes
// the file to the store under media/<workspace>/<media id>.<ext> and records the outcome in a new
// transaction. A file too large or of a type not allowed is never written. A crash between the write
// and the record leaves the same key rewritten by the next attempt (never two files).
export async function downloadDueMedia({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: DownloadDueMediaInput;
}): Promise<{ claimed: number; stored: number }> {
  if (ctx.tx) throw new Error('Media are downloaded outside any transaction.');
  const s = input.settings;
  const now = input.now ?? new Date();
  const due = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from conversations.workspaces_with_due_media(${now.toISOString()}::timestamptz, 1000) as id`,
  );
  const result = { claimed: 0, stored: 0 };
  for (const { id } of due) {
    const scoped = { ...ctx, workspaceId: id, tx: undefined };
    const claimed = await withTransaction(scoped, (t) =>
      claimDueMedia(t, { now, batch: input.batch ?? 10, leaseMs: s.leaseMs, sealKey: s.sealKey }),
    );
    result.claimed += claimed.length;
    await Promise.all(
      claimed.map(async (c) => {
        let outcome: MediaOutcome;
        try {
          const got = await downloadMedia(c.channel, c.source, {
            graphUrl: s.metaGraphUrl,
            timeoutMs: s.timeoutMs,
            maxBytes: s.media.maxBytes,
          });
          const accepted = acceptMedia(c.kind, got.contentType, got.data);
          if (!accepted)
            throw new SendError(`media_type_not_allowed: ${got.contentType || 'unknown'} for a ${c.kind}`, false);
          const fileKey = `media/${id}/${c.mediaId}.${accepted.ext}`;
          await input.store.put(fileKey, got.data);
          outcome = {
            mediaId: c.mediaId,
            stored: {
              fileKey,
              contentType: accepted.type,
              size: got.data.length,
              sha256: createHash('sha256').update(got.data).digest('hex'),
            },
          };
        } catch (error) {
          outcome = { mediaId: c.mediaId, error };
        }
        const recorded = await recordMediaOutcome({
          ctx: scoped,
          input: { ...outcome, now: input.now ?? new Date() },
          policy: s.media,
        });
        if (recorded === 'stored') result.stored++;
      }),
    );
  }
  return result;
}
