import { z } from 'zod';
import { availableOf } from '../domain/stock-rules';

// Inventory's public shapes: what its use-cases return and its routes answer.

export const stockLevelSchema = z
  .object({
    variant_id: z.string().uuid(),
    sku: z.string().describe("The variant's SKU in the catalog."),
    product_name: z.string().describe("The name of the variant's product."),
    variant_name: z
      .string()
      .nullable()
      .describe('The variant\'s option values ("red / M", by option name); null when it has none.'),
    on_hand: z.number().int().describe('Units physically in stock.'),
    reserved: z.number().int().describe('Units held by active reservations.'),
    available: z.number().int().describe('on_hand − reserved: what can still be sold.'),
    low_stock_threshold: z.number().int(),
    low: z.boolean().describe('available is at or below the threshold.'),
    version: z.number().int(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      variant_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f',
      sku: 'TSHIRT-RED-M',
      product_name: 'Camiseta básica',
      variant_name: 'red / M',
      on_hand: 12,
      reserved: 2,
      available: 10,
      low_stock_threshold: 3,
      low: false,
      version: 4,
      updated_at: '2026-01-10T12:00:00.000Z',
    },
  });
export type StockLevel = z.infer<typeof stockLevelSchema>;

type Row = {
  variantId: string;
  sku: string;
  productName: string;
  variantName: string | null;
  onHand: number;
  reserved: number;
  lowStockThreshold: number;
  version: number;
  updatedAt: Date;
};

export function toStockLevel(row: Row): StockLevel {
  const available = availableOf(row);
  return {
    variant_id: row.variantId,
    sku: row.sku,
    product_name: row.productName,
    variant_name: row.variantName,
    on_hand: row.onHand,
    reserved: row.reserved,
    available,
    low_stock_threshold: row.lowStockThreshold,
    low: available <= row.lowStockThreshold,
    version: row.version,
    updated_at: row.updatedAt.toISOString(),
  };
}

export const reservationSchema = z
  .object({
    id: z.string().uuid(),
    reference: z.string().nullable().describe('The order (or other owner) the units are held for.'),
    status: z.enum(['active', 'released', 'expired', 'committed', 'returned']),
    expires_at: z.string(),
    lines: z.array(z.object({ variant_id: z.string().uuid(), quantity: z.number().int() })),
    version: z.number().int(),
    created_at: z.string(),
    closed_at: z.string().nullable(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaaa',
      reference: 'order-1001',
      status: 'active',
      expires_at: '2026-01-10T12:15:00.000Z',
      lines: [{ variant_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f', quantity: 2 }],
      version: 1,
      created_at: '2026-01-10T12:00:00.000Z',
      closed_at: null,
    },
  });
export type Reservation = z.infer<typeof reservationSchema>;
