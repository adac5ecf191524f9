import { z } from 'zod';

export const movementSchema = z
  .object({
    id: z.string().uuid(),
    variant_id: z.string().uuid(),
    kind: z
      .enum(['adjustment', 'reservation', 'release', 'expiry', 'commit', 'return'])
      .describe('`return`: units of a committed reservation back on hand (its confirmed order was canceled).'),
    on_hand_delta: z.number().int(),
    reserved_delta: z.number().int(),
    on_hand_after: z.number().int(),
    reserved_after: z.number().int(),
    reason: z.string().nullable(),
    reservation_id: z.string().uuid().nullable(),
    reference: z
      .string()
      .nullable()
      .describe('The order the movement is for (its reservation reference); null for adjustments.'),
    actor: z.object({ type: z.string(), id: z.string().nullable() }),
    created_at: z.string(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-bbbbbbbbbbbb',
      variant_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f',
      kind: 'adjustment',
      on_hand_delta: 10,
      reserved_delta: 0,
      on_hand_after: 22,
      reserved_after: 2,
      reason: 'delivery from supplier',
      reservation_id: null,
      reference: null,
      actor: { type: 'user', id: '0190f1c2-7d3a-7b41-9e4c-cccccccccccc' },
      created_at: '2026-01-10T12:00:00.000Z',
    },
  });
export type Movement = z.infer<typeof movementSchema>;

type Row = {
  id: string;
  variantId: string;
  kind: string;
  onHandDelta: number;
  reservedDelta: number;
  onHandAfter: number;
  reservedAfter: number;
  reason: string | null;
  reservationId: string | null;
  reference: string | null;
  actorType: string;
  actorId: string | null;
  createdAt: Date;
};

export const toMovement = (r: Row): Movement => ({
  id: r.id,
  variant_id: r.variantId,
  kind: r.kind as Movement['kind'],
  on_hand_delta: r.onHandDelta,
  reserved_delta: r.reservedDelta,
  on_hand_after: r.onHandAfter,
  reserved_after: r.reservedAfter,
  reason: r.reason,
  reservation_id: r.reservationId,
  reference: r.reference,
  actor: { type: r.actorType, id: r.actorId },
  created_at: r.createdAt.toISOString(),
});
