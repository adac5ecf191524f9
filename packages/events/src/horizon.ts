import { DEFER } from '@nexova/db';
import { type SQL, sql } from 'drizzle-orm';

type Executor = { execute(query: ReturnType<typeof sql>): Promise<unknown> };

/**
 * The visibility horizon of the event log, for THIS database only: the oldest transaction id that
 * may still commit an outbox row here. Every outbox row below it is either visible or never will be,
 * so a reader that stops there never skips a row that commits late.
 *
 * Why not pg_snapshot_xmin(pg_current_snapshot()): transaction ids are cluster-wide, so that xmin is
 * held back by a long transaction in ANY database of the server (another application, a psql
 * session left open) and stalls every consumer. Only transactions of this database write this
 * outbox, so the horizon is the least of
 *  - pg_snapshot_xmax of the current snapshot (one past the latest completed transaction: anything
 *    that gets an id from now on is above it), and
 *  - the top-level transaction id (`backend_xid`) of every other backend connected to this database
 *    (pg_stat_activity) and of every prepared transaction of this database (pg_prepared_xacts).
 * backend_xid and datname are shown to every role (nexova_app is no superuser and has no
 * pg_read_all_stats; only query text and the like are hidden), and PGlite has pg_stat_activity too.
 * backend_xid is a 32-bit xid: it is widened to the xid8 just below xmax with the same low bits (an
 * xid of a transaction that got its id after the snapshot, "ahead" of xmax, is left out).
 *
 * Call it as its own statement BEFORE the statement that reads the outbox: a transaction listed as
 * ended here has cleared its proc entry after committing, so the later read's snapshot sees it.
 * pg_stat_activity is read once per transaction (then cached), so in a transaction this must be the
 * first statement that touches it — consumeBatch and relayBatch run it first.
 */
const HORIZON_TEXT = `
  with s as (select pg_snapshot_xmax(pg_current_snapshot())::text::bigint as next),
  running as (
    select backend_xid::text::bigint as x from pg_stat_activity
     where datname = current_database() and backend_xid is not null and pid <> pg_backend_pid()
    union all
    select transaction::text::bigint from pg_prepared_xacts where database = current_database()
  ),
  behind as (select s.next, ((s.next % 4294967296) - r.x + 4294967296) % 4294967296 as d from s join running r on true)
  select least(s.next, coalesce((select min(b.next - b.d) from behind b where b.d < 2147483648), s.next))::text
    as horizon from s`;

export const HORIZON_SQL = sql.raw(HORIZON_TEXT);

/** Reads the horizon (see HORIZON_SQL) as an xid8 in text. */
export async function readHorizon(db: Executor): Promise<string> {
  const result = (await db.execute(HORIZON_SQL)) as { rows: { horizon: string | null }[] };
  const value = result.rows[0]?.horizon;
  if (!value) throw new Error('could not read the event log horizon');
  return value;
}

/**
 * Reads the horizon as the transaction's first statement into a transaction-local setting, and
 * answers the SQL that stands for it in later statements. The read is its own statement (as above),
 * but DEFERred: on PostgreSQL it travels with the BEGIN and the next statement in one round trip
 * (statement-batch.ts) instead of costing one of its own; on PGlite it simply runs first.
 */
export async function deferHorizon(db: Executor): Promise<SQL> {
  await db.execute(sql.raw(`${DEFER}select set_config('nexova.horizon', (${HORIZON_TEXT}), true)`));
  return sql`current_setting('nexova.horizon')::xid8`;
}
