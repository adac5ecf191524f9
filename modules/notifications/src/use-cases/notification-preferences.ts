import { type AppContext, type TxContext, withTransaction } from '@nexova/db';
import type { Locale } from '@nexova/http';
import { assertExpectedVersion } from '@nexova/kernel';
import { NOTIFICATION_KINDS } from '../contracts/kinds';
import type { NotificationPreferencesView } from '../contracts/notification';
import { findPreferences, findSettings, type PreferencesRow, upsertPreferences } from '../db/switch-store';
import { callerUserId } from '../domain/caller';
import { memberGets, mergeSwitches, type Switches, workspaceSwitches } from '../domain/switches';

async function view(t: TxContext, row: PreferencesRow | null): Promise<NotificationPreferencesView> {
  const ws = workspaceSwitches((await findSettings(t))?.channels ?? null);
  const own = row?.channels ?? null;
  const kinds = {} as NotificationPreferencesView['kinds'];
  const muted = {} as NotificationPreferencesView['muted'];
  for (const kind of NOTIFICATION_KINDS) {
    kinds[kind] = { in_app: memberGets(ws, own, kind, 'in_app'), email: memberGets(ws, own, kind, 'email') };
    muted[kind] = { ...own?.[kind] };
  }
  return {
    kinds,
    muted,
    locale: (row?.locale ?? null) as Locale | null,
    version: row?.version ?? 0,
    updated_at: row ? row.updatedAt.toISOString() : null,
  };
}

// The caller's own notification preferences, with what they get once the workspace's switches apply.
export async function getNotificationPreferences({ ctx }: { ctx: AppContext; input?: undefined }) {
  const userId = callerUserId(ctx.actor);
  return withTransaction(ctx, async (t) => view(t, (await findPreferences(t, [userId])).get(userId) ?? null));
}

export type PutNotificationPreferencesInput = { kinds?: Switches; locale?: Locale | null; expectedVersion?: number };

// Sets the caller's own switches (only those named change) and language (null: the workspace's).
export async function putNotificationPreferences({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: PutNotificationPreferencesInput;
}): Promise<NotificationPreferencesView> {
  const userId = callerUserId(ctx.actor);
  return withTransaction(ctx, async (t) => {
    const current = (await findPreferences(t, [userId])).get(userId) ?? null;
    assertExpectedVersion(current?.version ?? 0, input.expectedVersion, 'Your notification preferences');
    const row = await upsertPreferences(t, userId, {
      channels: mergeSwitches(current?.channels ?? null, input.kinds ?? {}),
      locale: input.locale === undefined ? (current?.locale ?? null) : input.locale,
    });
    return view(t, row);
  });
}
