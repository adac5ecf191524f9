import { type TxContext, workspaceOf } from '@nexova/db';
import { eq, sql } from 'drizzle-orm';
import { invoiceCounters, settings } from './schema';

export type SettingsRow = typeof settings.$inferSelect;

/** The workspace's billing settings, or null before any were written (tax rate 0). */
export async function findSettings(t: TxContext): Promise<SettingsRow | null> {
  const [row] = await t.tx
    .select()
    .from(settings)
    .where(eq(settings.workspaceId, workspaceOf(t)));
  return row ?? null;
}

export async function upsertSettings(t: TxContext, taxRateBp: number, taxName: string | null): Promise<SettingsRow> {
  const ws = workspaceOf(t);
  const [row] = await t.tx
    .insert(settings)
    .values({ workspaceId: ws, taxRateBp, taxName })
    .onConflictDoUpdate({
      target: settings.workspaceId,
      set: { taxRateBp, taxName, version: sql`${settings.version} + 1`, updatedAt: new Date() },
    })
    .returning();
  return row as SettingsRow;
}

/**
 * The workspace's next invoice number: one upsert on its counter row, whose lock serialises
 * concurrent issues until their commit (a rollback gives the number back: no gaps, no duplicates).
 */
export async function nextInvoiceNumber(t: TxContext): Promise<number> {
  const ws = workspaceOf(t);
  const [row] = await t.tx
    .insert(invoiceCounters)
    .values({ workspaceId: ws, lastNumber: 1 })
    .onConflictDoUpdate({
      target: invoiceCounters.workspaceId,
      set: { lastNumber: sql`${invoiceCounters.lastNumber} + 1` },
    })
    .returning({ n: invoiceCounters.lastNumber });
  if (!row) throw new Error('nextInvoiceNumber: the counter upsert returned no row');
  return row.n;
}
