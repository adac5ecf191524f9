import { type AppContext, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { sweepExpiredReservations } from './sweep-expired-reservations';

export type SweepAllExpiredReservationsInput = { now?: Date; batch?: number; maxWorkspaces?: number };

// The timer/worker entry point: finds every workspace with overdue reservations (a SECURITY DEFINER
// function that reveals only ids) and sweeps each under its own RLS context. Safe to run on many workers.
export async function sweepAllExpiredReservations({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: SweepAllExpiredReservationsInput;
}): Promise<{ workspaces: number; expired: number }> {
  const now = input.now ?? new Date();
  const due = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from inventory.workspaces_with_due_reservations(${now.toISOString()}::timestamptz, ${input.maxWorkspaces ?? 1000}) as id`,
  );
  let expired = 0;
  for (const { id } of due) {
    const result = await sweepExpiredReservations({
      ctx: { ...ctx, workspaceId: id, tx: undefined },
      input: { now, batch: input.batch },
    });
    expired += result.expired.length;
  }
  return { workspaces: due.length, expired };
}
