import { type AppContext, withTransaction } from '@nexova/db';
import { deleteSummary, deleteTimeline } from '../db/timeline-store';

// A rebuild's first step (`nexova read-models rebuild`): the workspace's rows of one read model go,
// inside the rebuild's transaction, so they are replaced only if the replay commits.

export async function resetPatientSummary({ ctx }: { ctx: AppContext }) {
  await withTransaction(ctx, (t) => deleteSummary(t));
}

export async function resetPatientTimeline({ ctx }: { ctx: AppContext }) {
  await withTransaction(ctx, (t) => deleteTimeline(t));
}
