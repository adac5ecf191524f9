import { getPatient } from '@nexova/clinic';
import { type AppContext, withTransaction } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { getWorkspaceSettings } from '@nexova/tenancy';
import type { BillingEntryView } from '../contracts/patient-timeline';
import { pageBilling } from '../db/timeline-store';
import type { SummaryLocale } from '../domain/timeline-summary';
import { entryView } from './list-patient-timeline';

export type ListBillingTimelineInput = {
  /** One patient's (404 when the workspace has no such patient), or null: every patient's of the workspace. */
  patientId: string | null;
  cursor?: string;
  limit: number;
  locale: SummaryLocale;
};

// A page of invoices and payments — a patient's, or the whole workspace's for the front desk's
// receivables — newest first, each with the running balance of its currency after it (computed over
// the whole history, so any page shows true balances).
export async function listBillingTimeline({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListBillingTimelineInput;
}): Promise<Page<BillingEntryView>> {
  const key = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    if (input.patientId) await getPatient({ ctx: t, input: { patientId: input.patientId } });
    const rows = await pageBilling(t, input.patientId, key, input.limit + 1);
    const page = pageOf(rows, input.limit, (r) => [r.micros, r.eventId]);
    const { timezone } = await getWorkspaceSettings({ ctx: t });
    return {
      items: page.items.map((r) => ({
        ...entryView(r, input.locale, timezone),
        patient_id: r.patientId,
        currency: r.currency,
        amount_minor: r.delta,
        balance_minor: r.balance,
      })),
      next_cursor: page.next_cursor,
    };
  });
}
