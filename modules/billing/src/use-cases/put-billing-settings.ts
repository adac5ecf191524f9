import { type AppContext, withTransaction } from '@nexova/db';
import { assertExpectedVersion } from '@nexova/kernel';
import type { BillingSettings } from '../contracts/invoice';
import { findSettings, upsertSettings } from '../db/settings-store';
import { toSettings } from './get-billing-settings';

export type PutBillingSettingsInput = { taxRateBp: number; taxName?: string | null; expectedVersion?: number };

// Sets the workspace's tax rate: drafts use it from their next write, issues from now on; issued invoices keep theirs.
export async function putBillingSettings({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: PutBillingSettingsInput;
}): Promise<BillingSettings> {
  return withTransaction(ctx, async (t) => {
    const current = await findSettings(t);
    assertExpectedVersion(current?.version ?? 0, input.expectedVersion, 'The billing settings');
    return toSettings(await upsertSettings(t, input.taxRateBp, input.taxName?.trim() || null));
  });
}
