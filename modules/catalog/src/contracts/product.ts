import { z } from 'zod';

const P = '0190f1c2-7d3a-7b41-9e4c-111111111111';
const V = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f';

export const variantSchema = z
  .object({
    id: z.string().uuid(),
    sku: z.string(),
    options: z.record(z.string(), z.string()).describe('Option name → value, e.g. { size: "M", colour: "red" }.'),
    price: z.number().int().describe('Integer minor units of the product currency (1990 = 19.90).'),
    version: z.number().int(),
  })
  .meta({ example: { id: V, sku: 'TSHIRT-RED-M', options: { size: 'M', colour: 'red' }, price: 1990, version: 1 } });
export type Variant = z.infer<typeof variantSchema>;

export const productSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    description: z.string().nullable(),
    category_id: z.string().uuid().nullable(),
    status: z.enum(['draft', 'active', 'archived']),
    currency: z.string().describe('ISO 4217 code of every variant price.'),
    variants: z.array(variantSchema),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: P,
      name: 'Camiseta básica',
      description: 'Algodón 100%',
      category_id: null,
      status: 'active',
      currency: 'BRL',
      variants: [{ id: V, sku: 'TSHIRT-RED-M', options: { size: 'M', colour: 'red' }, price: 1990, version: 1 }],
      version: 1,
      created_at: '2026-01-10T12:00:00.000Z',
      updated_at: '2026-01-10T12:00:00.000Z',
    },
  });
export type Product = z.infer<typeof productSchema>;

export const categorySchema = z
  .object({ id: z.string().uuid(), name: z.string(), slug: z.string(), version: z.number().int() })
  .meta({
    example: { id: '0190f1c2-7d3a-7b41-9e4c-222222222222', name: 'Camisetas', slug: 'camisetas', version: 1 },
  });
export type Category = z.infer<typeof categorySchema>;

export const importJobSchema = z
  .object({
    id: z.string().uuid(),
    status: z.enum(['queued', 'running', 'completed', 'failed']),
    format: z.enum(['csv', 'xlsx']),
    total_rows: z.number().int(),
    processed_rows: z.number().int().describe('Rows validated so far (progress = processed_rows / total_rows).'),
    created_products: z.number().int(),
    created_variants: z.number().int(),
    rejected: z
      .array(
        z.object({
          line: z.number().int().describe('1-based line of the file (the header is line 1; an XLSX sheet row).'),
          column: z.string().describe('The column at fault, as named in the header (lower case).'),
          message: z.string(),
        }),
      )
      .describe('Every rejected row with the reason; the other rows were imported.'),
    error: z.string().nullable().describe('Why the whole import failed (nothing was imported).'),
    created_at: z.string(),
    finished_at: z.string().nullable(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-333333333333',
      status: 'completed',
      format: 'csv',
      total_rows: 3,
      processed_rows: 3,
      created_products: 1,
      created_variants: 2,
      rejected: [{ line: 4, column: 'price', message: 'must be a non-negative amount like 19.90' }],
      error: null,
      created_at: '2026-01-10T12:00:00.000Z',
      finished_at: '2026-01-10T12:00:01.000Z',
    },
  });
export type ImportJob = z.infer<typeof importJobSchema>;
