import { queryRows } from '@nexova/db';
import { type EventWorker, periodicWorker } from '@nexova/events';
import type { ModuleDeps } from '@nexova/module';
import { sql } from 'drizzle-orm';
import { Gauge } from 'prom-client';

const GAUGE = 'nexova_audit_chain_head_seq';

type Head = { chain_id: string; seq: string | number; hash: string; updated_at: Date | string };

/**
 * Anchors: every AUDIT_ANCHOR_INTERVAL_MS, one `audit.anchor` log line per workspace chain with its
 * head (seq, hash) and the nexova_audit_chain_head_seq gauge, so an operator can keep the heads
 * outside the database (a log archive, a metrics store): a chain rewritten from its start would no
 * longer reach a recorded head. The same tick creates the coming months' partitions.
 */
export function auditAnchorWorkers(deps: ModuleDeps): EventWorker[] {
  const { db } = deps.database;
  const gauge =
    (deps.metrics.getSingleMetric(GAUGE) as Gauge | undefined) ??
    new Gauge({
      name: GAUGE,
      help: 'Sequence number of the head of each workspace audit chain at the last anchor (label chain: workspace id).',
      labelNames: ['chain'],
      registers: [deps.metrics],
    });
  return [
    periodicWorker(
      'audit:anchors',
      deps.config.AUDIT_ANCHOR_INTERVAL_MS,
      async () => {
        await anchorHeads(db, (head) => {
          gauge.set({ chain: head.chain_id }, Number(head.seq));
          deps.logger.info(
            { audit_chain: head.chain_id, seq: Number(head.seq), hash: head.hash, at: head.updated_at },
            'audit.anchor',
          );
        });
        return false;
      },
      deps.logger,
    ),
  ];
}

/** Creates the coming partitions, then hands every chain head (read outside any workspace) to `each`. */
export async function anchorHeads(db: ModuleDeps['database']['db'], each: (head: Head) => void): Promise<number> {
  await db.execute(sql`select audit.ensure_partitions(now(), 3)`);
  const rows = await queryRows<Head>(
    db,
    sql`select chain_id, seq, hash, updated_at from audit.heads order by chain_id`,
  );
  for (const row of rows) each(row);
  return rows.length;
}
