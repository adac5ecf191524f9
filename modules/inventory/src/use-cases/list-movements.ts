import { type AppContext, withTransaction } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { type Movement, toMovement } from '../contracts/movement';
import { movements } from '../db/schema';
import { workspaceOf } from '../db/stock-store';

export type ListMovementsInput = { variantId?: string; reservationId?: string; limit?: number; cursor?: string };

// The stock ledger newest-first: every adjustment, reservation, release, expiry and commit with its actor.
export async function listMovements({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListMovementsInput;
}): Promise<Page<Movement>> {
  const limit = input.limit ?? 50;
  const before = decodeCursor(input.cursor)?.[0];
  return withTransaction(ctx, async (t) => {
    const filters: (SQL | undefined)[] = [eq(movements.workspaceId, workspaceOf(t))];
    if (input.variantId) filters.push(eq(movements.variantId, input.variantId));
    if (input.reservationId) filters.push(eq(movements.reservationId, input.reservationId));
    if (before !== undefined) filters.push(lt(movements.id, String(before)));
    const rows = await t.tx
      .select()
      .from(movements)
      .where(and(...filters))
      .orderBy(desc(movements.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (r) => [r.id]);
    return { ...page, items: page.items.map(toMovement) };
  });
}
