import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import type { Appointment } from '../contracts/appointment';
import { appointmentHeld } from '../contracts/events/appointment-events.v1';
import { appendHistory, toAppointment } from '../db/appointment-store';
import { appointmentPayload } from './appointment-events';
import { scheduleHoldExpiry } from './hold-expiry';
import { takeSlot } from './take-slot';

export type HoldSlotInput = {
  serviceId: string;
  professionalId: string;
  resourceId?: string | null;
  startsAt: Date;
  patientId?: string | null;
  notes?: string | null;
  ttlSeconds: number;
  now?: Date;
};

// Holds a slot until now + ttl (a booking in progress): 409 `slot_taken` when it overlaps another
// appointment or live hold of the professional or the resource. A durable timer frees it at expiry.
export async function holdSlot({ ctx, input }: { ctx: AppContext; input: HoldSlotInput }): Promise<Appointment> {
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + input.ttlSeconds * 1000);
  return withTransaction(ctx, async (t) => {
    const row = await takeSlot(t, { ...input, status: 'held', expiresAt, now });
    await appendHistory(t, { appointmentId: row.id, action: 'hold', from: null, to: 'held', reason: null });
    await scheduleHoldExpiry(t, row.id, expiresAt);
    await publish(t, appointmentHeld, {
      aggregateId: row.id,
      payload: { ...appointmentPayload(row, null), expires_at: expiresAt.toISOString() },
    });
    return toAppointment(row);
  });
}
