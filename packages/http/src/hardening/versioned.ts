import type { Tx } from '@nexova/db';
import { versionRaceLost } from '@nexova/kernel';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/** A table with an `id` and an integer `version` incremented by every write. */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

export type VersionCondition = {
  id: string;
  /** The version the client named in If-Match, or the one this request read (see expectedVersion). */
  version: number;
  /** Whether the client sent If-Match: a lost race then answers 412, otherwise 409. */
  ifMatch: boolean;
  /** More conditions, e.g. the workspace (RLS is the second wall, not the first). */
  where?: SQL;
};

function lost(condition: VersionCondition): never {
  return versionRaceLost(condition.version, condition.ifMatch ? condition.version : undefined);
}

/**
 * `UPDATE … SET …, version = version + 1 WHERE id = $id AND version = $read RETURNING *`: two
 * concurrent writers that read the same version cannot both win; the loser gets 412/409 instead of
 * silently overwriting. Returns the updated row.
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: Tx,
  table: T,
  condition: VersionCondition,
  values: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect']> {
  const rows = await tx
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1` } as never)
    .where(and(eq(table.id, condition.id), eq(table.version, condition.version), condition.where))
    .returning();
  const [row] = rows as T['$inferSelect'][];
  if (!row) lost(condition);
  return row;
}

/** `DELETE … WHERE id = $id AND version = $read`, with the same 412/409 when the version moved. */
export async function deleteVersioned<T extends VersionedTable>(
  tx: Tx,
  table: T,
  condition: VersionCondition,
): Promise<void> {
  const rows = await tx
    .delete(table)
    .where(and(eq(table.id, condition.id), eq(table.version, condition.version), condition.where))
    .returning({ id: table.id });
  if (rows.length === 0) lost(condition);
}
