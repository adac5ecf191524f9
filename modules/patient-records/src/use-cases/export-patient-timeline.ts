import { getPatient } from '@nexova/clinic';
import { type AppContext, withTransaction } from '@nexova/db';
import { getWorkspaceSettings } from '@nexova/tenancy';
import type { TimelineEntryView } from '../contracts/patient-timeline';
import { hasMoreThan, pageEntries, type TimelineFilter } from '../db/timeline-store';
import type { SummaryLocale } from '../domain/timeline-summary';
import { entryView } from './list-patient-timeline';

export type ExportPatientTimelineInput = TimelineFilter & { maxRows: number; locale: SummaryLocale; pageSize?: number };

// A patient's timeline for export: newest first, at most `maxRows` entries (`truncated` says more
// matched), read page by page (one short transaction each) while the caller streams them out. A
// patient this workspace does not have is 404 before anything is sent.
export async function exportPatientTimeline({ ctx, input }: { ctx: AppContext; input: ExportPatientTimelineInput }) {
  const { maxRows, locale, pageSize = 500, ...filter } = input;
  const { truncated, timezone } = await withTransaction(ctx, async (t) => {
    await getPatient({ ctx: t, input: { patientId: filter.patientId } });
    return {
      truncated: await hasMoreThan(t, filter, maxRows),
      timezone: (await getWorkspaceSettings({ ctx: t })).timezone,
    };
  });
  async function* entries(): AsyncGenerator<TimelineEntryView> {
    let key: (string | number)[] | null = null;
    let left = maxRows;
    while (left > 0) {
      const rows = await withTransaction(ctx, (t) => pageEntries(t, filter, key, Math.min(pageSize, left)));
      for (const row of rows) yield entryView(row, locale, timezone);
      left -= rows.length;
      const last = rows.at(-1);
      if (!last || rows.length < Math.min(pageSize, left + rows.length)) return;
      key = [last.micros, last.eventId];
    }
  }
  return { truncated, entries: entries() };
}
