import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const customersSchema = pgSchema('customers');

/** A person the business sells to. Merged customers stay as tombstones pointing at the survivor. */
export const customers = customersSchema
  .table(
    'customers',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      name: text().notNull(),
      /** E.164, sealed with the person's data key (docs/PRIVACY.md). */
      phone: text(),
      /** Blind index (HMAC) of the phone's WhatsApp match key: lookups by phone, uniqueness. */
      phoneKey: text(),
      /** Sealed with the person's data key. */
      email: text(),
      /** Blind index of the normalised e-mail: exact search by e-mail. */
      emailKey: text(),
      // Lower-case, accent-free name: what trigram search compares against (contacts are sealed).
      searchText: text().notNull(),
      status: text().notNull().default('active'),
      mergedInto: uuid(),
      /** When the person was erased (crypto-shredded): the name is a pseudonym, contacts are gone. */
      erasedAt: timestamp({ withTimezone: true }),
      ...versionColumn(),
      ...timestamps(),
      deletedAt: timestamp({ withTimezone: true }),
    },
    (t) => [
      // Why: one living customer per phone (either WhatsApp spelling) in a workspace.
      uniqueIndex('customers_phone_key_active_idx')
        .on(t.workspaceId, t.phoneKey)
        .where(sql`status = 'active' and deleted_at is null and phone_key is not null`),
      // Why: by-phone also finds merged tombstones, to answer with their survivor.
      index().on(t.workspaceId, t.phoneKey),
      // Why: search by an exact e-mail address (its blind index).
      index().on(t.workspaceId, t.emailKey),
      // Why: list pages by id (UUIDv7 = creation order).
      index().on(t.workspaceId, t.id),
      // Why: typo-tolerant search. GIN cannot lead with workspace_id without btree_gin (not in
      // PGlite); RLS and the workspace predicate still filter the matches.
      index('customers_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
      check('customer_status', sql`${t.status} in ('active', 'merged')`),
      tenantPolicy('customers_tenant'),
    ],
  )
  .enableRLS();

/** Free-text notes about a customer; they move to the survivor on merge. */
export const customerNotes = customersSchema
  .table(
    'notes',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      customerId: uuid()
        .notNull()
        .references(() => customers.id),
      body: text().notNull(),
      actorType: text().notNull(),
      actorId: text(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: a customer's notes, newest first.
      index().on(t.workspaceId, t.customerId, t.id),
      tenantPolicy('notes_tenant'),
    ],
  )
  .enableRLS();

/** Where a customer receives deliveries; exactly one is the default while any exist (orders prefill it). */
export const customerAddresses = customersSchema
  .table(
    'addresses',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      customerId: uuid()
        .notNull()
        .references(() => customers.id),
      label: text(),
      recipient: text(),
      line1: text().notNull(),
      line2: text(),
      city: text().notNull(),
      region: text(),
      postalCode: text(),
      country: text().notNull(),
      phone: text(),
      isDefault: boolean().notNull().default(false),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      // Why: a customer's addresses, in the order they were added.
      index().on(t.workspaceId, t.customerId, t.id),
      // Why: at most one default per customer, whatever the code does (the use-cases keep exactly one).
      uniqueIndex('addresses_one_default_idx').on(t.workspaceId, t.customerId).where(sql`is_default`),
      check('address_country', sql`${t.country} ~ '^[A-Z]{2}$'`),
      tenantPolicy('addresses_tenant'),
    ],
  )
  .enableRLS();

/**
 * Identity documents of a person (the customer row is the workspace's people directory): the number is
 * stored normalised (upper case, no separators) after its check digits were verified. A merge moves them.
 */
export const personDocuments = customersSchema
  .table(
    'documents',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      customerId: uuid()
        .notNull()
        .references(() => customers.id),
      type: text().notNull(),
      country: text().notNull(),
      /** The normalised number, sealed with the person's data key. */
      number: text().notNull(),
      /** Blind index of `TYPE:NUMBER`: lookups and uniqueness without the clear number. */
      numberKey: text(),
      actorType: text().notNull(),
      actorId: text(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: one person per document in a workspace; the index decides concurrent creates (409 to the loser).
      uniqueIndex('documents_number_key_idx').on(t.workspaceId, t.numberKey),
      // Why: rows written before encryption, until the backfill seals them.
      uniqueIndex('documents_number_idx').on(t.workspaceId, t.type, t.number),
      // Why: a person's documents.
      index().on(t.workspaceId, t.customerId),
      check('document_country', sql`${t.country} ~ '^[A-Z]{2}$'`),
      tenantPolicy('documents_tenant'),
    ],
  )
  .enableRLS();
