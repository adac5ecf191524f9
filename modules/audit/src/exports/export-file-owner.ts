import { workspaceOf } from '@nexova/db';
import type { FileOwner } from '@nexova/files';
import { and, eq, inArray } from 'drizzle-orm';
import { exports } from '../db/schema';

/** Audit exports live under audit-exports/<workspace>/<id>.<ext>; a file is kept while its export row names it. */
export const exportFileOwner: FileOwner = {
  prefix: 'audit-exports',
  owner: 'audit',
  async referenced(t, keys) {
    const rows = await t.tx
      .select({ key: exports.fileKey })
      .from(exports)
      .where(and(eq(exports.workspaceId, workspaceOf(t)), inArray(exports.fileKey, keys)));
    return rows.flatMap((r) => (r.key ? [r.key] : []));
  },
};
