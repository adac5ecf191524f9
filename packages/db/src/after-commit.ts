import type { Tx } from './types';

// Work that must not run inside a database transaction (house rule: no outside call — SMTP, an
// HTTP API — while a transaction holds locks, and on PGlite the one connection) but must run only
// if the transaction commits: withTransaction keeps a list per transaction and runs it after the
// outermost COMMIT. A savepoint's list joins its parent's when the savepoint is released, and is
// dropped when it rolls back.

type Job = () => Promise<unknown> | unknown;
const jobsOf = new WeakMap<Tx, Job[]>();

/** Starts a job list for a transaction or savepoint. */
export function openJobs(tx: Tx): Job[] {
  const jobs: Job[] = [];
  jobsOf.set(tx, jobs);
  return jobs;
}

/**
 * Runs `job` once the transaction of `ctx` commits (at once when there is none). It runs in the
 * background, after the committing call returns; its failure is passed to `onError` (the work is
 * already committed, so nothing is rolled back). Jobs of a rolled-back transaction never run.
 */
export function afterCommit(ctx: { tx?: Tx }, job: Job, onError: (error: unknown) => void = () => undefined): void {
  const guarded = () => Promise.resolve().then(job).catch(onError);
  const jobs = ctx.tx ? jobsOf.get(ctx.tx) : undefined;
  if (jobs) jobs.push(guarded);
  else if (!ctx.tx) void guarded();
  else
    throw new Error('afterCommit: this transaction was not opened by withTransaction; open it with withTransaction.');
}

/** Starts the jobs of a committed outermost transaction, without waiting for them. */
export function runJobs(jobs: Job[]): void {
  for (const job of jobs) void job();
}
