import { createHash } from 'node:crypto';
import { type Database, queryRows, type Tx } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { idempotencyKeys } from '../db/schema';

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
 * and then, with a snapshot taken after the lock, reads the live record. One round trip
 * (http.claim_idempotency_key, migration 0014).
 */
export async function claimKey(
  tx: Tx,
  scope: string,
  key: string,
): Promise<{ locked: boolean; existing: IdempotencyRecord | undefined }> {
  const [row] = await queryRows<{ locked: boolean } & Partial<IdempotencyRecord>>(
    tx,
    sql`select locked, fingerprint, status, headers, body from http.claim_idempotency_key(${scope}, ${key})`,
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

/** Inserts the record; false if a live one already exists (never overwritten). */
export async function saveRecord(tx: Tx, record: NewRecord): Promise<boolean> {
  const { ttlHours, ...values } = record;
  const expiresAt = sql`now() + make_interval(hours => ${ttlHours})`;
  const saved = await tx
    .insert(idempotencyKeys)
    .values({ ...values, expiresAt })
    // Only an expired record the sweeper has not reached yet is replaced.
    .onConflictDoUpdate({
      target: [idempotencyKeys.scope, idempotencyKeys.key],
      set: { ...values, expiresAt, createdAt: sql`now()` },
      setWhere: sql`${idempotencyKeys.expiresAt} <= now()`,
    })
    .returning({ key: idempotencyKeys.key });
  return saved.length === 1;
}

/** Deletes up to `batch` expired records of every workspace (SECURITY DEFINER function); returns how many. */
export async function sweepExpired(db: Database, batch = 1000): Promise<number> {
  const [row] = await queryRows<{ deleted: number }>(db, sql`select http.sweep_idempotency_keys(${batch}) as deleted`);
  return Number(row?.deleted ?? 0);
}
