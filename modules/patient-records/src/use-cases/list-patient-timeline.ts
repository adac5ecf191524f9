import { getPatient } from '@nexova/clinic';
import { type AppContext, withTransaction } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { getWorkspaceSettings } from '@nexova/tenancy';
import type { TimelineEntryView } from '../contracts/patient-timeline';
import { pageEntries, type StoredEntry, type TimelineFilter } from '../db/timeline-store';
import type { TimelineKind } from '../domain/timeline-kinds';
import { type SummaryLocale, summaryOf } from '../domain/timeline-summary';

export type ListPatientTimelineInput = TimelineFilter & { cursor?: string; limit: number; locale: SummaryLocale };

/** An entry as the API shows it: its summary written in the caller's locale. */
export const entryView = (e: StoredEntry, locale: SummaryLocale, timeZone: string): TimelineEntryView => ({
  id: e.eventId,
  kind: e.kind as TimelineKind,
  occurred_at: e.occurredAt.toISOString(),
  summary: summaryOf(e.kind as TimelineKind, e.facts, locale, timeZone),
  refs: e.refs,
});

// A page of a patient's timeline, newest first (keyset: a new event never shifts a page); a patient
// this workspace does not have is 404.
export async function listPatientTimeline({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListPatientTimelineInput;
}): Promise<Page<TimelineEntryView>> {
  const { cursor, limit, locale, ...filter } = input;
  const key = decodeCursor(cursor);
  return withTransaction(ctx, async (t) => {
    await getPatient({ ctx: t, input: { patientId: filter.patientId } });
    const rows = await pageEntries(t, filter, key, limit + 1);
    const page = pageOf(rows, limit, (r) => [r.micros, r.eventId]);
    const { timezone } = await getWorkspaceSettings({ ctx: t });
    return { items: page.items.map((e) => entryView(e, locale, timezone)), next_cursor: page.next_cursor };
  });
}
