import { createHash } from 'node:crypto';
import {
  type AppContext,
  checkInterrupted,
  JobInterrupted,
  startHeartbeat,
  withTransaction,
  workspaceOf,
} from '@nexova/db';
import type { FileStore } from '@nexova/files';
import { count, desc, lt } from 'drizzle-orm';
import { toEntry } from '../contracts/entry';
import type { ExportFormat } from '../contracts/export';
import { type EntryFilters, entryWhere } from '../db/entry-filters';
import { entries } from '../db/schema';
import { patchExport } from './export-store';
import { csvHeader, csvLine, jsonChunk } from './render';

export type ExportRun = {
  exportId: string;
  format: ExportFormat;
  filters: EntryFilters;
  store: FileStore;
  maxRows: number;
  batchRows: number;
  /** EXPORT_HEARTBEAT_MS: how often the row records that this process is still at work. */
  heartbeatMs: number;
  /** Aborted when the process stops: the export stops between batches and stays running for the recovery worker. */
  signal?: AbortSignal;
};

/** Where an export's file lives: under the audit-exports prefix its file owner declares. */
export const exportKey = (workspaceId: string, id: string, format: ExportFormat) =>
  `audit-exports/${workspaceId}/${id}.${format}`;

/**
 * Runs one export: counts the selection, reads it newest first in keyset batches (progress committed
 * after each), stores the file and completes the job. Entries are shown as GET /audit shows them
 * (personal values already masked when written). Never rejects: a failure marks the job failed; an
 * interruption (the process stopping) leaves it running, its heartbeat stopped, for the recovery worker.
 */
export async function runExport(ctx: AppContext, run: ExportRun): Promise<void> {
  const ws = workspaceOf(ctx);
  const heartbeat = startHeartbeat(run.heartbeatMs, () => patchExport(ctx, run.exportId, { heartbeatAt: new Date() }));
  try {
    checkInterrupted(run.signal);
    const total = await withTransaction(ctx, async (t) => {
      const [row] = await t.tx.select({ n: count() }).from(entries).where(entryWhere(ws, run.filters));
      return row?.n ?? 0;
    });
    if (total > run.maxRows) {
      const error = `The filters select ${total} entries, more than ${run.maxRows}; narrow them (from, to, category …).`;
      await patchExport(ctx, run.exportId, { status: 'failed', totalRows: total, error, finishedAt: new Date() });
      return;
    }
    await patchExport(ctx, run.exportId, {
      status: 'running',
      totalRows: total,
      processedRows: 0,
      heartbeatAt: new Date(),
    });
    const chunks: string[] = [run.format === 'csv' ? csvHeader() : '['];
    let done = 0;
    let before: number | undefined;
    for (;;) {
      checkInterrupted(run.signal);
      const rows = await withTransaction(ctx, (t) =>
        t.tx
          .select()
          .from(entries)
          .where(entryWhere(ws, run.filters, before === undefined ? undefined : lt(entries.seq, before)))
          .orderBy(desc(entries.seq))
          .limit(run.batchRows),
      );
      if (rows.length === 0) break;
      const batch = rows.map(toEntry);
      chunks.push(run.format === 'csv' ? batch.map(csvLine).join('') : jsonChunk(batch, done === 0));
      done += rows.length;
      before = rows[rows.length - 1]?.seq;
      await patchExport(ctx, run.exportId, { processedRows: done, heartbeatAt: new Date() });
    }
    if (run.format === 'json') chunks.push(']\n');
    const file = Buffer.from(chunks.join(''), 'utf8');
    const fileKey = exportKey(ws, run.exportId, run.format);
    checkInterrupted(run.signal);
    await run.store.put(fileKey, file);
    await patchExport(ctx, run.exportId, {
      status: 'completed',
      processedRows: done,
      totalRows: Math.max(total, done),
      fileKey,
      size: file.length,
      sha256: createHash('sha256').update(file).digest('hex'),
      finishedAt: new Date(),
    });
  } catch (error) {
    if (error instanceof JobInterrupted || run.signal?.aborted) return;
    await patchExport(ctx, run.exportId, {
      status: 'failed',
      error: 'The export failed unexpectedly; ask for it again.',
      finishedAt: new Date(),
    }).catch(() => {
      // The database is gone (shutdown): the job stays running; the recovery worker takes it.
    });
  } finally {
    heartbeat.stop();
  }
}
