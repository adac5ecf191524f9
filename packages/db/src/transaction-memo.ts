import type { Tx, TxContext } from './types';

const memos = new WeakMap<Tx, Map<string, Promise<unknown>>>();

/**
 * Answers `load()` once per transaction, workspace and key: later calls in the same transaction get
 * the first call's answer. For reads that nothing in the transaction writes — what a consumer batch
 * reads for each of its events (a workspace's notification switches, the members holding a
 * permission): a batch of N events of one workspace then reads them once, not N times. The memo
 * lives as long as the transaction object (a batch that runs again, event by event, starts afresh).
 */
export function onceInTransaction<T>(t: TxContext, key: string, load: () => Promise<T>): Promise<T> {
  let memo = memos.get(t.tx);
  if (!memo) {
    memo = new Map();
    memos.set(t.tx, memo);
  }
  const full = `${t.workspaceId ?? ''}\n${key}`;
  const found = memo.get(full) as Promise<T> | undefined;
  if (found) return found;
  const loading = load();
  memo.set(full, loading);
  return loading;
}
