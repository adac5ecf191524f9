import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq, sql } from 'drizzle-orm';
import type { Reservation } from '../contracts/stock';
import { reservations } from './schema';

type ReservationRow = typeof reservations.$inferSelect;
export type LoadedReservation = ReservationRow & { lines: { variantId: string; quantity: number }[] };

/** Loads a reservation with its lines; `lock` takes its row lock so it is closed exactly once. */
export async function loadReservation(
  t: TxContext,
  where: { id: string } | { reference: string },
  lock = false,
): Promise<LoadedReservation | null> {
  const ws = workspaceOf(t);
  const key = 'id' in where ? eq(reservations.id, where.id) : eq(reservations.reference, where.reference);
  // The lines come with the row, as one json array: one round trip, not two.
  const query = t.tx
    .select({
      row: reservations,
      lines: sql<LoadedReservation['lines']>`(select coalesce(json_agg(json_build_object(
          'variantId', l.variant_id, 'quantity', l.quantity) order by l.variant_id), '[]'::json)
        from inventory.reservation_lines l where l.workspace_id = inventory.reservations.workspace_id
          and l.reservation_id = inventory.reservations.id)`,
    })
    .from(reservations)
    .where(and(eq(reservations.workspaceId, ws), key));
  const [found] = lock ? await query.for('update') : await query;
  return found ? { ...found.row, lines: found.lines } : null;
}

export async function mustLoadReservation(t: TxContext, id: string, lock = false) {
  const found = await loadReservation(t, { id }, lock);
  if (!found) throw new NotFoundError(`Reservation ${id} was not found.`, { code: 'reservation_not_found' });
  return found;
}

export function toReservation(r: LoadedReservation): Reservation {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status as Reservation['status'],
    expires_at: r.expiresAt.toISOString(),
    lines: r.lines.map((l) => ({ variant_id: l.variantId, quantity: l.quantity })),
    version: r.version,
    created_at: r.createdAt.toISOString(),
    closed_at: r.closedAt?.toISOString() ?? null,
  };
}

/** Marks a reservation closed (caller holds its row lock and has moved its stock). */
export async function markReservationClosed(
  t: TxContext,
  r: LoadedReservation,
  status: 'released' | 'expired' | 'committed',
  now: Date,
): Promise<LoadedReservation> {
  const [row] = await t.tx
    .update(reservations)
    .set({ status, closedAt: now, version: r.version + 1 })
    .where(and(eq(reservations.workspaceId, r.workspaceId), eq(reservations.id, r.id)))
    .returning();
  return { ...(row as ReservationRow), lines: r.lines };
}

export const eventLines = (r: LoadedReservation) =>
  r.lines.map((l) => ({ variant_id: l.variantId, quantity: l.quantity }));
