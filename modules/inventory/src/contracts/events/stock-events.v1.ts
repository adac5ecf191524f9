import { defineEvent } from '@nexova/events';
import { z } from 'zod';

// Inventory's published facts. Reservation events carry the order reference so orders and the
// checkout saga can correlate them without reading inventory's tables.

const line = z.object({ variant_id: z.string().uuid(), quantity: z.number().int().positive() });
const reservation = z.object({
  reservation_id: z.string().uuid(),
  reference: z.string().nullable(),
  lines: z.array(line),
});

export const stockReserved = defineEvent({
  permission: 'stock:read',
  type: 'inventory.stock.reserved',
  version: 1,
  aggregate: 'reservation',
  description: 'Units were held for an order (all of its lines) until expires_at.',
  payload: reservation.extend({ expires_at: z.string() }),
});

export const stockReleased = defineEvent({
  permission: 'stock:read',
  type: 'inventory.stock.released',
  version: 1,
  aggregate: 'reservation',
  description:
    'A reservation was released on request (order canceled, saga compensated); its units are available again.',
  payload: reservation.extend({ reason: z.string().nullable() }),
});

export const stockExpired = defineEvent({
  permission: 'stock:read',
  type: 'inventory.stock.expired',
  version: 1,
  aggregate: 'reservation',
  description: 'A reservation passed its TTL and its units returned to available.',
  payload: reservation.extend({ expired_at: z.string() }),
});

export const stockCommitted = defineEvent({
  permission: 'stock:read',
  type: 'inventory.stock.committed',
  version: 1,
  aggregate: 'reservation',
  description: 'A reservation was fulfilled: its units left on hand (the order was paid or shipped).',
  payload: reservation,
});

export const stockReturned = defineEvent({
  permission: 'stock:read',
  type: 'inventory.stock.returned',
  version: 1,
  aggregate: 'reservation',
  description:
    "A committed reservation's units came back on hand: its confirmed order was canceled (once per reservation).",
  payload: reservation.extend({ reason: z.string() }),
});

export const stockAdjusted = defineEvent({
  permission: 'stock:read',
  type: 'inventory.stock.adjusted',
  version: 1,
  aggregate: 'variant',
  description: 'On-hand stock of a variant was adjusted by hand, with a reason.',
  payload: z.object({
    variant_id: z.string().uuid(),
    delta: z.number().int(),
    on_hand: z.number().int(),
    available: z.number().int(),
    reason: z.string(),
  }),
});

export const stockLow = defineEvent({
  permission: 'stock:read',
  type: 'inventory.stock.low',
  version: 1,
  aggregate: 'variant',
  description: 'Available stock of a variant fell to or below its low-stock threshold (emitted on the crossing only).',
  payload: z.object({
    variant_id: z.string().uuid(),
    available: z.number().int(),
    threshold: z.number().int(),
  }),
});

/** Fired by a durable timer at a reservation's expires_at; inventory then expires it if still active. */
export const reservationTtlElapsed = defineEvent({
  type: 'inventory.reservation.ttl_elapsed',
  version: 1,
  aggregate: 'reservation',
  description:
    "A reservation's TTL elapsed (a durable timer set when it was taken, canceled when it closes); inventory expires it if it is still active.",
  payload: z.object({ reservation_id: z.string().uuid() }),
});
