import type { TxContext } from '@nexova/db';
import type { z } from 'zod';
import type { EventDefinition } from './define-event';
import { cancel, schedule } from './timers';

// The one TTL primitive for every hold — stock units (inventory's reservations), slots and rooms
// (agenda's held appointments). A hold is active until its expires_at, and leaves that state once:
// released on request, committed (it became a sale or a booking) or expired. Each active hold has
// one durable timer keyed `<prefix>:<hold id>` that publishes `event` at expires_at; closing the
// hold cancels it; the owning module's consumer of `event` expires the hold if it is still active
// and past its TTL (a no-op otherwise, so a late or repeated firing is harmless).

export type HoldTimer = {
  /** The timer's key for one hold (events.timers.key). */
  key(holdId: string): string;
  /** Sets (or moves) the hold's timer to `expiresAt`, inside the caller's transaction. */
  schedule(t: TxContext, holdId: string, expiresAt: Date): Promise<void>;
  /** Removes the hold's timer (the hold closed), inside the caller's transaction. */
  cancel(t: TxContext, holdId: string): Promise<void>;
};

/** The timer of one kind of hold: `event` (its payload built by `payloadOf`) fires at expires_at. */
export function holdTimer<S extends z.ZodType>(
  prefix: string,
  event: EventDefinition<S>,
  payloadOf: (holdId: string) => z.input<S>,
): HoldTimer {
  const key = (holdId: string) => `${prefix}:${holdId}`;
  return {
    key,
    schedule: (t, holdId, expiresAt) =>
      schedule(t, {
        at: expiresAt,
        key: key(holdId),
        event: { definition: event, aggregateId: holdId, payload: payloadOf(holdId) },
      }),
    cancel: (t, holdId) => cancel(t, key(holdId)),
  };
}

/**
 * Whether an active hold is past its TTL: it is expired already, whether or not its timer has
 * fired, so it must neither block others nor be committed.
 */
export const holdLapsed = (active: boolean, expiresAt: Date | null, now: Date): boolean =>
  active && expiresAt !== null && expiresAt.getTime() <= now.getTime();
