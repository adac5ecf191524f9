import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { signedDownload, type UrlSigner } from '@nexova/files';
import { and, eq } from 'drizzle-orm';
import { type AuditExport, contentTypeOf, type ExportRow } from '../contracts/export';
import { exports } from '../db/schema';

type ExportPatch = Partial<Omit<ExportRow, 'id' | 'workspaceId'>>;

/** Updates an export in its own short transaction so pollers see progress while it runs. */
export async function patchExport(ctx: AppContext, id: string, patch: ExportPatch): Promise<void> {
  await withTransaction(ctx, async (t) => {
    await t.tx
      .update(exports)
      .set(patch)
      .where(and(eq(exports.workspaceId, workspaceOf(t)), eq(exports.id, id)));
  });
}

/** An export by id in the context's workspace (the recovery worker), or null. */
export async function loadExport(ctx: AppContext, id: string): Promise<ExportRow | null> {
  const [row] = await withTransaction(ctx, (t) =>
    t.tx
      .select()
      .from(exports)
      .where(and(eq(exports.workspaceId, workspaceOf(t)), eq(exports.id, id))),
  );
  return row ?? null;
}

/** The API view of an export: a fresh signed URL of its file once completed. */
export function toExport(row: ExportRow, signer: UrlSigner): AuditExport {
  return {
    id: row.id,
    status: row.status as AuditExport['status'],
    format: row.format as AuditExport['format'],
    filters: row.filters,
    total_rows: row.totalRows,
    processed_rows: row.processedRows,
    attempts: row.attempts,
    error: row.error,
    download: signedDownload(row, contentTypeOf(row.format), signer),
    created_at: row.createdAt.toISOString(),
    finished_at: row.finishedAt?.toISOString() ?? null,
  };
}
