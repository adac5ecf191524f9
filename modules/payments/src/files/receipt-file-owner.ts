import { workspaceOf } from '@nexova/db';
import type { FileOwner } from '@nexova/files';
import { and, eq, inArray } from 'drizzle-orm';
import { attachments } from '../db/schema';

/** Receipts live under receipts/<workspace>/<id>.<ext>; a file is kept while an attachment row names it. */
export const receiptFileOwner: FileOwner = {
  prefix: 'receipts',
  owner: 'payments',
  async referenced(t, keys) {
    const rows = await t.tx
      .select({ key: attachments.fileKey })
      .from(attachments)
      .where(and(eq(attachments.workspaceId, workspaceOf(t)), inArray(attachments.fileKey, keys)));
    return rows.map((r) => r.key);
  },
};
