import { z } from 'zod';
import { categorySchema, importJobSchema, productSchema, variantSchema } from '../contracts/product';

// Request and response shapes of /products and /categories (house rule 8).

const uuid = z.string().uuid();
const P = '0190f1c2-7d3a-7b41-9e4c-111111111111';
const V = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f';
const status = z.enum(['draft', 'active', 'archived']);
const options = z
  .record(z.string().min(1).max(50), z.string().min(1).max(100))
  .refine((o) => Object.keys(o).length <= 10, 'at most 10 options');
const sku = z.string().trim().min(1).max(64).regex(/^\S+$/, 'no spaces');
const price = z.number().int().min(0).max(1e12).describe('Integer minor units (1990 = 19.90).');

export const idParams = z.object({ id: uuid }).meta({ example: { id: P } });
export const variantParams = z.object({ id: uuid, variantId: uuid }).meta({ example: { id: P, variantId: V } });
export const jobParams = z.object({ jobId: uuid }).meta({ example: { jobId: P } });

export const listQuery = z
  .object({
    q: z.string().trim().max(200).optional().describe('Name, description or SKU; tolerant of accents and typos.'),
    category_id: uuid.optional(),
    status: status.optional(),
    min_price: z.coerce.number().int().min(0).optional(),
    max_price: z.coerce.number().int().min(0).optional(),
    in_stock: z.enum(['true', 'false']).optional().describe('Only products with a variant that has available stock.'),
    limit: z.coerce.number().int().min(1).max(1000).default(50),
    cursor: z.string().max(200).optional(),
  })
  .meta({ example: { q: 'camiseta', in_stock: 'true', limit: 20 } });

export const productPage = z
  .object({ items: z.array(productSchema), next_cursor: z.string().nullable() })
  .meta({ example: { items: [productSchema.meta()?.example], next_cursor: null } });

export const newVariant = z.object({ sku, options: options.optional(), price });

export const createBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string().max(5000).nullable().optional(),
    category_id: uuid.nullable().optional(),
    status: status.optional(),
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/)
      .describe('ISO 4217 currency of the workspace.'),
    variants: z.array(newVariant).min(1).max(100),
  })
  .meta({
    example: {
      name: 'Camiseta básica',
      currency: 'BRL',
      variants: [{ sku: 'TSHIRT-RED-M', options: { size: 'M' }, price: 1990 }],
    },
  });

export const updateBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    description: z.string().max(5000).nullable().optional(),
    category_id: uuid.nullable().optional(),
    status: status.optional(),
    expected_version: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Deprecated: send If-Match instead. 412 if the product changed since this version.'),
  })
  .meta({ example: { status: 'archived' } });

export const variantBody = newVariant.meta({ example: { sku: 'TSHIRT-RED-L', options: { size: 'L' }, price: 1990 } });
export const variantPatch = z
  .object({
    sku: sku.optional(),
    options: options.optional(),
    price: price.optional(),
    expected_version: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("The variant's version: 412 if it changed since. If-Match names the product's ETag."),
  })
  .meta({ example: { price: 2490 } });

export const categoryBody = z
  .object({ name: z.string().trim().min(1).max(100) })
  .meta({ example: { name: 'Camisetas' } });
export const categoryList = z
  .object({ items: z.array(categorySchema) })
  .meta({ example: { items: [categorySchema.meta()?.example] } });

export const importQuery = z
  .object({
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/)
      .describe('ISO 4217 currency of the prices in the file.'),
  })
  .meta({ example: { currency: 'BRL' } });

export const noContent = z.null().meta({ example: null });

export { categorySchema, importJobSchema, productSchema, variantSchema };
