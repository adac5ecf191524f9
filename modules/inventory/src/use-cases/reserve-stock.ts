import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { ConflictError, newId } from '@nexova/kernel';
import { stockReserved } from '../contracts/events/stock-events.v1';
import type { Reservation } from '../contracts/stock';
import { claimReservation, eventLines, loadReservation, toReservation } from '../db/reservation-store';
import { readLevel } from '../db/stock-store';
import {
  availableOf,
  DEFAULT_MAX_LINES,
  DEFAULT_RESERVATION_TTL_SECONDS,
  normaliseLines,
  type StockLine,
} from '../domain/stock-rules';
import { changeStock } from './change-stock';
import { scheduleExpiry } from './reservation-expiry';

export type ReserveStockInput = {
  lines: StockLine[];
  /** The order the units are for; reserving again with the same reference returns the first reservation. */
  reference?: string | null;
  ttlSeconds?: number;
  maxLines?: number;
  now?: Date;
};

// Holds stock for every line or for none (409 naming the short variants); never oversells under concurrency.
export async function reserveStock({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ReserveStockInput;
}): Promise<Reservation> {
  const lines = normaliseLines(input.lines, input.maxLines ?? DEFAULT_MAX_LINES);
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (input.ttlSeconds ?? DEFAULT_RESERVATION_TTL_SECONDS) * 1000);
  return withTransaction(ctx, async (t) => {
    const id = newId();
    // Claim the reference first: a concurrent reserve for the same order waits here and then
    // returns the reservation that won, instead of holding stock twice. The lines are written by
    // the same statement (only when the claim inserted), before any stock row is locked, to keep
    // the lock hold (hot variants) short.
    const claimed = await claimReservation(
      t,
      { id, reference: input.reference ?? null, expiresAt, createdAt: now },
      lines,
    );
    if (!claimed && input.reference) {
      const existing = await loadReservation(t, { reference: input.reference });
      if (existing) return toReservation(existing);
    }
    if (!claimed) throw new ConflictError('The reservation reference is taken.', { code: 'reservation_conflict' });
    // Rows are locked in variant-id order (normaliseLines sorts): no deadlock between reservations.
    const short: { variant_id: string; requested: number; available: number }[] = [];
    for (const line of lines) {
      const after = await changeStock(t, {
        variantId: line.variantId,
        onHandDelta: 0,
        reservedDelta: line.quantity,
        kind: 'reservation',
        reason: input.reference ?? null,
        reservationId: id,
        reference: input.reference ?? null,
      });
      if (!after) short.push({ variant_id: line.variantId, requested: line.quantity, available: 0 });
    }
    // Throwing rolls back the lines already held: all-or-nothing.
    if (short.length > 0) {
      // What each short line could have had (a plain read: the failed UPDATE locked nothing).
      for (const s of short) {
        const level = await readLevel(t, s.variant_id);
        s.available = level ? Math.max(0, availableOf(level)) : 0;
      }
      throw new ConflictError(`Not enough stock for ${short.length} of ${lines.length} lines.`, {
        code: 'insufficient_stock',
        extensions: { short },
      });
    }
    await scheduleExpiry(t, id, expiresAt);
    // Built from what was just written: no read-back round trips while the stock rows are locked.
    const created = { ...claimed, lines };
    await publish(t, stockReserved, {
      aggregateId: id,
      payload: {
        reservation_id: id,
        reference: created.reference,
        lines: eventLines(created),
        expires_at: expiresAt.toISOString(),
      },
    });
    return toReservation(created);
  });
}
