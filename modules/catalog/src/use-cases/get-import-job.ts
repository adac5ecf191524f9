import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { ImportJob } from '../contracts/product';
import { importJobs } from '../db/schema';
import { toImportJob } from '../import/job-store';

export type GetImportJobInput = { jobId: string };

// The progress and report of a product import.
export async function getImportJob({ ctx, input }: { ctx: AppContext; input: GetImportJobInput }): Promise<ImportJob> {
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select()
      .from(importJobs)
      .where(and(eq(importJobs.workspaceId, workspaceOf(t)), eq(importJobs.id, input.jobId)));
    if (!row) throw new NotFoundError(`Import job ${input.jobId} was not found.`, { code: 'import_job_not_found' });
    return toImportJob(row);
  });
}
