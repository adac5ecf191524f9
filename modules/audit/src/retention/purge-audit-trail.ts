import { type Database, queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import { retentionRuns } from '../db/schema';
import { PLATFORM_CHAIN } from '../domain/chain';
import { appendEntry } from '../use-cases/append-entry';

export type PurgeAuditInput = {
  now: Date;
  /** RETENTION_AUDIT_DAYS: what a workspace without an override keeps (and the platform chain). */
  defaultDays: number;
  batchRows: number;
  dryRun: boolean;
  runId: string;
};
export type ChainPurge = { chainId: string; days: number; removed: number; horizonSeq: number | null };
export type AuditPurge = { partitions: string[]; removed: number; chains: ChainPurge[] };

const DAY = 86_400_000;
const cutoffOf = (now: Date, days: number) => new Date(now.getTime() - days * DAY);
const system = (db: Database, ws: string | null) => ({ ...systemContext(ws, 'retention'), db });

/**
 * Applies audit retention: first DROPS the monthly partitions older than the longest retention of any
 * workspace, then removes, chain by chain and batch by batch, the entries older than that chain's own
 * retention (audit.purge_chain, SECURITY DEFINER: the app role cannot delete). Both record the chain's
 * horizon so verify still holds. Each chain that lost entries gets a run record and an audit entry
 * (`audit.retention_applied`). A dry run only counts.
 */
export async function purgeAuditTrail(db: Database, input: PurgeAuditInput): Promise<AuditPurge> {
  const days = await retentionDays(db, input.defaultDays);
  const longest = Math.max(input.defaultDays, ...days.values());
  const dropped = await queryRows<{
    partition_name: string;
    chain_id: string;
    removed: string | number;
    horizon_seq: string | number;
  }>(
    db,
    sql`select * from audit.drop_partitions_before(${cutoffOf(input.now, longest).toISOString()}::timestamptz, ${input.dryRun})`,
  );
  const removed = new Map<string, { n: number; seq: number | null }>();
  const add = (chain: string, n: number, seq: number | null) => {
    const was = removed.get(chain) ?? { n: 0, seq: null };
    removed.set(chain, { n: was.n + n, seq: seq === null ? was.seq : Math.max(seq, was.seq ?? 0) });
  };
  for (const d of dropped) add(d.chain_id, Number(d.removed), Number(d.horizon_seq));
  const chains = await queryRows<{ chain_id: string }>(db, sql`select chain_id from audit.heads order by chain_id`);
  for (const { chain_id: chain } of chains) {
    const cutoff = cutoffOf(input.now, days.get(chain) ?? input.defaultDays);
    if (input.dryRun) add(chain, await countOlder(db, chain, cutoff), null);
    else
      for (;;) {
        const [batch] = await withTransaction(system(db, null), (t) =>
          queryRows<{ removed: number; horizon_seq: string | null }>(
            t.tx,
            sql`select * from audit.purge_chain(${chain}::uuid, ${cutoff.toISOString()}::timestamptz, ${input.batchRows})`,
          ),
        );
        const n = Number(batch?.removed ?? 0);
        if (n > 0) add(chain, n, batch?.horizon_seq === null ? null : Number(batch?.horizon_seq));
        if (n < input.batchRows) break;
      }
  }
  const result: ChainPurge[] = [...removed].map(([chainId, r]) => ({
    chainId,
    days: days.get(chainId) ?? input.defaultDays,
    removed: r.n,
    horizonSeq: r.seq,
  }));
  if (!input.dryRun) for (const c of result) if (c.removed > 0) await recordChainRun(db, c, input);
  return {
    partitions: [...new Set(dropped.map((d) => d.partition_name))],
    removed: result.reduce((sum, c) => sum + c.removed, 0),
    chains: result,
  };
}

/** Each workspace's audit retention in days (its override, where it set one). */
async function retentionDays(db: Database, fallback: number): Promise<Map<string, number>> {
  const rows = await withTransaction(system(db, null), (t) =>
    queryRows<{ workspace_id: string; days: Record<string, number> }>(
      t.tx,
      sql`select workspace_id, days from audit.retention_policies`,
    ),
  );
  return new Map(rows.map((r) => [r.workspace_id, r.days.audit ?? fallback]));
}

async function countOlder(db: Database, chain: string, cutoff: Date): Promise<number> {
  const ws = chain === PLATFORM_CHAIN ? null : chain;
  const [row] = await withTransaction(system(db, ws), (t) =>
    queryRows<{ n: string | number }>(
      t.tx,
      sql`select count(*) as n from audit.entries where workspace_id is not distinct from ${ws}::uuid and occurred_at < ${cutoff.toISOString()}::timestamptz`,
    ),
  );
  return Number(row?.n ?? 0);
}

/** The chain's run record and, with it, its audit entry saying what retention removed. */
async function recordChainRun(db: Database, c: ChainPurge, input: PurgeAuditInput): Promise<void> {
  const ws = c.chainId === PLATFORM_CHAIN ? null : c.chainId;
  const ctx = {
    ...system(db, ws),
    audit: {
      write: appendEntry,
      note: {
        action: 'audit.retention_applied',
        category: 'privacy' as const,
        severity: 'notice' as const,
        state: 'open' as const,
        target: { type: 'audit_trail', id: ws },
        changes: {
          removed: { after: c.removed },
          horizon_seq: { after: c.horizonSeq },
          retention_days: { after: c.days },
        },
      },
    },
  };
  await withTransaction(ctx, async (t) => {
    await t.tx
      .insert(retentionRuns)
      .values({ id: newId(), workspaceId: ws, ranAt: input.now, dryRun: false, removed: { audit: c.removed } });
  });
}
