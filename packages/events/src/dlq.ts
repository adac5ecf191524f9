import { type Database, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import type { EventEnvelope } from './envelope';
import { LOG_COLUMNS, type LogRow, toEnvelope } from './log-row';
import type { AttemptError } from './processing';

export type DeadLetterStatus = 'open' | 'replayed' | 'discarded';

export type DeadLetter = {
  id: string;
  consumer: string;
  event_id: string;
  event_type: string;
  attempts: number;
  last_error: string;
  status: DeadLetterStatus;
  failed_at: string;
  resolved_at: string | null;
};

export type DeadLetterDetail = DeadLetter & { errors: AttemptError[]; event: EventEnvelope | null };

type Row = Omit<DeadLetter, 'failed_at' | 'resolved_at'> & {
  failed_at: string | Date;
  resolved_at: string | Date | null;
  errors?: AttemptError[] | string;
};

// What replaying reads: the letter and where its event sits in the log (null once swept).
type ReplayRow = {
  id: string;
  consumer: string;
  event_id: string;
  status: string;
  errors: unknown;
  position: string | null;
  txid: string | null;
  aggregate_key: string | null;
};

const letter = (r: Row): DeadLetter => ({
  id: r.id,
  consumer: r.consumer,
  event_id: r.event_id,
  event_type: r.event_type,
  attempts: r.attempts,
  last_error: r.last_error,
  status: r.status,
  failed_at: new Date(r.failed_at).toISOString(),
  resolved_at: r.resolved_at === null ? null : new Date(r.resolved_at).toISOString(),
});

const COLUMNS = sql.raw('id, consumer, event_id, event_type, attempts, last_error, status, failed_at, resolved_at');

export async function listDeadLetters(
  db: Database,
  filter: {
    status?: DeadLetterStatus | 'all';
    consumer?: string;
    limit?: number;
    /** Only letters listed after this one (its failed_at and id): the next page. */
    after?: { failedAt: string; id: string };
  } = {},
): Promise<DeadLetter[]> {
  const status = filter.status ?? 'open';
  const after = filter.after;
  const rows = await queryRows<Row>(
    db,
    sql`select ${COLUMNS} from events.dead_letters
        where (${status} = 'all' or status = ${status})
          and (${filter.consumer ?? null}::text is null or consumer = ${filter.consumer ?? null})
          and (${after?.failedAt ?? null}::timestamptz is null
               or (failed_at, id) < (${after?.failedAt ?? null}::timestamptz, ${after?.id ?? null}::uuid))
        order by failed_at desc, id desc limit ${Math.min(filter.limit ?? 100, 1001)}`,
  );
  return rows.map(letter);
}

export async function getDeadLetter(db: Database, id: string): Promise<DeadLetterDetail | null> {
  if (!UUID.test(id)) return null;
  const [row] = await queryRows<Row>(db, sql`select ${COLUMNS}, errors from events.dead_letters where id = ${id}`);
  if (!row) return null;
  const [event] = await queryRows<LogRow>(
    db,
    sql`select ${sql.raw(LOG_COLUMNS)} from events.outbox where id = ${row.event_id}`,
  );
  const errors = typeof row.errors === 'string' ? JSON.parse(row.errors) : (row.errors ?? []);
  return { ...letter(row), errors, event: event ? toEnvelope(event) : null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class DeadLetterError extends Error {
  constructor(
    message: string,
    readonly code: 'not_found' | 'not_open' | 'event_gone',
  ) {
    super(message);
  }
}

/**
 * Puts an open dead letter back in its consumer's retry queue with fresh attempts (the error history
 * is kept); the consumer handles it on its next step, once.
 */
export async function replayDeadLetter(db: Database, id: string): Promise<DeadLetter> {
  return db.transaction(async (tx) => {
    const [row] = UUID.test(id)
      ? await queryRows<ReplayRow>(
          tx,
          sql`select d.id, d.consumer, d.event_id, d.status, d.errors, o.position, o.txid::text as txid,
                   o.aggregate_type || ':' || o.aggregate_id as aggregate_key
            from events.dead_letters d left join events.outbox o on o.id = d.event_id
            where d.id = ${id} for update of d`,
        )
      : [];
    if (!row) throw new DeadLetterError(`No dead letter ${id}.`, 'not_found');
    if (row.status !== 'open') throw new DeadLetterError(`Dead letter ${id} is ${row.status}.`, 'not_open');
    if (row.position === null) throw new DeadLetterError(`The event of dead letter ${id} was swept.`, 'event_gone');
    await tx.execute(
      sql`insert into events.retries (consumer, event_id, position, txid, aggregate_key, attempts, errors)
          values (${row.consumer}, ${row.event_id}, ${row.position}, ${row.txid}::xid8, ${row.aggregate_key}, 0,
                  ${typeof row.errors === 'string' ? row.errors : JSON.stringify(row.errors)}::jsonb)
          on conflict do nothing`,
    );
    const [updated] = await queryRows<Row>(
      tx,
      sql`update events.dead_letters set status = 'replayed', resolved_at = now() where id = ${id}
        returning ${COLUMNS}`,
    );
    return letter(updated as Row);
  });
}

/** Marks an open dead letter discarded: the consumer never handles that event. */
export async function discardDeadLetter(db: Database, id: string): Promise<DeadLetter> {
  const [row] = UUID.test(id)
    ? await queryRows<Row>(
        db,
        sql`update events.dead_letters set status = 'discarded', resolved_at = now()
            where id = ${id} and status = 'open' returning ${COLUMNS}`,
      )
    : [];
  if (row) return letter(row);
  const existing = await getDeadLetter(db, id);
  if (!existing) throw new DeadLetterError(`No dead letter ${id}.`, 'not_found');
  throw new DeadLetterError(`Dead letter ${id} is ${existing.status}.`, 'not_open');
}
