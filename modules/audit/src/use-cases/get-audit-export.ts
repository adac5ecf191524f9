import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import type { UrlSigner } from '@nexova/files';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { AuditExport } from '../contracts/export';
import { exports } from '../db/schema';
import { toExport } from '../exports/export-store';

export type GetAuditExportInput = { id: string; signer: UrlSigner };

// One export of the workspace with its progress and, once completed, a freshly signed download URL.
export async function getAuditExport({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetAuditExportInput;
}): Promise<AuditExport> {
  const row = await withTransaction(ctx, async (t) => {
    const [found] = await t.tx
      .select()
      .from(exports)
      .where(and(eq(exports.workspaceId, workspaceOf(t)), eq(exports.id, input.id)));
    return found;
  });
  if (!row) throw new NotFoundError(`Audit export ${input.id} was not found.`, { code: 'audit_export_not_found' });
  return toExport(row, input.signer);
}
