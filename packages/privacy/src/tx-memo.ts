import type { TxContext } from '@nexova/db';
import type { WorkspaceKey } from './workspace-key';

// Keys already read in this transaction: sealing a person's phone, e-mail and documents in one write
// reads their key once. Scoped to the transaction object, so a shredding or a rotation in another
// transaction is always seen by the next one.
export type TxMemo = { active?: WorkspaceKey; people: Map<string, Buffer | null> };

const memos = new WeakMap<object, TxMemo>();

export function memoOf(t: TxContext): TxMemo {
  let memo = memos.get(t.tx);
  if (!memo) {
    memo = { people: new Map() };
    memos.set(t.tx, memo);
  }
  return memo;
}
