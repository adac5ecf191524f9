import { defineConsumer } from '@nexova/events';
import { holdTtlElapsed } from '../contracts/events/appointment-events.v1';
import { expireHold } from '../use-cases/expire-hold';

/** Expires a hold when its timer fires (a no-op if it was booked, released or moved meanwhile). */
export const holdExpiryConsumer = defineConsumer({
  name: 'agenda.hold-expiry',
  critical: true, // a dead letter here leaves a slot blocked until someone asks for it
  events: [holdTtlElapsed],
  async handle({ ctx, event }) {
    await expireHold({ ctx, input: { appointmentId: event.payload.appointment_id } });
  },
});
