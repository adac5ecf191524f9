import { workspaceOf } from '@nexova/db';
import type { FileOwner } from '@nexova/files';
import { and, eq, inArray } from 'drizzle-orm';
import { messageMedia } from '../db/schema';

/** Message media live under media/<workspace>/<media id>.<ext>; a file is kept while a media row names it. */
export const mediaFileOwner: FileOwner = {
  prefix: 'media',
  owner: 'conversations',
  async referenced(t, keys) {
    const rows = await t.tx
      .select({ key: messageMedia.fileKey })
      .from(messageMedia)
      .where(and(eq(messageMedia.workspaceId, workspaceOf(t)), inArray(messageMedia.fileKey, keys)));
    return rows.flatMap((r) => (r.key ? [r.key] : []));
  },
};
