import type { ServiceContext } from '@nexova/kernel';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { AuditSlot } from './audit-slot';

/** The Drizzle database, whichever driver is underneath (PGlite or node-postgres). */
export type Database = PgDatabase<PgQueryResultHKT, Record<string, never>>;
export type Tx = PgTransaction<
  PgQueryResultHKT,
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;
export type Driver = 'pglite' | 'pg';

/** A ServiceContext that can reach the database; `tx` is set inside withTransaction. */
export type AppContext = ServiceContext & {
  db: Database;
  tx?: Tx;
  /** The audit note this work writes before its outermost COMMIT (audit-slot.ts). */
  audit?: AuditSlot;
};

/** What withTransaction hands its callback: the same context, bound to the open transaction. */
export type TxContext = AppContext & { tx: Tx };
