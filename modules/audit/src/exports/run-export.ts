import { createHash } from 'node:crypto';
import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
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
};

/** Where an export's file lives: under the audit-exports prefix its file owner declares. */
export const exportKey = (workspaceId: string, id: string, format: ExportFormat) =>
  `audit-exports/${workspaceId}/${id}.${format}`;

/**
 * Runs one export: counts the selection, reads it newest first in keyset batches (progress committed
 * after each), stores the file and completes the job. Entries are shown as GET /audit shows them
 * (personal values already masked when written). Never rejects: a failure marks the job failed.
 */
export async function runExport(ctx: AppContext, run: ExportRun): Promise<void> {
  const ws = workspaceOf(ctx);
  try {
    const total = await withTransaction(ctx, async (t) => {
      const [row] = await t.tx.select({ n: count() }).from(entries).where(entryWhere(ws, run.filters));
      return row?.n ?? 0;
    });
    if (total > run.maxRows) {
      const error = `The filters select ${total} entries, more than ${run.maxRows}; narrow them (from, to, category …).`;
      await patchExport(ctx, run.exportId, { status: 'failed', totalRows: total, error, finishedAt: new Date() });
      return;
    }
    await patchExport(ctx, run.exportId, { status: 'running', totalRows: total });
    const chunks: string[] = [run.format === 'csv' ? csvHeader() : '['];
    let done = 0;
    let before: number | undefined;
    for (;;) {
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
      await patchExport(ctx, run.exportId, { processedRows: done });
    }
    if (run.format === 'json') chunks.push(']\n');
    const file = Buffer.from(chunks.join(''), 'utf8');
    const fileKey = exportKey(ws, run.exportId, run.format);
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
  } catch {
    await patchExport(ctx, run.exportId, {
      status: 'failed',
      error: 'The export failed unexpectedly; ask for it again.',
      finishedAt: new Date(),
    }).catch(() => {
      // The database is gone (shutdown): the job stays running; its owner asks again.
    });
  }
}
