import { type AppContext, withTransaction } from '@nexova/db';
import { insertEntry, reassignEntries, survivorOf } from '../db/timeline-store';
import { timelineEntryOf } from '../domain/timeline-entry';

export type RecordTimelineEventInput = { id: string; type: string; occurred_at: string; payload: unknown };

// The timeline consumer's write: the event's entry (once per event id). A merge first moves the
// merged patient's entries to the survivor, then adds its own entry there; an event about a patient
// already merged away (delivered after the merge: JetStream orders per aggregate only) lands on the
// survivor too.
export async function recordTimelineEvent({ ctx, input }: { ctx: AppContext; input: RecordTimelineEventInput }) {
  const entry = timelineEntryOf(input);
  if (!entry) return;
  await withTransaction(ctx, async (t) => {
    const merged = entry.kind === 'patient.merged' ? entry.refs.merged_patient_id : undefined;
    if (merged && merged !== entry.patientId) await reassignEntries(t, merged, entry.patientId);
    await insertEntry(t, { ...entry, patientId: await survivorOf(t, entry.patientId) });
  });
}
