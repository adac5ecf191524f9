import { defineEvent } from '@nexova/events';
import { z } from 'zod';

const productRef = z.object({ product_id: z.string().uuid(), version: z.number().int() });

export const productCreated = defineEvent({
  permission: 'products:read',
  type: 'catalog.product.created',
  version: 1,
  aggregate: 'product',
  description: 'A product and its variants were created.',
  payload: productRef.extend({ name: z.string(), variant_ids: z.array(z.string().uuid()) }),
});

export const productUpdated = defineEvent({
  permission: 'products:read',
  type: 'catalog.product.updated',
  version: 1,
  aggregate: 'product',
  description: 'A product or one of its variants changed (price, SKU, options, status…).',
  payload: productRef.extend({ changed: z.array(z.string()) }),
});

export const productDeleted = defineEvent({
  permission: 'products:read',
  type: 'catalog.product.deleted',
  version: 1,
  aggregate: 'product',
  description: 'A product was soft-deleted with its variants; their SKUs are free again.',
  payload: productRef,
});

export const productsImported = defineEvent({
  permission: 'products:read',
  type: 'catalog.products.imported',
  version: 1,
  aggregate: 'import_job',
  description: 'A product import finished; counts of what was created and rejected.',
  payload: z.object({
    job_id: z.string().uuid(),
    created_products: z.number().int(),
    created_variants: z.number().int(),
    rejected_rows: z.number().int(),
  }),
});
