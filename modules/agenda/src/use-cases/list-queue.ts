import { type AppContext, withTransaction } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import type { QueueEntry } from '../contracts/queue';
import { queueLines } from '../db/queue-store';
import { LIVE_QUEUE_STATUSES, type QueueStatus } from '../domain/queue';
import { localDay, queueOf } from './join-queue';

export type ListQueueInput = {
  professionalId?: string | null;
  resourceId?: string | null;
  day?: string;
  /** Closed entries (done, left, no_show) too; default only the live ones. */
  includeClosed?: boolean;
  limit?: number;
  cursor?: string;
};

// One day's queue of a professional, a room or the front desk, in join order with positions and
// estimated waits, paged by cursor; positions and estimates count the whole queue on every page.
export async function listQueue({ ctx, input }: { ctx: AppContext; input: ListQueueInput }): Promise<Page<QueueEntry>> {
  return withTransaction(ctx, async (t) => {
    const key = queueOf(input, input.day ?? (await localDay(t, new Date())));
    const lines = await queueLines(t, key, new Date());
    const after = decodeCursor(input.cursor)?.[0];
    const items = lines.filter(
      (l) =>
        (input.includeClosed || LIVE_QUEUE_STATUSES.includes(l.status as QueueStatus)) &&
        (after === undefined || l.id > String(after)),
    );
    const limit = input.limit ?? 50;
    return pageOf(items.slice(0, limit + 1), limit, (l) => [l.id]);
  });
}
