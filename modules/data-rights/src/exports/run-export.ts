import { createHash } from 'node:crypto';
import { type AppContext, checkInterrupted, JobInterrupted, startHeartbeat } from '@nexova/db';
import type { AppFiles } from '@nexova/files';
import { strToU8, zipSync } from 'fflate';
import { patchPersonExport } from './export-store';
import { fileKeysIn, SECTIONS } from './gather';

export type RunPersonExportInput = {
  exportId: string;
  personId: string;
  fileKey: string;
  files: AppFiles;
  /** EXPORT_HEARTBEAT_MS: how often the row records that this process is still at work. */
  heartbeatMs: number;
  /** Aborted when the process stops: the export stops between steps and stays running for the recovery worker. */
  signal?: AbortSignal;
};

// Gathers each section (progress after each), then writes one zip: person.json (every section, as
// the API shows it) and files/<key> for every stored file the sections link to (receipts, clinical
// attachments, message media). fflate: a small, dependency-free zip writer; the archive of one
// person fits in memory. Any failure marks the export failed with its reason; nothing half-written
// is served (the row names the file only once it is stored). Its heartbeat beats while it runs; an
// interruption (the process stopping) leaves the row running for the recovery worker to resume.
export async function runPersonExport(ctx: AppContext, input: RunPersonExportInput): Promise<void> {
  const heartbeat = startHeartbeat(input.heartbeatMs, () =>
    patchPersonExport(ctx, input.exportId, { heartbeatAt: new Date() }),
  );
  try {
    checkInterrupted(input.signal);
    await patchPersonExport(ctx, input.exportId, {
      status: 'running',
      sectionsTotal: SECTIONS.length,
      sectionsDone: 0,
      heartbeatAt: new Date(),
    });
    const sections: Record<string, unknown> = {};
    let done = 0;
    for (const [name, gather] of SECTIONS) {
      checkInterrupted(input.signal);
      sections[name] = await gather(ctx, input.personId, input.files);
      done += 1;
      checkInterrupted(input.signal);
      await patchPersonExport(ctx, input.exportId, { sectionsDone: done, heartbeatAt: new Date() });
    }
    checkInterrupted(input.signal);
    const document = { exported_at: new Date().toISOString(), person_id: input.personId, ...sections };
    const entries: Record<string, Uint8Array> = { 'person.json': strToU8(JSON.stringify(document, null, 2)) };
    for (const key of fileKeysIn(sections)) {
      const bytes = await input.files.store.get(key);
      if (bytes) entries[`files/${key}`] = bytes;
    }
    const archive = Buffer.from(zipSync(entries));
    checkInterrupted(input.signal);
    await input.files.store.put(input.fileKey, archive);
    await patchPersonExport(ctx, input.exportId, {
      status: 'completed',
      fileKey: input.fileKey,
      size: archive.length,
      sha256: createHash('sha256').update(archive).digest('hex'),
      finishedAt: new Date(),
    });
  } catch (error) {
    if (error instanceof JobInterrupted || input.signal?.aborted) return;
    await patchPersonExport(ctx, input.exportId, {
      status: 'failed',
      error: error instanceof Error ? error.message.slice(0, 500) : 'export failed',
      finishedAt: new Date(),
    }).catch(() => {
      // The database is gone (shutdown): the row stays running; the recovery worker takes it.
    });
  } finally {
    heartbeat.stop();
  }
}
