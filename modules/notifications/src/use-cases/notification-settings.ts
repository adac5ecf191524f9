import { type AppContext, withTransaction } from '@nexova/db';
import { assertExpectedVersion } from '@nexova/kernel';
import type { NotificationSettingsView } from '../contracts/notification';
import { findSettings, type SettingsRow, upsertSettings } from '../db/switch-store';
import {
  type CustomerSwitches,
  customerSwitches,
  mergeSwitches,
  type Switches,
  workspaceSwitches,
} from '../domain/switches';

const toView = (row: SettingsRow | null): NotificationSettingsView => ({
  kinds: workspaceSwitches(row?.channels ?? null),
  customer_kinds: customerSwitches(row?.customerChannels ?? null),
  version: row?.version ?? 0,
  updated_at: row ? row.updatedAt.toISOString() : null,
});

// The workspace's switches: per kind, which channels go out (its own over the defaults).
export async function getNotificationSettings({ ctx }: { ctx: AppContext; input?: undefined }) {
  return withTransaction(ctx, async (t) => toView(await findSettings(t)));
}

export type PutNotificationSettingsInput = {
  kinds?: Switches;
  customerKinds?: CustomerSwitches;
  expectedVersion?: number;
};

// Turns kinds on or off per channel for the whole workspace (only the kinds and channels named
// change). Events from now on follow it; mails already queued still go out.
export async function putNotificationSettings({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: PutNotificationSettingsInput;
}): Promise<NotificationSettingsView> {
  return withTransaction(ctx, async (t) => {
    const current = await findSettings(t);
    assertExpectedVersion(current?.version ?? 0, input.expectedVersion, 'The notification settings');
    return toView(
      await upsertSettings(t, {
        channels: mergeSwitches(current?.channels ?? null, input.kinds ?? {}),
        customerChannels: mergeSwitches(current?.customerChannels ?? null, input.customerKinds ?? {}),
      }),
    );
  });
}
