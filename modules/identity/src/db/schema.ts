import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { boolean, index, jsonb, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const identity = pgSchema('identity');

// Users, sessions, signing keys and reset tokens are not tenant data: a user exists before and
// across workspaces, and login/refresh/reset look rows up before any workspace is known.

export const users = identity.table(
  'users',
  {
    id: uuid().primaryKey(),
    email: text().notNull(),
    passwordHash: text().notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    isPlatformAdmin: boolean().notNull().default(false),
    /** Bumped by every write (the strong ETag of GET /me). */
    ...versionColumn(),
    ...timestamps(),
  },
  // Why: login looks users up by (lower-cased) email, and an email belongs to one account.
  (t) => [uniqueIndex().on(t.email)],
);

/** One row per refresh token; a login starts a family, every refresh adds a row to it. */
export const sessions = identity.table(
  'sessions',
  {
    id: uuid().primaryKey(),
    familyId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    tokenHash: text().notNull(),
    /** Absolute end of the family (set at login, never extended by rotation). */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    ip: text(),
    userAgent: text(),
    ...createdAtColumn(),
  },
  (t) => [
    // Why: refresh and logout find the presented token by its hash.
    uniqueIndex().on(t.tokenHash),
    // Why: reuse detection and logout revoke a whole family.
    index().on(t.familyId),
    // Why: a password change revokes every family of the user.
    index().on(t.userId),
  ],
);

/** JWT signing keys; the private JWK is AES-GCM encrypted when NEXOVA_SECRET_KEY is set. */
export const signingKeys = identity.table('signing_keys', {
  kid: text().primaryKey(),
  alg: text().notNull(),
  publicJwk: jsonb().notNull(),
  privateJwk: text().notNull(),
  encrypted: boolean().notNull(),
  ...createdAtColumn(),
  /** Set by rotation: no longer signs, still verifies until its last tokens expire. */
  retiredAt: timestamp({ withTimezone: true }),
});

export const passwordResets = identity.table(
  'password_resets',
  {
    id: uuid().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    ...createdAtColumn(),
  },
  // Why: reset-password finds the token by its hash.
  (t) => [uniqueIndex().on(t.tokenHash)],
);

/** Workspace API keys (tenant data, row-level security). Looked up by hash through identity.find_api_key. */
export const apiKeys = identity
  .table(
    'api_keys',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      name: text().notNull(),
      /** The first characters of the key, to recognise it in lists. */
      prefix: text().notNull(),
      keyHash: text().notNull(),
      permissions: text().array().notNull(),
      expiresAt: timestamp({ withTimezone: true }),
      lastUsedAt: timestamp({ withTimezone: true }),
      revokedAt: timestamp({ withTimezone: true }),
      createdBy: uuid(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: authentication finds a key by its hash.
      uniqueIndex().on(t.keyHash),
      // Why: the workspace's key list.
      index().on(t.workspaceId, t.createdAt),
      tenantPolicy('api_keys_tenant'),
    ],
  )
  .enableRLS();
