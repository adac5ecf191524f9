import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { until } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldPatient, recordInvoice } from '../src/use-cases/record-facts';
import { type Clinic, clinicWorkspace, patient } from './clinic';

// A billing fact about a duplicate and the fold that merges it away, interleaved on PostgreSQL (the
// embedded database has one connection, so it cannot interleave them). The fact reads "not merged"
// and then waits — here on a row of the same invoice another transaction holds — while the fold runs:
// without one lock per patient the fold moved nothing and the fact then committed on the duplicate
// (CI caught it once, through the rebuild test). With the lock the fold waits for the fact.

let app: TestApp;
let c: Clinic;
beforeAll(async () => {
  app = await createTestApp({});
  c = await clinicWorkspace(app);
}, 120_000);
afterAll(() => app?.dispose());

/** Backends of this database waiting on a lock whose query matches `pattern`. */
const waiting = async (pattern: string) =>
  (
    await app.database.asOwner((db) =>
      queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock' and query ilike ${pattern}`,
      ),
    )
  )[0]?.n ?? 0;

describe('a merge racing a billing fact of the duplicate', () => {
  it('ends with the invoice on the survivor', async () => {
    const [keep, dup] = [await patient(c), await patient(c)];
    const ctx = { ...systemContext(c.ws.workspaceId), db: app.database.db };
    const invoiceId = randomUUID();
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding!: () => void;
    const holds = new Promise<void>((resolve) => {
      holding = resolve;
    });
    // Another transaction holds the invoice's key, uncommitted, and then rolls back.
    const blocker = app.database
      .asOwner((db) =>
        db.transaction(async (tx) => {
          await tx.execute(sql`insert into patient_records.invoices (workspace_id, invoice_id, patient_id, currency, total_minor)
                               values (${c.ws.workspaceId}, ${invoiceId}, ${dup}, 'BRL', 1)`);
          holding();
          await held;
          tx.rollback();
        }),
      )
      .catch(() => undefined);
    await holds;

    const fact = recordInvoice({
      ctx,
      input: { fact: { invoiceId, patientId: dup, currency: 'BRL', totalMinor: 2500 }, voidedAt: null },
    });
    await until(
      () => waiting('%insert into "patient_records"."invoices"%'),
      (n) => n === 1,
      'the fact never waited',
    );

    // The fold: it finishes at once (the bug) or waits for the fact's patient lock (the fix).
    let folded = false;
    const fold = foldPatient({ ctx, input: { from: dup, to: keep } }).then(() => {
      folded = true;
    });
    await until(
      async () => folded || (await waiting('%pg_advisory_xact_lock%')) === 1,
      (done) => done,
      'the fold neither finished nor waited',
    );
    release();
    await Promise.all([blocker, fact, fold]);

    const rows = await app.database.asOwner((db) =>
      queryRows<{ patient_id: string; total_minor: string }>(
        db,
        sql`select patient_id, total_minor::text from patient_records.invoices where invoice_id = ${invoiceId}`,
      ),
    );
    expect(rows).toEqual([{ patient_id: keep, total_minor: '2500' }]);
  });
});
