import { defineConsumer } from '@nexova/events';
import { reservationTtlElapsed } from '../contracts/events/stock-events.v1';
import { expireReservation } from '../use-cases/expire-reservation';

/** Expires a reservation when its timer fires (a no-op if it closed or was extended meanwhile). */
export const reservationExpiryConsumer = defineConsumer({
  name: 'inventory.reservation-expiry',
  critical: true, // a dead letter here can leave a checkout waiting: alert
  events: [reservationTtlElapsed],
  async handle({ ctx, event }) {
    const { reservation_id } = event.payload;
    await expireReservation({ ctx, input: { reservationId: reservation_id } });
  },
});
