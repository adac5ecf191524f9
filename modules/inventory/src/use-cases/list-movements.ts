import { type AppContext, withTransaction } from '@nexova/db';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { type Movement, toMovement } from '../contracts/movement';
import { movements } from '../db/schema';
import { workspaceOf } from '../db/stock-store';
import { decodeCursor, encodeCursor } from '../domain/cursor';

export type ListMovementsInput = { variantId?: string; reservationId?: string; limit?: number; cursor?: string };

// The stock ledger newest-first: every adjustment, reservation, release, expiry and commit with its actor.
export async function listMovements({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListMovementsInput;
}): Promise<{ items: Movement[]; next_cursor: string | null }> {
  const limit = input.limit ?? 50;
  const before = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const filters: (SQL | undefined)[] = [eq(movements.workspaceId, workspaceOf(t))];
    if (input.variantId) filters.push(eq(movements.variantId, input.variantId));
    if (input.reservationId) filters.push(eq(movements.reservationId, input.reservationId));
    if (before) filters.push(lt(movements.id, before));
    const rows = await t.tx
      .select()
      .from(movements)
      .where(and(...filters))
      .orderBy(desc(movements.id))
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { items: page.map(toMovement), next_cursor: rows.length > limit && last ? encodeCursor(last.id) : null };
  });
}
