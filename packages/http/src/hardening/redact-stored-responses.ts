import { type TxContext, workspaceOf } from '@nexova/db';
import { and, eq, or, sql } from 'drizzle-orm';
import { idempotencyKeys } from '../db/schema';

/** What an erased value is replaced with in stored responses. */
export const ERASED_MARK = '[erased]';

/**
 * Erasure's pass over the stored Idempotency-Key responses (kept for replays until they expire): in
 * the workspace's records, every occurrence of these clear values (a name, a phone, an e-mail …) is
 * replaced by "[erased]". The records stay — a replay must still answer, not run a POST /orders a
 * second time. Returns how many records changed.
 */
export async function redactStoredResponses(t: TxContext, values: string[]): Promise<number> {
  const needles = [...new Set(values.filter((v) => v.length >= 3))];
  if (needles.length === 0) return 0;
  const rows = await t.tx
    .select({ scope: idempotencyKeys.scope, key: idempotencyKeys.key, body: idempotencyKeys.body })
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.workspaceId, workspaceOf(t)),
        or(...needles.map((v) => sql`${idempotencyKeys.body} like ${`%${v}%`}`)),
      ),
    );
  for (const row of rows) {
    const body = needles.reduce((text, v) => text.replaceAll(v, ERASED_MARK), row.body);
    await t.tx
      .update(idempotencyKeys)
      .set({ body })
      .where(and(eq(idempotencyKeys.scope, row.scope), eq(idempotencyKeys.key, row.key)));
  }
  return rows.length;
}
