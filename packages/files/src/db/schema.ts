import { systemLogPolicy } from '@nexova/db/schema';
import { pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The file store's own bookkeeping (a platform schema, like `events`).
export const filesSchema = pgSchema('files');

/**
 * Files whose deletion was decided inside a transaction (an erasure): stored objects cannot be deleted
 * transactionally, so the decision commits here with the change that made it, and the deletion worker
 * deletes the objects right after, outside any transaction (delete-files.ts). A workspace writes and
 * reads its own requests; the worker, outside any workspace, sees them all.
 */
export const fileDeletions = filesSchema
  .table(
    'deletions',
    {
      workspaceId: uuid().notNull(),
      key: text().notNull(),
      requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [primaryKey({ columns: [t.workspaceId, t.key] }), systemLogPolicy('deletions_workspace')],
  )
  .enableRLS();
