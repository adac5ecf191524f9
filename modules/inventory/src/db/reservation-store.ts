import { deferred, queryRows, type TxContext, workspaceOf } from '@nexova/db';
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

/**
 * Inserts a reservation with its lines in one statement, unless its reference is taken (then
 * nothing is written and null comes back). The lines are inserted only when the reservation was.
 */
export async function claimReservation(
  t: TxContext,
  r: { id: string; reference: string | null; expiresAt: Date; createdAt: Date },
  lines: readonly { variantId: string; quantity: number }[],
): Promise<ReservationRow | null> {
  const ws = workspaceOf(t);
  const rows = JSON.stringify(lines.map((l) => ({ variant_id: l.variantId, quantity: l.quantity })));
  const [row] = await queryRows<{ version: number }>(
    t.tx,
    sql`with claimed as (
          insert into inventory.reservations (id, workspace_id, reference, expires_at, created_at)
          values (${r.id}::uuid, ${ws}::uuid, ${r.reference}::text, ${r.expiresAt.toISOString()}::timestamptz,
            ${r.createdAt.toISOString()}::timestamptz)
          on conflict do nothing returning id, workspace_id, version),
        lines as (
          insert into inventory.reservation_lines (workspace_id, reservation_id, variant_id, quantity)
          select c.workspace_id, c.id, l.variant_id, l.quantity
          from claimed c, jsonb_to_recordset(${rows}::jsonb) as l (variant_id uuid, quantity int))
        select version from claimed`,
  );
  if (!row) return null;
  return {
    id: r.id,
    workspaceId: ws,
    reference: r.reference,
    status: 'active',
    expiresAt: r.expiresAt,
    version: Number(row.version),
    createdAt: r.createdAt,
    closedAt: null,
  };
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

/**
 * Marks a reservation closed (caller holds its row lock and has moved its stock). Nobody reads the
 * statement's answer — the closed row is known — so on PostgreSQL it rides with the transaction's
 * next statement (deferred) instead of taking a round trip of its own.
 */
export async function markReservationClosed(
  t: TxContext,
  r: LoadedReservation,
  status: 'released' | 'expired' | 'committed',
  now: Date,
): Promise<LoadedReservation> {
  const version = r.version + 1;
  await t.tx.execute(
    deferred(
      sql`update inventory.reservations set status = ${status}, version = ${version},
            closed_at = ${now.toISOString()}::timestamptz
          where workspace_id = ${r.workspaceId}::uuid and id = ${r.id}::uuid`,
    ),
  );
  return { ...r, status, version, closedAt: now };
}

export const eventLines = (r: LoadedReservation) =>
  r.lines.map((l) => ({ variant_id: l.variantId, quantity: l.quantity }));
