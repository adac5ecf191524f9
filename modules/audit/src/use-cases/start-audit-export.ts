import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import type { FileStore, UrlSigner } from '@nexova/files';
import { newId, noteAudit } from '@nexova/kernel';
import type { AuditExport, ExportFormat } from '../contracts/export';
import { filtersOf } from '../db/entry-filters';
import { exports } from '../db/schema';
import { toExport } from '../exports/export-store';
import { runExport } from '../exports/run-export';

export type StartAuditExportInput = {
  format: ExportFormat;
  /** The GET /audit filters as the API takes them (snake_case, ISO instants). */
  filters: Record<string, string | undefined>;
  files: { store: FileStore; signer: UrlSigner };
  maxRows: number;
  batchRows: number;
  heartbeatMs: number;
  /** Aborted when this process stops (the route plugin closing): the export is left to the recovery worker. */
  signal?: AbortSignal;
};

// Records an export job (its audit entry is `audit.exported`) and runs it in the background of this
// process once committed; `done` settles when it ends. The job row carries its outcome.
export async function startAuditExport({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: StartAuditExportInput;
}): Promise<{ job: AuditExport; done: Promise<void> }> {
  const filters = Object.fromEntries(
    Object.entries(input.filters).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const row = await withTransaction(ctx, async (t) => {
    const id = newId();
    noteAudit(t, {
      action: 'audit.exported',
      target: { type: 'audit_export', id },
      changes: { format: { after: input.format }, filters: { after: filters } },
    });
    const [inserted] = await t.tx
      .insert(exports)
      .values({
        id,
        workspaceId: workspaceOf(t),
        format: input.format,
        filters,
        actorType: t.actor.type,
        actorId: t.actor.id === null ? null : String(t.actor.id),
      })
      .returning();
    return inserted as NonNullable<typeof inserted>;
  });
  const background: AppContext = { ...ctx, tx: undefined, audit: undefined };
  const done = new Promise<void>((resolve) =>
    setImmediate(
      () =>
        void runExport(background, {
          exportId: row.id,
          format: input.format,
          filters: filtersOf(filters),
          store: input.files.store,
          maxRows: input.maxRows,
          batchRows: input.batchRows,
          heartbeatMs: input.heartbeatMs,
          signal: input.signal,
        }).then(resolve, resolve),
    ),
  );
  return { job: toExport(row, input.files.signer), done };
}
