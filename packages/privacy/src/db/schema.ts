import { createdAtColumn, tenantPolicy } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import { index, integer, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The keyring of personal data (docs/PRIVACY.md): a platform schema every module reaches through
// @nexova/privacy, so modules encrypt their own columns without reading each other's tables.
export const privacy = pgSchema('privacy');

/**
 * Versions of a workspace's key-encryption key, wrapped by the master key (KMS). The newest version
 * wraps new person keys; a rotation adds a version and re-wraps the person keys under it. The
 * blind-index key is separate and only re-wrapped, never replaced, so indexes stay valid.
 */
export const workspaceKeys = privacy
  .table(
    'workspace_keys',
    {
      workspaceId: uuid().notNull(),
      version: integer().notNull(),
      /** The key-encryption key, wrapped by the master key named in its prefix. */
      wrappedKey: text().notNull(),
      /** The blind-index (HMAC) key, wrapped by the same master key. */
      wrappedIndexKey: text().notNull(),
      ...createdAtColumn(),
      retiredAt: timestamp({ withTimezone: true }),
    },
    (t) => [primaryKey({ columns: [t.workspaceId, t.version] }), tenantPolicy('workspace_keys_tenant')],
  )
  .enableRLS();

/**
 * Data keys per person and purpose, wrapped by a workspace key version: `personal` seals contacts and
 * documents, `health` seals clinical data — apart, because erasure shreds the personal key at once
 * while clinical records must stay readable for as long as the law keeps them. Shredding clears
 * `wrapped_key` and stamps `shredded_at`: every copy sealed with that key becomes unreadable.
 */
export const personKeys = privacy
  .table(
    'person_keys',
    {
      workspaceId: uuid().notNull(),
      personId: uuid().notNull(),
      purpose: text().notNull().default('personal'),
      workspaceKeyVersion: integer().notNull(),
      wrappedKey: text(),
      ...createdAtColumn(),
      shreddedAt: timestamp({ withTimezone: true }),
    },
    (t) => [
      primaryKey({ columns: [t.workspaceId, t.personId, t.purpose] }),
      // Why: a rotation re-wraps the person keys still under an older workspace key version.
      index().on(t.workspaceId, t.workspaceKeyVersion).where(sql`wrapped_key is not null`),
      tenantPolicy('person_keys_tenant'),
    ],
  )
  .enableRLS();
