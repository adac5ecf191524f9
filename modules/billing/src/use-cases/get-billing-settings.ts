import { type AppContext, withTransaction } from '@nexova/db';
import type { BillingSettings } from '../contracts/invoice';
import { findSettings, type SettingsRow } from '../db/settings-store';

export const toSettings = (row: SettingsRow | null): BillingSettings => ({
  tax_rate_bp: row?.taxRateBp ?? 0,
  tax_name: row?.taxName ?? null,
  version: row?.version ?? 0,
  updated_at: row ? row.updatedAt.toISOString() : null,
});

// The workspace's billing settings (tax rate 0 until set).
export async function getBillingSettings({ ctx }: { ctx: AppContext }): Promise<BillingSettings> {
  return withTransaction(ctx, async (t) => toSettings(await findSettings(t)));
}
