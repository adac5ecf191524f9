import { createdAtColumn, sameWorkspacePolicy, systemLogPolicy, tenantPolicy } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export const auditSchema = pgSchema('audit');

/**
 * The audit trail: one row per state change, append-only for the app role (INSERT and SELECT
 * only), partitioned by month of occurred_at (the migration adds PARTITION BY; retention drops a
 * month at once). Each workspace's rows form a hash chain: `hash` = sha256(prev_hash | seq |
 * canonical content), so an edited, deleted or inserted row breaks it (verify-chain.ts).
 * Workspace-less rows (sign-up, a failed login of an unknown e-mail) form the platform chain.
 */
export const entries = auditSchema
  .table(
    'entries',
    {
      id: uuid().notNull(),
      workspaceId: uuid(),
      seq: bigint({ mode: 'number' }).notNull(),
      occurredAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
      actorType: text().notNull(),
      actorId: text(),
      action: text().notNull(),
      category: text().notNull(),
      severity: text().notNull(),
      targetType: text(),
      targetId: text(),
      ip: text(),
      userAgent: text(),
      requestId: text().notNull(),
      changes: jsonb().$type<Record<string, { before?: unknown; after?: unknown }>>(),
      prevHash: text().notNull(),
      hash: text().notNull(),
    },
    (t) => [
      // Why: a partitioned table's primary key must hold the partition key.
      primaryKey({ columns: [t.id, t.occurredAt] }),
      // Why: verify walks a workspace's chain in seq order.
      index('entries_chain_idx').on(t.workspaceId, t.seq),
      // Why: GET /audit lists a workspace's entries newest first (keyset on occurred_at, id).
      index('entries_recent_idx').on(t.workspaceId, t.occurredAt, t.id),
      sameWorkspacePolicy('entries_workspace'),
    ],
  )
  .enableRLS();

/**
 * The head of each workspace's chain (chain_id = workspace id, or the nil uuid for the platform
 * chain). Appending updates this row with the COMMIT: its row lock serializes the appends of one
 * workspace only for the commit itself, so two transactions never fork the chain.
 */
export const heads = auditSchema
  .table(
    'heads',
    {
      chainId: uuid().primaryKey(),
      workspaceId: uuid(),
      seq: bigint({ mode: 'number' }).notNull(),
      hash: text().notNull(),
      prevHash: text().notNull(),
      updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    },
    () => [systemLogPolicy('heads_workspace')],
  )
  .enableRLS();

/**
 * An audit export job (POST /audit/exports): the filters and format asked for, its progress while a
 * background run writes the file, and the stored file's key once done (audit-exports/<ws>/<id>.<ext>).
 */
export const exports = auditSchema
  .table(
    'exports',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      format: text().notNull(),
      filters: jsonb().$type<Record<string, string>>().notNull().default({}),
      status: text().notNull().default('queued'),
      totalRows: integer().notNull().default(0),
      processedRows: integer().notNull().default(0),
      fileKey: text(),
      size: integer(),
      sha256: text(),
      error: text(),
      actorType: text().notNull(),
      actorId: text(),
      ...createdAtColumn(),
      finishedAt: timestamp({ withTimezone: true }),
      /** Refreshed while a process runs the export; a stale one means that process stopped (recovery worker). */
      heartbeatAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
      /** Runs so far: 1, plus one per resume after an interruption (EXPORT_MAX_ATTEMPTS). */
      attempts: integer().notNull().default(1),
    },
    (t) => [
      // Why: GET /audit/exports/{id} and the file owner look jobs up within a workspace.
      index().on(t.workspaceId, t.id),
      check('export_status', sql`${t.status} in ('queued', 'running', 'completed', 'failed')`),
      tenantPolicy('exports_tenant'),
    ],
  )
  .enableRLS();

/**
 * Where each chain now starts after retention removed its oldest entries: the seq and hash of the
 * last removed entry (chain_id as in heads). Verify starts from it, so what remains still proves
 * itself. Written only by the SECURITY DEFINER retention functions (the app role cannot delete).
 */
export const horizons = auditSchema
  .table(
    'horizons',
    {
      chainId: uuid().primaryKey(),
      workspaceId: uuid(),
      seq: bigint({ mode: 'number' }).notNull(),
      hash: text().notNull(),
      removed: bigint({ mode: 'number' }).notNull().default(0),
      updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    },
    () => [systemLogPolicy('horizons_workspace')],
  )
  .enableRLS();

/**
 * A workspace's retention overrides (GET/PUT /retention): days per data class, within the bounds the
 * config sets; a class absent keeps the configured default. The audit module holds them because the
 * retention run (and its audit trail) lives here; each owning module purges its own tables.
 */
export const retentionPolicies = auditSchema
  .table(
    'retention_policies',
    {
      workspaceId: uuid().primaryKey(),
      days: jsonb().$type<Record<string, number>>().notNull().default({}),
      updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    },
    () => [systemLogPolicy('retention_policies_workspace')],
  )
  .enableRLS();

/**
 * What each retention run removed: one platform row per run (workspace_id null, totals per class)
 * and one row per workspace it removed audit entries of (GET /retention shows the workspace's).
 */
export const retentionRuns = auditSchema
  .table(
    'retention_runs',
    {
      id: uuid().notNull(),
      workspaceId: uuid(),
      ranAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
      dryRun: boolean().notNull().default(false),
      removed: jsonb().$type<Record<string, number>>().notNull().default({}),
    },
    (t) => [
      primaryKey({ columns: [t.id, t.ranAt] }),
      // Why: GET /retention reads a workspace's latest runs.
      index('retention_runs_recent_idx').on(t.workspaceId, t.ranAt),
      systemLogPolicy('retention_runs_workspace'),
    ],
  )
  .enableRLS();
