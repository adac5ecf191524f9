import { workspaceOf } from '@nexova/db';
import type { FileOwner } from '@nexova/files';
import { and, eq, inArray } from 'drizzle-orm';
import { patientAttachments } from '../db/schema';

/** Patient attachments live under patients/<workspace>/<patient>/<id>.<ext>; kept while a row names them. */
export const patientFileOwner: FileOwner = {
  prefix: 'patients',
  owner: 'clinic',
  async referenced(t, keys) {
    const rows = await t.tx
      .select({ key: patientAttachments.fileKey })
      .from(patientAttachments)
      .where(and(eq(patientAttachments.workspaceId, workspaceOf(t)), inArray(patientAttachments.fileKey, keys)));
    return rows.map((r) => r.key);
  },
};
