import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, count, eq, gte, inArray, lt } from 'drizzle-orm';
import { queueEntries } from '../db/queue-schema';
import { appointments } from '../db/schema';

export type CountAgendaDayInput = {
  /** The local day's bounds: appointments starting in [from, to) count. */
  from: Date;
  to: Date;
  /** The local day (YYYY-MM-DD) of the reception queues. */
  day: string;
};

export type AgendaDayCounts = { appointments: Record<string, number>; queue: Record<string, number> };

// One day of the agenda in figures (the workspace overview): its appointments by status (holds
// included, as `held`) and every reception queue's entries by status. Two grouped counts over the
// (workspace_id, starts_at) and (workspace_id, queue_kind, …, day) indexes.
export async function countAgendaDay({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CountAgendaDayInput;
}): Promise<AgendaDayCounts> {
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const booked = await t.tx
      .select({ status: appointments.status, n: count() })
      .from(appointments)
      .where(
        and(
          eq(appointments.workspaceId, ws),
          gte(appointments.startsAt, input.from),
          lt(appointments.startsAt, input.to),
        ),
      )
      .groupBy(appointments.status);
    const queued = await t.tx
      .select({ status: queueEntries.status, n: count() })
      .from(queueEntries)
      .where(
        and(
          eq(queueEntries.workspaceId, ws),
          inArray(queueEntries.queueKind, ['professional', 'resource', 'general']),
          eq(queueEntries.day, input.day),
        ),
      )
      .groupBy(queueEntries.status);
    return {
      appointments: Object.fromEntries(booked.map((r) => [r.status, r.n])),
      queue: Object.fromEntries(queued.map((r) => [r.status, r.n])),
    };
  });
}
