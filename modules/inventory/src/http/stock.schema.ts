import type { Config } from '@nexova/config';
import { pageQuery, pageSchema } from '@nexova/http';
import { z } from 'zod';
import { movementSchema } from '../contracts/movement';
import { reservationSchema, stockLevelSchema } from '../contracts/stock';

// Request and response shapes of /stock routes (house rule 8): the schema is the documentation.

const uuid = z.string().uuid();
const V = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f';

type PageConfig = Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>;

export const listStockQuery = (cfg: PageConfig) =>
  z
    .object({
      variant_ids: z
        .string()
        .max(4000)
        .optional()
        .describe('Comma-separated variant ids to look up.')
        .transform((v, c) => {
          if (v === undefined) return undefined;
          const ids = v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          for (const id of ids)
            if (!uuid.safeParse(id).success) c.addIssue({ code: 'custom', message: `${id} is not a uuid` });
          return ids;
        }),
      low: z.enum(['true', 'false']).optional().describe('Only variants at or below their low-stock threshold.'),
      ...pageQuery(cfg).shape,
    })
    .meta({ example: { variant_ids: V, low: 'false', limit: 50 } });

export const stockPage = pageSchema(stockLevelSchema).meta({
  example: { items: [stockLevelSchema.meta()?.example], next_cursor: null },
});

export const adjustBody = z
  .object({
    variant_id: uuid,
    delta: z
      .number()
      .int()
      .refine((n) => n !== 0, 'must not be zero')
      .describe('Units added (+) or removed (−).'),
    reason: z.string().trim().min(1).max(500).describe('Why: delivery, count correction, damage…'),
    expected_version: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Deprecated: send If-Match instead. 412 if the stock changed since this version.'),
  })
  .meta({ example: { variant_id: V, delta: 10, reason: 'delivery from supplier' } });

export const thresholdBody = z
  .object({ low_stock_threshold: z.number().int().min(0).max(1_000_000) })
  .meta({ example: { low_stock_threshold: 3 } });

export const variantParams = z.object({ variant_id: uuid.meta({ example: V }) }).meta({ example: { variant_id: V } });
export const reservationParams = z
  .object({ reservation_id: uuid.meta({ example: '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaaa' }) })
  .meta({ example: { reservation_id: '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaaa' } });

export const reserveBody = z
  .object({
    reference: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Order id; reserving again with it returns the same reservation.'),
    lines: z
      .array(z.object({ variant_id: uuid, quantity: z.number().int().positive().max(1_000_000) }))
      .min(1)
      .describe('Every line is held or none is.'),
    ttl_seconds: z.number().int().min(10).max(86_400).optional().describe('Defaults to STOCK_RESERVATION_TTL_SECONDS.'),
  })
  .meta({ example: { reference: 'order-1001', lines: [{ variant_id: V, quantity: 2 }] } });

export const releaseBody = z
  .object({
    reservation_id: uuid.optional(),
    reference: z.string().trim().min(1).max(200).optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .refine((b) => b.reservation_id || b.reference, {
    message: 'reservation_id or reference is required',
    path: ['reservation_id'],
  })
  .meta({ example: { reservation_id: V, reason: 'order canceled' } });

export const releaseResponse = z
  .object({ reservation: reservationSchema.nullable() })
  .meta({ example: { reservation: reservationSchema.meta()?.example } });

export const movementsQuery = (cfg: PageConfig) =>
  z
    .object({ variant_id: uuid.optional(), reservation_id: uuid.optional(), ...pageQuery(cfg).shape })
    .meta({ example: { variant_id: V, limit: 50 } });

export const movementPage = pageSchema(movementSchema).meta({
  example: { items: [movementSchema.meta()?.example], next_cursor: null },
});

export { reservationSchema, stockLevelSchema };
