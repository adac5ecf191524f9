import { epochMicros, keysetAfter, queryRows, type TxContext, workspaceOf } from '@nexova/db';
import { and, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { TimelineEntry } from '../domain/timeline-entry';
import { BILLING_KINDS, type TimelineKind } from '../domain/timeline-kinds';
import { appointments, invoices, payments, timelineEntries } from './schema';

/** Inserts an entry; the same event again inserts nothing (keyed by event id). */
export async function insertEntry(t: TxContext, e: TimelineEntry): Promise<void> {
  await t.tx
    .insert(timelineEntries)
    .values({ workspaceId: workspaceOf(t), ...e })
    .onConflictDoNothing();
}

/** Moves patient `from`'s entries to `to` (a merge). */
export async function reassignEntries(t: TxContext, from: string, to: string): Promise<void> {
  const ws = workspaceOf(t);
  await t.tx
    .update(timelineEntries)
    .set({ patientId: to })
    .where(and(eq(timelineEntries.workspaceId, ws), eq(timelineEntries.patientId, from)));
}

/**
 * The patient an entry about `patientId` belongs to: itself, or the survivor of the merges the
 * timeline has recorded (followed a few levels: A into B, then B into C).
 */
export async function survivorOf(t: TxContext, patientId: string): Promise<string> {
  const ws = workspaceOf(t);
  let current = patientId;
  for (let hop = 0; hop < 10; hop++) {
    const [row] = await t.tx
      .select({ into: timelineEntries.patientId })
      .from(timelineEntries)
      .where(and(eq(timelineEntries.workspaceId, ws), eq(timelineEntries.mergedPatientId, current)))
      .limit(1);
    if (!row || row.into === current) return current;
    current = row.into;
  }
  return current;
}

/** Empties the workspace's timeline (a rebuild). */
export async function deleteTimeline(t: TxContext): Promise<void> {
  await t.tx.delete(timelineEntries).where(eq(timelineEntries.workspaceId, workspaceOf(t)));
}

/** Empties the workspace's summary tables (a rebuild). */
export async function deleteSummary(t: TxContext): Promise<void> {
  const ws = workspaceOf(t);
  for (const table of [appointments, invoices, payments]) await t.tx.delete(table).where(eq(table.workspaceId, ws));
}

export type TimelineFilter = { patientId: string; kinds?: TimelineKind[]; from?: Date; to?: Date };

const filtered = (ws: string, f: TimelineFilter): SQL | undefined =>
  and(
    eq(timelineEntries.workspaceId, ws),
    eq(timelineEntries.patientId, f.patientId),
    f.kinds ? inArray(timelineEntries.kind, f.kinds) : undefined,
    f.from ? gte(timelineEntries.occurredAt, f.from) : undefined,
    f.to ? lt(timelineEntries.occurredAt, f.to) : undefined,
  );

const columns = {
  eventId: timelineEntries.eventId,
  kind: timelineEntries.kind,
  occurredAt: timelineEntries.occurredAt,
  facts: timelineEntries.facts,
  refs: timelineEntries.refs,
  micros: epochMicros(timelineEntries.occurredAt),
};

/** Up to `limit` entries newest first, after the cursor's key `[micros, event id]`. */
export async function pageEntries(t: TxContext, f: TimelineFilter, key: (string | number)[] | null, limit: number) {
  return t.tx
    .select(columns)
    .from(timelineEntries)
    .where(
      and(filtered(workspaceOf(t), f), keysetAfter(timelineEntries.occurredAt, timelineEntries.eventId, key, 'desc')),
    )
    .orderBy(desc(timelineEntries.occurredAt), desc(timelineEntries.eventId))
    .limit(limit);
}
export type StoredEntry = Awaited<ReturnType<typeof pageEntries>>[number];

/** Whether more than `max` entries match (an export stops at `max`). */
export async function hasMoreThan(t: TxContext, f: TimelineFilter, max: number): Promise<boolean> {
  const rows = await t.tx
    .select({ one: sql`1` })
    .from(timelineEntries)
    .where(filtered(workspaceOf(t), f))
    .orderBy(desc(timelineEntries.occurredAt), desc(timelineEntries.eventId))
    .offset(max)
    .limit(1);
  return rows.length > 0;
}

export type BillingRow = StoredEntry & { patientId: string; currency: string; delta: number; balance: number };

/**
 * Billing entries newest first — one patient's, or (patientId null) every patient's of the workspace
 * — each with the running balance of its currency after it (a window over the whole billing
 * history, then the page).
 */
export async function pageBilling(
  t: TxContext,
  patientId: string | null,
  key: (string | number)[] | null,
  limit: number,
): Promise<BillingRow[]> {
  const after = keysetAfter(sql`b.occurred_at`, sql`b.event_id`, key, 'desc');
  const rows = await queryRows<Record<string, unknown>>(
    t.tx,
    sql`select b.event_id, b.patient_id, b.kind, b.occurred_at, b.facts, b.refs, b.currency, b.delta, b.balance,
          (extract(epoch from b.occurred_at) * 1000000)::bigint::text as micros
        from (select event_id, patient_id, kind, occurred_at, facts, refs, currency, balance_delta_minor as delta,
                sum(balance_delta_minor) over (partition by currency order by occurred_at, event_id) as balance
              from patient_records.timeline_entries
              where workspace_id = ${workspaceOf(t)} and currency is not null
                ${patientId ? sql`and patient_id = ${patientId}` : sql``}
                and kind = any(${`{${BILLING_KINDS.join(',')}}`}::text[])) b
        ${after ? sql`where ${after}` : sql``}
        order by b.occurred_at desc, b.event_id desc limit ${limit}`,
  );
  return rows.map((r) => ({
    eventId: String(r.event_id),
    patientId: String(r.patient_id),
    kind: String(r.kind),
    occurredAt: new Date(r.occurred_at as string),
    facts: (typeof r.facts === 'string' ? JSON.parse(r.facts) : r.facts) as StoredEntry['facts'],
    refs: (typeof r.refs === 'string' ? JSON.parse(r.refs) : r.refs) as StoredEntry['refs'],
    micros: String(r.micros),
    currency: String(r.currency),
    delta: Number(r.delta),
    balance: Number(r.balance),
  }));
}
