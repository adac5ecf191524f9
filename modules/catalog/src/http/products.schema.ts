import type { Config } from '@nexova/config';
import { pageQuery, pageSchema } from '@nexova/http';
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

type PageConfig = Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>;

export const productParams = z.object({ product_id: uuid.meta({ example: P }) }).meta({ example: { product_id: P } });
export const variantParams = z
  .object({ product_id: uuid.meta({ example: P }), variant_id: uuid.meta({ example: V }) })
  .meta({ example: { product_id: P, variant_id: V } });
export const categoryParams = z
  .object({ category_id: uuid.meta({ example: '0190f1c2-7d3a-7b41-9e4c-222222222222' }) })
  .meta({ example: { category_id: '0190f1c2-7d3a-7b41-9e4c-222222222222' } });
export const jobParams = z.object({ job_id: uuid.meta({ example: P }) }).meta({ example: { job_id: P } });

export const listQuery = (cfg: PageConfig) =>
  z
    .object({
      q: z.string().trim().max(200).optional().describe('Name, description or SKU; tolerant of accents and typos.'),
      category_id: uuid.optional(),
      status: status.optional(),
      min_price: z.coerce.number().int().min(0).optional().describe('Integer minor units (1990 = 19.90).'),
      max_price: z.coerce.number().int().min(0).optional().describe('Integer minor units (1990 = 19.90).'),
      in_stock: z.enum(['true', 'false']).optional().describe('Only products with a variant that has available stock.'),
      ...pageQuery(cfg).shape,
    })
    .meta({ example: { q: 'camiseta', in_stock: 'true', limit: 20 } });

export const productPage = pageSchema(productSchema).meta({
  example: { items: [productSchema.meta()?.example], next_cursor: null },
});

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
      .optional()
      .describe("ISO 4217 currency of the variant prices; absent: the workspace's `default_currency`."),
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
export const categoryQuery = (cfg: PageConfig) => pageQuery(cfg).meta({ example: { limit: 20 } });
export const categoryPage = pageSchema(categorySchema).meta({
  example: { items: [categorySchema.meta()?.example], next_cursor: null },
});

export const importQuery = z
  .object({
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/)
      .optional()
      .describe(
        "ISO 4217 currency of rows whose `currency` cell is empty; absent: the workspace's `default_currency`.",
      ),
  })
  .meta({ example: { currency: 'BRL' } });

export const importCsvExample = [
  'name,sku,price_minor,currency,stock,options,category',
  'Camiseta básica,TSHIRT-RED-M,1990,BRL,12,size=M; colour=red,Camisetas',
  'Camiseta básica,TSHIRT-RED-L,2190,BRL,5,size=L; colour=red,Camisetas',
].join('\n');

export const noContent = z.null().meta({ example: null });

export { categorySchema, importJobSchema, productSchema, variantSchema };
