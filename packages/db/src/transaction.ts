import { sql } from 'drizzle-orm';
import { afterCommit, openJobs, runJobs } from './after-commit';
import { flushAudit } from './audit-slot';
import { DEFER, literal } from './statement-batch';

const afterCommitAll = (ctx: AppContext, jobs: (() => unknown)[]) => {
  for (const job of jobs) afterCommit(ctx, job);
};

import type { AppContext, Tx, TxContext } from './types';

// Which workspace each open transaction's `app.workspace_id` currently names. Kept beside the
// transaction object (not in the context) so a context copied with another workspaceId is noticed.
const scopeOf = new WeakMap<Tx, string>();

// Deferred (statement-batch.ts): on PostgreSQL it rides with the transaction's next statement —
// with BEGIN and the idempotency claim, one round trip. Its text is a literal, so it can.
const setScope = (tx: Tx, workspaceId: string) =>
  tx.execute(sql.raw(`${DEFER}select set_config('app.workspace_id', ${literal(workspaceId)}, true)`));

/**
 * Points an open transaction (or savepoint) at a workspace for row-level security and records it,
 * for code that opens transactions itself (the event consumers) before handing them to use-cases:
 * a use-case joining it then knows the setting to restore. Setting it behind this module's back
 * would let a joined call "restore" the wrong workspace.
 */
export async function enterWorkspace(tx: Tx, workspaceId: string | null): Promise<void> {
  await setScope(tx, workspaceId ?? '');
  scopeOf.set(tx, workspaceId ?? '');
}

/**
 * Runs `fn` in a database transaction (house rule 5). Joins the caller's transaction when `ctx`
 * already has one, so a use-case called from another commits or rolls back with it. The
 * transaction's `app.workspace_id` (what row-level security policies compare with) always matches
 * the context running in it: a joined call for another workspace (creating a workspace inside a
 * request's transaction, a consumer touching two) switches it for its duration, then restores it.
 */
export async function withTransaction<T>(ctx: AppContext, fn: (tx: TxContext) => Promise<T>): Promise<T> {
  const wanted = ctx.workspaceId ?? '';
  if (ctx.tx) {
    const tx = ctx.tx;
    const current = scopeOf.get(tx) ?? '';
    if (current === wanted) return fn(ctx as TxContext);
    await setScope(tx, wanted);
    scopeOf.set(tx, wanted);
    let result: T;
    try {
      result = await fn(ctx as TxContext);
    } catch (error) {
      // The caller's error wins: a failed statement has aborted the transaction, which will be
      // rolled back, so restoring the setting could only fail and hide the real cause.
      scopeOf.set(tx, current);
      throw error;
    }
    await setScope(tx, current);
    scopeOf.set(tx, current);
    return result;
  }
  let jobs: ReturnType<typeof openJobs> = [];
  const result = await ctx.db.transaction(async (tx) => {
    jobs = openJobs(tx);
    await setScope(tx, wanted);
    scopeOf.set(tx, wanted);
    const t = { ...ctx, tx };
    const value = await fn(t);
    await flushAudit(t); // the audit entry commits with the change (house rule 5)
    return value;
  });
  runJobs(jobs); // committed: start what afterCommit() deferred
  return result;
}

/** The handle to query with: the open transaction when there is one, otherwise the database. */
export function queryable(ctx: AppContext) {
  return ctx.tx ?? ctx.db;
}

/**
 * Runs `fn` in a savepoint of the open transaction: when it throws, only its own writes are rolled
 * back and the transaction stays usable (a saga step that fails — stock short — records the failure
 * in the same commit). Without an open transaction it is a plain withTransaction.
 */
export async function withSavepoint<T>(ctx: AppContext, fn: (tx: TxContext) => Promise<T>): Promise<T> {
  const outer = ctx.tx;
  if (!outer) return withTransaction(ctx, fn);
  let jobs: ReturnType<typeof openJobs> = [];
  const result = await outer.transaction(async (savepoint) => {
    const inner = savepoint as unknown as Tx;
    jobs = openJobs(inner);
    scopeOf.set(inner, scopeOf.get(outer) ?? '');
    return withTransaction({ ...ctx, tx: inner }, fn);
  });
  // Released: its deferred jobs now wait for the outer transaction (they die with a rollback).
  afterCommitAll(ctx, jobs);
  return result;
}
