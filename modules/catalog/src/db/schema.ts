import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const catalog = pgSchema('catalog');

export const categories = catalog
  .table(
    'categories',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      name: text().notNull(),
      slug: text().notNull(),
      ...versionColumn(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: one category per slug; imports find-or-create categories by it.
      uniqueIndex().on(t.workspaceId, t.slug),
      tenantPolicy('categories_tenant'),
    ],
  )
  .enableRLS();

export const products = catalog
  .table(
    'products',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      name: text().notNull(),
      description: text(),
      categoryId: uuid().references(() => categories.id),
      status: text().notNull().default('active'),
      currency: text().notNull(),
      // Folded (lower-case, accent-free) name, description and SKUs: full-text and trigram search read it.
      searchText: text().notNull(),
      ...versionColumn(),
      ...timestamps(),
      deletedAt: timestamp({ withTimezone: true }),
    },
    (t) => [
      // Why: the product list pages newest-first by id (UUIDv7) inside a workspace.
      index().on(t.workspaceId, t.id),
      // Why: filter by category.
      index().on(t.workspaceId, t.categoryId, t.id),
      // Why: typo-tolerant search; GIN cannot lead with workspace_id without btree_gin (absent in PGlite).
      index('products_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
      // Why: full-text match on words.
      index('products_search_fts_idx').using('gin', sql`to_tsvector('simple', ${t.searchText})`),
      check('product_status', sql`${t.status} in ('draft', 'active', 'archived')`),
      check('product_currency', sql`${t.currency} ~ '^[A-Z]{3}$'`),
      tenantPolicy('products_tenant'),
    ],
  )
  .enableRLS();

export const variants = catalog
  .table(
    'variants',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      productId: uuid()
        .notNull()
        .references(() => products.id),
      sku: text().notNull(),
      options: jsonb().$type<Record<string, string>>().notNull().default({}),
      priceMinor: bigint({ mode: 'number' }).notNull(),
      ...versionColumn(),
      ...timestamps(),
      deletedAt: timestamp({ withTimezone: true }),
    },
    (t) => [
      // Why: SKU unique per workspace, case-insensitively, among live variants.
      uniqueIndex('variants_sku_live_idx').on(t.workspaceId, sql`lower(${t.sku})`).where(sql`deleted_at is null`),
      // Why: a product's variants; price-range filter.
      index().on(t.workspaceId, t.productId),
      index().on(t.workspaceId, t.priceMinor),
      check('variant_price', sql`${t.priceMinor} >= 0`),
      tenantPolicy('variants_tenant'),
    ],
  )
  .enableRLS();

/** A product import: its progress while it runs and, at the end, every rejected row with the reason. */
export const importJobs = catalog
  .table(
    'import_jobs',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      format: text().notNull(),
      status: text().notNull().default('queued'),
      currency: text().notNull(),
      totalRows: integer().notNull().default(0),
      processedRows: integer().notNull().default(0),
      createdProducts: integer().notNull().default(0),
      createdVariants: integer().notNull().default(0),
      rejected: jsonb().$type<{ line: number; column: string; message: string }[]>().notNull().default([]),
      error: text(),
      actorType: text().notNull(),
      actorId: text(),
      ...createdAtColumn(),
      finishedAt: timestamp({ withTimezone: true }),
    },
    (t) => [
      index().on(t.workspaceId, t.id),
      check('import_status', sql`${t.status} in ('queued', 'running', 'completed', 'failed')`),
      tenantPolicy('import_jobs_tenant'),
    ],
  )
  .enableRLS();
