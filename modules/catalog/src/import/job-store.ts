import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, eq } from 'drizzle-orm';
import type { ImportJob } from '../contracts/product';
import { importJobs } from '../db/schema';

export type JobRow = typeof importJobs.$inferSelect;
type JobPatch = Partial<Omit<JobRow, 'id' | 'workspaceId'>>;

/** Updates a job in its own short transaction so pollers see progress while the import runs. */
export async function patchJob(ctx: AppContext, id: string, patch: JobPatch): Promise<void> {
  await withTransaction(ctx, async (t) => {
    await t.tx
      .update(importJobs)
      .set(patch)
      .where(and(eq(importJobs.workspaceId, workspaceOf(t)), eq(importJobs.id, id)));
  });
}

export const toImportJob = (j: JobRow): ImportJob => ({
  id: j.id,
  status: j.status as ImportJob['status'],
  format: j.format as ImportJob['format'],
  total_rows: j.totalRows,
  processed_rows: j.processedRows,
  created_products: j.createdProducts,
  created_variants: j.createdVariants,
  rejected: j.rejected,
  error: j.error,
  created_at: j.createdAt.toISOString(),
  finished_at: j.finishedAt?.toISOString() ?? null,
});
