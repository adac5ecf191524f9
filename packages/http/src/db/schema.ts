import { createdAtColumn, sameWorkspacePolicy } from '@nexova/db/schema';
import { index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Tables of the HTTP layer itself live in the `http` schema.
export const http = pgSchema('http');

/**
 * Idempotency-Key records (Stripe semantics): one row per (scope, key), written in the same
 * transaction as the request's effects and holding the exact response that was sent, so a retry
 * replays it byte for byte. `scope` is workspace + principal, so keys of different callers never meet.
 */
// A record without a workspace (login, register, creating a workspace) is visible only outside any
// workspace, and a workspace's records only inside it: no tenant sees another's, nor the others'.

export const idempotencyKeys = http
  .table(
    'idempotency_keys',
    {
      scope: text().notNull(),
      key: text().notNull(),
      workspaceId: uuid(),
      /** sha256 of method, route template and body: the same key with another request → 422. */
      fingerprint: text().notNull(),
      status: integer().notNull(),
      headers: jsonb().$type<Record<string, string>>().notNull(),
      body: text().notNull(),
      ...createdAtColumn(),
      expiresAt: timestamp({ withTimezone: true }).notNull(),
    },
    (t) => [
      primaryKey({ columns: [t.scope, t.key] }),
      // Why: the sweeper deletes expired rows in batches, oldest first.
      index().on(t.expiresAt),
      // Second wall: a transaction sees only its workspace's records (none outside one). The
      // sweeper crosses workspaces through the SECURITY DEFINER function http.sweep_idempotency_keys.
      sameWorkspacePolicy('idempotency_keys_workspace'),
    ],
  )
  .enableRLS();
