import { sql } from 'drizzle-orm';
import { queryRows } from './rows';
import type { Database } from './types';

const FUNCTION_NAME = /^[a-z_]+\.[a-z_]+$/;

export type StaleJob = { id: string; workspaceId: string; resumed: boolean };

/**
 * Claims the background jobs a stopped process left queued or running (heartbeat older than
 * `staleBefore`) through the owning module's SECURITY DEFINER function `fn(stale_before,
 * max_attempts, max_rows)` (e.g. `data_rights.claim_stale_exports`): each comes back either to
 * resume (`resumed`, its attempt counted) or already marked failed with its reason.
 */
export async function claimStaleJobs(
  db: Database,
  fn: string,
  options: { staleBefore: Date; maxAttempts: number; maxRows: number },
): Promise<StaleJob[]> {
  if (!FUNCTION_NAME.test(fn)) throw new Error(`Not a claim function name: ${fn}`);
  const rows = await queryRows<{ id: string; workspace_id: string; resumed: boolean }>(
    db,
    sql`select * from ${sql.raw(fn)}(${options.staleBefore.toISOString()}::timestamptz, ${options.maxAttempts}, ${options.maxRows})`,
  );
  return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id, resumed: r.resumed }));
}

/**
 * Calls `beat` every `intervalMs` while a job runs (its heartbeat: a process that stops stops beating);
 * a failed beat is ignored (the next one tries again). `stop()` when the job ends.
 */
export function startHeartbeat(intervalMs: number, beat: () => Promise<void>): { stop(): void } {
  const timer = setInterval(() => {
    beat().catch(() => {
      // The database is briefly unavailable: the next beat tries again.
    });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** Thrown inside a job when its process is stopping: the job leaves its row as it is (a recovery worker resumes it). */
export class JobInterrupted extends Error {
  constructor() {
    super('The process running this job is stopping.');
  }
}

/** Throws JobInterrupted once `signal` is aborted: a job calls it between its steps. */
export function checkInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new JobInterrupted();
}
