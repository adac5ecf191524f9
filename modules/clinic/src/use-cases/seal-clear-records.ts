import { type AppContext, queryRows, type TxContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, eq, inArray, isNotNull, like, not, or, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { PatientRow } from '../contracts/patient';
import { sealFilename, sealNoteBody, sealProfile } from '../db/health-fields';
import { patientAttachments, patientNotes, patients } from '../db/schema';

export type SealClearRecordsInput = { batch: number; maxWorkspaces?: number };
export type SealClearRecordsResult = { patients: number; notes: number; attachments: number; more: boolean };

// A clinical field stored before encryption is a JSON value that is not a (sealed) string; a JSON null
// emergency contact (none) holds nothing to seal. Same test as clinic.workspaces_with_clear_records.
const clearProfile = or(
  sql`jsonb_typeof(${patients.allergies}) <> 'string'`,
  sql`jsonb_typeof(${patients.conditions}) <> 'string'`,
  sql`jsonb_typeof(${patients.alertFlags}) <> 'string'`,
  sql`jsonb_typeof(${patients.emergencyContact}) not in ('string', 'null')`,
);

// The backfill of clinical encryption at rest (like customers' seal-clear-people.ts; data moves in code,
// not in a migration): profiles, note bodies and attachment names written in clear before encryption are
// sealed with the patient's person's health key. The app role runs without a workspace, so a SECURITY
// DEFINER function (0063) names the workspaces that still hold clear rows; one transaction per workspace,
// bounded batches, rows a request holds are skipped. Reads accept both forms meanwhile (health-fields.ts).
export async function sealClearRecords({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: SealClearRecordsInput;
}): Promise<SealClearRecordsResult> {
  if (ctx.tx) throw new Error('The backfill runs one transaction per workspace, outside any transaction.');
  const due = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from clinic.workspaces_with_clear_records(${input.maxWorkspaces ?? 100}) as id`,
  );
  const result: SealClearRecordsResult = { patients: 0, notes: 0, attachments: 0, more: false };
  for (const { id } of due) {
    const done = await withTransaction({ ...ctx, workspaceId: id, tx: undefined }, (t) =>
      sealClearBatch(t, input.batch),
    );
    for (const k of ['patients', 'notes', 'attachments'] as const) {
      result[k] += done[k];
      result.more ||= done[k] === input.batch;
    }
  }
  return result;
}

/**
 * Seals up to `batch` clear profiles, notes and attachment names of this workspace (or only of the given
 * patients: the clinical term's end seals a person's legacy rows before it shreds their key — and waits
 * for rows a request holds instead of skipping them, or a clear row could outlive the key).
 */
export async function sealClearBatch(t: TxContext, batch: number, patientIds?: string[]) {
  const ws = workspaceOf(t);
  const lock = patientIds === undefined ? ({ skipLocked: true } as const) : undefined;
  const only = (col: PgColumn) => (patientIds ? inArray(col, patientIds) : undefined);
  const profiles = await t.tx
    .select()
    .from(patients)
    .where(and(eq(patients.workspaceId, ws), clearProfile, only(patients.id)))
    .limit(batch)
    .for('update', lock);
  for (const p of profiles) {
    // A field already sealed stays; only clear ones are replaced (a legacy row is usually all clear).
    const sealed = await sealProfile(t, p.personId, {
      allergies: p.allergies as PatientRow['allergies'],
      conditions: p.conditions as PatientRow['conditions'],
      alertFlags: p.alertFlags as PatientRow['alertFlags'],
      emergencyContact: (p.emergencyContact ?? null) as PatientRow['emergencyContact'],
    });
    const set = Object.fromEntries(
      (Object.keys(sealed) as (keyof typeof sealed)[])
        .filter((k) => typeof p[k] !== 'string' && p[k] !== null)
        .map((k) => [k, sealed[k]]),
    );
    await t.tx
      .update(patients)
      .set(set)
      .where(and(eq(patients.workspaceId, ws), eq(patients.id, p.id)));
  }
  const notes = await t.tx
    .select()
    .from(patientNotes)
    .where(and(eq(patientNotes.workspaceId, ws), not(like(patientNotes.body, 'pd1.%')), only(patientNotes.patientId)))
    .limit(batch)
    .for('update', lock);
  const files = await t.tx
    .select()
    .from(patientAttachments)
    .where(
      and(
        eq(patientAttachments.workspaceId, ws),
        isNotNull(patientAttachments.filename),
        not(like(patientAttachments.filename, 'pd1.%')),
        only(patientAttachments.patientId),
      ),
    )
    .limit(batch)
    .for('update', lock);
  // Notes and attachments are sealed under their patient's person (one query for the batch).
  const personOf = await personsOf(
    t,
    [...notes, ...files].map((r) => r.patientId),
  );
  for (const n of notes)
    await t.tx
      .update(patientNotes)
      .set({ body: await sealNoteBody(t, personOf.get(n.patientId) as string, n.body) })
      .where(and(eq(patientNotes.workspaceId, ws), eq(patientNotes.id, n.id)));
  for (const f of files)
    await t.tx
      .update(patientAttachments)
      .set({ filename: await sealFilename(t, personOf.get(f.patientId) as string, f.filename) })
      .where(and(eq(patientAttachments.workspaceId, ws), eq(patientAttachments.id, f.id)));
  return { patients: profiles.length, notes: notes.length, attachments: files.length };
}

async function personsOf(t: TxContext, patientIds: string[]): Promise<Map<string, string>> {
  if (patientIds.length === 0) return new Map();
  const rows = await t.tx
    .select({ id: patients.id, personId: patients.personId })
    .from(patients)
    .where(and(eq(patients.workspaceId, workspaceOf(t)), inArray(patients.id, [...new Set(patientIds)])));
  return new Map(rows.map((r) => [r.id, r.personId]));
}
