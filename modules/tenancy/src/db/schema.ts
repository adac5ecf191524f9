import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { boolean, index, jsonb, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const tenancy = pgSchema('tenancy');

// Every table here is tenant data under row-level security: the app role sees only the rows of
// the workspace set by withTransaction (app.workspace_id). The few lookups that must happen before
// a workspace is known (my workspaces, an invitation by token) go through SECURITY DEFINER
// functions in migration 0004 that return only what the caller is entitled to.

/** Stored as JSON under these (wire) names; migration 0024 renamed `currency` and added the phone region. */
export type WorkspaceSettings = {
  /** ISO 4217: the currency of products and imports that name none. */
  default_currency: string;
  /** ISO 3166-1 alpha-2: the country assumed for phone numbers written without +country code. */
  default_phone_region: string;
  timezone: string;
  locale: string;
  modules: ('shop' | 'clinic')[];
};

export const workspaces = tenancy
  .table(
    'workspaces',
    {
      id: uuid().primaryKey(),
      name: text().notNull(),
      slug: text().notNull(),
      settings: jsonb().$type<WorkspaceSettings>().notNull(),
      /** Bumped by every write: the strong ETag, and what If-Match compares (optimistic concurrency). */
      ...versionColumn(),
      ...timestamps(),
      deletedAt: timestamp({ withTimezone: true }),
    },
    (t) => [
      // Why: slugs are unique platform-wide (also across soft-deleted workspaces, so links never change owner).
      uniqueIndex().on(t.slug),
      tenantPolicy('workspaces_tenant', 'id'),
    ],
  )
  .enableRLS();

export const roles = tenancy
  .table(
    'roles',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      name: text().notNull(),
      description: text().notNull().default(''),
      permissions: text().array().notNull(),
      /** owner | admin for the system roles (not editable), null for every other role. */
      systemKey: text(),
      isDefault: boolean().notNull().default(false),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      // Why: role names are unique within a workspace.
      uniqueIndex().on(t.workspaceId, t.name),
      tenantPolicy('roles_tenant'),
    ],
  )
  .enableRLS();

export const members = tenancy
  .table(
    'members',
    {
      workspaceId: uuid().notNull(),
      userId: uuid().notNull(),
      roleId: uuid()
        .notNull()
        .references(() => roles.id),
      status: text().$type<'active' | 'suspended'>().notNull().default('active'),
      email: text().notNull(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      primaryKey({ columns: [t.workspaceId, t.userId] }),
      // Why: "my workspaces" lists memberships by user.
      index().on(t.userId),
      tenantPolicy('members_tenant'),
    ],
  )
  .enableRLS();

export const invitations = tenancy
  .table(
    'invitations',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      email: text().notNull(),
      roleId: uuid()
        .notNull()
        .references(() => roles.id),
      tokenHash: text().notNull(),
      expiresAt: timestamp({ withTimezone: true }).notNull(),
      acceptedAt: timestamp({ withTimezone: true }),
      revokedAt: timestamp({ withTimezone: true }),
      invitedBy: uuid(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: accepting finds the invitation by its token hash.
      uniqueIndex().on(t.tokenHash),
      // Why: the workspace's pending invitations.
      index().on(t.workspaceId, t.createdAt),
      tenantPolicy('invitations_tenant'),
    ],
  )
  .enableRLS();
