import { type AppContext, withTransaction } from '@nexova/db';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { entries, heads, horizons } from '../db/schema';
import { chainHash, contentText, PLATFORM_CHAIN } from '../domain/chain';

export type ChainBreak = {
  /** The sequence number where the chain stops holding (the first edited, missing or inserted entry). */
  seq: number;
  entryId: string | null;
  reason: 'hash_mismatch' | 'link_mismatch' | 'sequence_gap' | 'head_mismatch';
};
export type ChainReport = {
  workspaceId: string | null;
  entries: number;
  head: { seq: number; hash: string } | null;
  valid: boolean;
  firstBreak: ChainBreak | null;
};

const PAGE = 1000;

// Recomputes the workspace's chain (ctx.workspaceId; null = the platform chain) from its stored
// rows, in pages of seq order from its retention horizon (if retention removed its oldest entries): each row's hash over its columns, its link to the previous hash,
// contiguous sequence numbers, and the last row against the head (a deleted newest row). Reports
// the first break. Reads only; safe to run while entries are being appended.
export async function verifyChain({ ctx }: { ctx: AppContext }): Promise<ChainReport> {
  return withTransaction(ctx, async (t) => {
    const ws = ctx.workspaceId ?? null;
    const [head] = await t.tx
      .select()
      .from(heads)
      .where(eq(heads.chainId, ws ?? PLATFORM_CHAIN));
    const [horizon] = await t.tx
      .select()
      .from(horizons)
      .where(eq(horizons.chainId, ws ?? PLATFORM_CHAIN));
    const own = ws === null ? isNull(entries.workspaceId) : eq(entries.workspaceId, ws);
    // After retention the chain starts after its horizon: the last removed entry's seq and hash.
    let prev = horizon?.hash ?? '';
    let expected = (horizon?.seq ?? 0) + 1;
    let count = 0;
    let last: { seq: number; hash: string } | null = null;
    const broken = (b: ChainBreak): ChainReport => ({
      workspaceId: ws,
      entries: count,
      head: last,
      valid: false,
      firstBreak: b,
    });
    for (;;) {
      const rows = await t.tx
        .select()
        .from(entries)
        .where(and(own, gt(entries.seq, expected - 1)))
        .orderBy(asc(entries.seq), asc(entries.occurredAt))
        .limit(PAGE);
      for (const row of rows) {
        count += 1;
        if (row.seq !== expected) return broken({ seq: expected, entryId: row.id, reason: 'sequence_gap' });
        if (row.prevHash !== prev) return broken({ seq: row.seq, entryId: row.id, reason: 'link_mismatch' });
        if (chainHash(prev, row.seq, contentText(row)) !== row.hash)
          return broken({ seq: row.seq, entryId: row.id, reason: 'hash_mismatch' });
        prev = row.hash;
        last = { seq: row.seq, hash: row.hash };
        expected += 1;
      }
      if (rows.length < PAGE) break;
    }
    const start = horizon ? { seq: horizon.seq, hash: horizon.hash } : null;
    const end = last ?? start;
    const headSeq = head?.seq ?? 0;
    if (headSeq !== (end?.seq ?? 0) || (head && head.hash !== end?.hash))
      return broken({ seq: (end?.seq ?? 0) + 1, entryId: null, reason: 'head_mismatch' });
    return { workspaceId: ws, entries: count, head: end, valid: true, firstBreak: null };
  });
}
