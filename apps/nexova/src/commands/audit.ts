import { type ChainReport, PLATFORM_CHAIN, verifyChain } from '@nexova/audit';
import { queryRows } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import type { CommandArgs } from '../cli';
import type { CommandContext } from './context';

export const AUDIT_USAGE = 'audit verify [--workspace <id>]';

/** A wrong invocation (the CLI answers it with the usage and exit code 1). */
export class AuditUsageError extends Error {}
/** A chain that does not verify: exit code 1 after the report. */
export class AuditChainBroken extends Error {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const line = (r: ChainReport) => {
  const chain = r.workspaceId ?? 'platform';
  if (r.valid) return `ok      ${chain}  ${r.entries} entries, head ${r.head?.seq ?? 0} ${r.head?.hash ?? '-'}`;
  const b = r.firstBreak;
  return `BROKEN  ${chain}  at seq ${b?.seq} (${b?.reason}${b?.entryId ? `, entry ${b.entryId}` : ''}) after ${r.head?.seq ?? 0} good entries`;
};

/**
 * `nexova audit verify [--workspace <id>]`: recomputes the hash chain of one workspace, or of every
 * chain that has a head (each workspace's and the platform's), and prints one line per chain with
 * the first broken entry — an edited, deleted or inserted row. Exit code 1 when any is broken.
 */
export async function auditCommand({ io, openDatabase }: CommandContext, { positionals, values }: CommandArgs) {
  if (positionals[0] !== 'verify') throw new AuditUsageError(`Usage: nexova ${AUDIT_USAGE}`);
  const only = values.workspace;
  if (only !== undefined && (typeof only !== 'string' || !UUID.test(only)))
    throw new AuditUsageError('--workspace must be a workspace id (a UUID).');
  const database = await openDatabase();
  try {
    const { db } = database;
    const chains =
      typeof only === 'string'
        ? [only]
        : (await queryRows<{ chain_id: string }>(db, sql`select chain_id from audit.heads order by chain_id`)).map(
            (row) => row.chain_id,
          );
    let broken = 0;
    for (const chain of chains) {
      const workspaceId = chain === PLATFORM_CHAIN ? null : chain;
      const report = await verifyChain({ ctx: { ...systemContext(workspaceId, 'audit-verify'), db } });
      if (!report.valid) broken += 1;
      io.out(`${line(report)}\n`);
    }
    if (chains.length === 0) io.out('No audit chains yet.\n');
    if (broken > 0) throw new AuditChainBroken(`${broken} audit chain(s) broken.`);
  } finally {
    await database.close();
  }
}
