import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { newId, ValidationError } from '@nexova/kernel';
import { getWorkspaceSettings } from '@nexova/tenancy';
import type { ImportJob } from '../contracts/product';
import { importJobs } from '../db/schema';
import { toImportJob } from '../import/job-store';
import type { ImportFormat } from '../import/parse-file';
import { runImport } from '../import/run-import';

export type StartProductImportInput = {
  file: Buffer;
  format: ImportFormat;
  /** ISO 4217 currency of the prices in the file; absent: the workspace's default_currency. */
  currency?: string;
  maxRows: number;
};

// Records an import job and runs it in the background of this process; `done` settles when it ends.
// Later: hand the file to a worker through durable storage + an event instead of running in-process.
export async function startProductImport({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: StartProductImportInput;
}): Promise<{ job: ImportJob; done: Promise<void> }> {
  const given = input.currency?.toUpperCase();
  if (given !== undefined && !/^[A-Z]{3}$/.test(given))
    throw new ValidationError('currency must be an ISO 4217 code.', [
      { pointer: '/currency', in: 'query', message: 'must be 3 letters' },
    ]);
  if (input.file.length === 0)
    throw new ValidationError('The file is empty.', [{ pointer: '/', in: 'body', message: 'is empty' }]);
  const job = await withTransaction(ctx, async (t) => {
    const currency = given ?? (await getWorkspaceSettings({ ctx: t })).default_currency;
    const [row] = await t.tx
      .insert(importJobs)
      .values({
        id: newId(),
        workspaceId: workspaceOf(t),
        format: input.format,
        currency,
        actorType: t.actor.type,
        actorId: t.actor.id,
      })
      .returning();
    return row as NonNullable<typeof row>;
  });
  // Detached from the request: the job row carries its outcome; runImport never rejects.
  const background: AppContext = { ...ctx, tx: undefined };
  const done = new Promise<void>((resolve) =>
    setImmediate(
      () =>
        void runImport(background, {
          jobId: job.id,
          file: input.file,
          format: input.format,
          currency: job.currency,
          maxRows: input.maxRows,
        }).then(resolve, resolve),
    ),
  );
  return { job: toImportJob(job), done };
}
