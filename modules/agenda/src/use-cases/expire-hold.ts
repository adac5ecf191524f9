import { type AppContext, withTransaction } from '@nexova/db';
import { holdLapsed } from '@nexova/events';
import type { Appointment } from '../contracts/appointment';
import { mustLoadAppointment, toAppointment } from '../db/appointment-store';
import { writeMove } from './write-move';

export type ExpireHoldInput = { appointmentId: string; now?: Date };

// Expires a hold if it is still held and past its TTL (the timer's consumer calls it); a no-op
// otherwise, so it is safe any time, any number of times.
export async function expireHold({ ctx, input }: { ctx: AppContext; input: ExpireHoldInput }): Promise<Appointment> {
  const now = input.now ?? new Date();
  return withTransaction(ctx, async (t) => {
    const row = await mustLoadAppointment(t, input.appointmentId, true);
    if (!holdLapsed(row.status === 'held', row.expiresAt, now)) return toAppointment(row);
    return toAppointment(await writeMove(t, row, { action: 'expire', to: 'expired', reason: 'ttl elapsed' }));
  });
}
