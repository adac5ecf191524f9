import { globalOrTenantPolicies, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const clinicalCatalogsSchema = pgSchema('clinical_catalogs');

/** Text per locale (`{ "es": …, "pt-BR": …, "en": … }`); any locale may be missing. */
export type LocalizedText = Partial<Record<string, string>>;

/**
 * Catalog entries. A row without workspace is a global entry shipped with Nexova (every workspace
 * reads it, only platform operations write it); a row with one is that workspace's own entry.
 */
export const entries = clinicalCatalogsSchema
  .table(
    'entries',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid(),
      kind: text().notNull(),
      /** Stable name of a global entry in the shipped seed (`general_consultation`); null for workspace entries. */
      key: text(),
      /** ICD-10 for diseases, ATC for medications, the workspace's own code otherwise. */
      code: text(),
      names: jsonb().$type<LocalizedText>().notNull(),
      preparationNotes: jsonb().$type<LocalizedText>(),
      durationMinutes: integer(),
      priceAmount: integer(),
      currency: text(),
      attributes: jsonb().$type<Record<string, unknown>>().notNull().default({}),
      /** The shipped seed version that last wrote this global row (a newer one updates it). */
      seedVersion: integer(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      // Why: the shipped seed upserts global rows by (kind, key).
      uniqueIndex('entries_global_key_idx').on(t.kind, t.key).where(sql`workspace_id is null`),
      // Why: a workspace's own entries are loaded (and counted) per workspace.
      index().on(t.workspaceId, t.kind),
      check(
        'entries_kind',
        sql`${t.kind} in ('specialty', 'procedure', 'disease', 'allergy', 'medication', 'treatment_template')`,
      ),
      check('entries_price', sql`(${t.priceAmount} is null) = (${t.currency} is null)`),
      check('entries_global_key', sql`(${t.workspaceId} is null) = (${t.key} is not null)`),
      ...globalOrTenantPolicies('entries'),
    ],
  )
  .enableRLS();

/** A workspace's changes to a global entry; a null field inherits the global value. */
export const overrides = clinicalCatalogsSchema
  .table(
    'overrides',
    {
      workspaceId: uuid().notNull(),
      entryId: uuid()
        .notNull()
        .references(() => entries.id),
      hidden: boolean().notNull().default(false),
      alias: text(),
      durationMinutes: integer(),
      priceAmount: integer(),
      currency: text(),
      preparationNotes: text(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      primaryKey({ columns: [t.workspaceId, t.entryId] }),
      check('overrides_price', sql`(${t.priceAmount} is null) = (${t.currency} is null)`),
      tenantPolicy('overrides_tenant'),
    ],
  )
  .enableRLS();
