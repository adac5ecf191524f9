import { createHash } from 'node:crypto';
import { AT_COMMIT, type Database, literal, queryRows, type Tx } from '@nexova/db';
import { sql } from 'drizzle-orm';

export type StoredResponse = { status: number; headers: Record<string, string>; body: string };
export type IdempotencyRecord = StoredResponse & { fingerprint: string };

/**
 * sha256 over method, route template and the body: what "the same request" means. A JSON body
 * counts as parsed; a route that parses its own body (multipart receipts, in a preValidation hook)
 * puts the parts in `request.body`, and any Buffer in it counts by its sha256 and length — so a
 * retry with another file is a different request (422) while another multipart boundary is not.
 */
export function fingerprintOf(method: string, route: string, body: unknown): string {
  const json =
    body === undefined
      ? ''
      : JSON.stringify(body, function digestBuffers(this: Record<string, unknown>, key, value) {
          const raw = key === '' ? body : this[key];
          return Buffer.isBuffer(raw)
            ? { sha256: createHash('sha256').update(raw).digest('hex'), bytes: raw.length }
            : value;
        });
  return createHash('sha256').update(`${method} ${route}\n${json}`).digest('hex');
}

/**
 * Takes the transaction-scoped advisory lock of (scope, key) — `locked` false when another
 * transaction holds it (the first request is still running); released by commit or rollback —
 * and then, with a snapshot taken after the lock, reads the live record (http.claim_idempotency_key,
 * migration 0017). Written with literals, not parameters, so that on PostgreSQL it travels in one
 * string with the transaction's BEGIN and workspace scope: one round trip for all three.
 */
export async function claimKey(
  tx: Tx,
  scope: string,
  key: string,
): Promise<{ locked: boolean; existing: IdempotencyRecord | undefined }> {
  const [row] = await queryRows<{ locked: boolean } & Partial<IdempotencyRecord>>(
    tx,
    sql.raw(
      `select locked, fingerprint, status, headers, body from http.claim_idempotency_key(${literal(scope)}, ${literal(key)})`,
    ),
  );
  const existing =
    row?.fingerprint != null && row.status != null && row.headers != null && row.body != null
      ? { fingerprint: row.fingerprint, status: row.status, headers: row.headers, body: row.body }
      : undefined;
  return { locked: row?.locked === true, existing };
}

export type NewRecord = IdempotencyRecord & {
  scope: string;
  key: string;
  workspaceId: string | null;
  ttlHours: number;
};

/** What the commit fails with when the record could not be saved (a live one exists): 409 in use. */
export const NOT_SAVED = 'idempotency record not saved';

/**
 * Inserts the record — sent with the COMMIT on PostgreSQL (AT_COMMIT), so the response's record
 * costs no round trip of its own. Only an expired record the sweeper has not reached yet is
 * replaced; a live one (impossible while the claim's lock is held) makes the statement fail —
 * "invalid input syntax for type integer: NOT_SAVED" — and with it the commit: nothing stays.
 */
export async function saveRecord(tx: Tx, record: NewRecord): Promise<void> {
  const values = [
    literal(record.scope),
    literal(record.key),
    record.workspaceId === null ? 'null' : `${literal(record.workspaceId)}::uuid`,
    literal(record.fingerprint),
    String(Math.trunc(record.status)),
    `${literal(JSON.stringify(record.headers))}::jsonb`,
    literal(record.body),
    `now() + make_interval(hours => ${Math.trunc(record.ttlHours)})`,
  ].join(', ');
  await tx.execute(
    sql.raw(`${AT_COMMIT}with saved as (
  insert into http.idempotency_keys as k (scope, key, workspace_id, fingerprint, status, headers, body, expires_at)
  values (${values})
  on conflict (scope, key) do update set workspace_id = excluded.workspace_id, fingerprint = excluded.fingerprint,
    status = excluded.status, headers = excluded.headers, body = excluded.body, expires_at = excluded.expires_at,
    created_at = now()
  where k.expires_at <= now()
  returning 1
) select coalesce(nullif(count(*), 0)::text, ${literal(NOT_SAVED)})::int as saved from saved`),
  );
}

/** Deletes up to `batch` expired records of every workspace (SECURITY DEFINER function); returns how many. */
export async function sweepExpired(db: Database, batch = 1000): Promise<number> {
  const [row] = await queryRows<{ deleted: number }>(db, sql`select http.sweep_idempotency_keys(${batch}) as deleted`);
  return Number(row?.deleted ?? 0);
}

/** Whether an error is saveRecord's refusal (PostgreSQL: raised by the COMMIT it travelled with). */
export function isNotSaved(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    if (e.message.includes(NOT_SAVED)) return true;
  }
  return false;
}
