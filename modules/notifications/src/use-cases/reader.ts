import type { TxContext } from '@nexova/db';
import type { Locale } from '@nexova/http';
import { getWorkspaceSettings } from '@nexova/tenancy';
import type { NotificationKind } from '../contracts/kinds';
import type { NotificationView } from '../contracts/notification';
import type { ItemRow } from '../db/item-store';
import { findPreferences } from '../db/switch-store';
import { localeOf, render } from '../domain/messages';

/** How one member reads: their language (else the workspace's) and the workspace's time zone. */
export type Reader = { userId: string; locale: Locale; timeZone: string };

export async function readerOf(t: TxContext, userId: string): Promise<Reader> {
  const business = await getWorkspaceSettings({ ctx: t });
  const prefs = (await findPreferences(t, [userId])).get(userId);
  return { userId, locale: localeOf(prefs?.locale ?? business.locale), timeZone: business.timezone };
}

/** One row as the API shows it, written in the reader's language. */
export function toView(row: ItemRow, reader: Reader): NotificationView {
  const text = render(row.kind as NotificationKind, row.params, reader.locale, reader.timeZone);
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    title: text.title,
    body: text.body,
    params: row.params,
    source_event_id: row.sourceEventId,
    source_event_type: row.sourceEventType,
    read_at: row.readAt ? row.readAt.toISOString() : null,
    created_at: row.createdAt.toISOString(),
  };
}
