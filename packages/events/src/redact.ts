import { type TxContext, workspaceOf } from '@nexova/db';
import { type Redactions, redactValue } from '@nexova/kernel';
import { and, eq, inArray } from 'drizzle-orm';
import { outbox } from './db/schema';

/**
 * Erasure's pass over the event log: the payloads of these aggregates' events, in this workspace, get
 * the personal keys replaced (a name by a pseudonym, a text by null) wherever they appear, keeping the
 * payload's shape so consumers that are behind and read-model rebuilds still read them. Events already
 * delivered elsewhere (NATS streams, webhook receivers) are outside the database: stream retention and
 * the receivers' own duties cover them. Returns how many events changed.
 */
export async function redactEvents(
  t: TxContext,
  input: { aggregateType: string; aggregateIds: string[]; redactions: Redactions },
): Promise<number> {
  if (input.aggregateIds.length === 0) return 0;
  const ws = workspaceOf(t);
  const rows = await t.tx
    .select({ position: outbox.position, payload: outbox.payload })
    .from(outbox)
    .where(
      and(
        eq(outbox.workspaceId, ws),
        eq(outbox.aggregateType, input.aggregateType),
        inArray(outbox.aggregateId, input.aggregateIds),
      ),
    );
  let changed = 0;
  for (const row of rows) {
    const payload = redactValue(row.payload, input.redactions);
    if (JSON.stringify(payload) === JSON.stringify(row.payload)) continue;
    await t.tx.update(outbox).set({ payload }).where(eq(outbox.position, row.position));
    changed++;
  }
  return changed;
}
