import { type TxContext, workspaceOf } from '@nexova/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CustomerSwitches, Switches } from '../domain/switches';
import { preferences, workspaceSettings } from './schema';

export type SettingsRow = typeof workspaceSettings.$inferSelect;
export type PreferencesRow = typeof preferences.$inferSelect;

/** The workspace's switches, or null before any were written (the defaults). */
export async function findSettings(t: TxContext): Promise<SettingsRow | null> {
  const [row] = await t.tx
    .select()
    .from(workspaceSettings)
    .where(eq(workspaceSettings.workspaceId, workspaceOf(t)));
  return row ?? null;
}

export async function upsertSettings(
  t: TxContext,
  values: { channels: Switches; customerChannels: CustomerSwitches },
): Promise<SettingsRow> {
  const [row] = await t.tx
    .insert(workspaceSettings)
    .values({ workspaceId: workspaceOf(t), ...values })
    .onConflictDoUpdate({
      target: workspaceSettings.workspaceId,
      set: { ...values, version: sql`${workspaceSettings.version} + 1`, updatedAt: new Date() },
    })
    .returning();
  return row as SettingsRow;
}

/** These members' preferences (members without a row are absent). */
export async function findPreferences(t: TxContext, userIds: string[]): Promise<Map<string, PreferencesRow>> {
  if (userIds.length === 0) return new Map();
  const rows = await t.tx
    .select()
    .from(preferences)
    .where(and(eq(preferences.workspaceId, workspaceOf(t)), inArray(preferences.userId, userIds)));
  return new Map(rows.map((r) => [r.userId, r]));
}

export async function upsertPreferences(
  t: TxContext,
  userId: string,
  values: { channels: Switches; locale: string | null },
): Promise<PreferencesRow> {
  const [row] = await t.tx
    .insert(preferences)
    .values({ workspaceId: workspaceOf(t), userId, ...values })
    .onConflictDoUpdate({
      target: [preferences.workspaceId, preferences.userId],
      set: { ...values, version: sql`${preferences.version} + 1`, updatedAt: new Date() },
    })
    .returning();
  return row as PreferencesRow;
}
