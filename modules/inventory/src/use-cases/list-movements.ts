import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { type Movement, toMovement } from '../contracts/movement';
import { movements } from '../db/schema';

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
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const filters: (SQL | undefined)[] = [
      eq(movements.workspaceId, workspaceOf(t)),
      keysetAfterId(movements.id, after, 'desc'),
    ];
    if (input.variantId) filters.push(eq(movements.variantId, input.variantId));
    if (input.reservationId) filters.push(eq(movements.reservationId, input.reservationId));
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
