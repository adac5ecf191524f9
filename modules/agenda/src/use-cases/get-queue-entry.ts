import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { QueueEntry } from '../contracts/queue';
import { queueEntries } from '../db/queue-schema';
import { viewEntry } from '../db/queue-store';

/** One queue entry with its position and estimated wait, or 404 `queue_entry_not_found`. */
export async function getQueueEntry({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: { entryId: string };
}): Promise<QueueEntry> {
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select()
      .from(queueEntries)
      .where(and(eq(queueEntries.workspaceId, workspaceOf(t)), eq(queueEntries.id, input.entryId)));
    if (!row) throw new NotFoundError('The queue entry was not found.', { code: 'queue_entry_not_found' });
    return viewEntry(t, row);
  });
}
