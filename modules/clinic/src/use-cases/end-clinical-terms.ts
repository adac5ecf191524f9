import { type AuditWriter, type Database, queryRows, withTransaction, workspaceOf } from '@nexova/db';
import { requestFileDeletion } from '@nexova/files';
import { systemContext } from '@nexova/kernel';
import { personal } from '@nexova/privacy';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { patientAttachments, patients } from '../db/schema';
import { sealClearBatch } from './seal-clear-records';

export type EndClinicalTermsInput = {
  /** Last clinical activity before this (the default term) ends the record's term. */
  cutoff: Date;
  /** Workspaces with their own term (PUT /retention clinical_records_days): their cutoffs. */
  overrides?: Record<string, Date>;
  batch: number;
  dryRun?: boolean;
  /** The audit trail's writer (absent when AUDIT_ENABLED=false): one entry per shredded person. */
  audit?: AuditWriter;
};
export type EndClinicalTermsResult = { shredded: number; dryRun: boolean };

const LEGACY_BATCH = 10_000;

// The end of the clinical term (Lei 13.787/2018; docs/PRIVACY.md): a clinical record outlives the
// erasure of its person for as long as the law keeps it; once that term has passed since the patient's
// last clinical activity, the person's health key is shredded, so every clinical value sealed with it
// (profile, notes, attachment names, in any copy or backup) is unreadable for good. Their attachment files
// — bytes not sealed — are deleted with their rows. Legacy clear rows are sealed first so nothing of them
// survives in clear. One transaction per person, with one audit entry naming only the person's id.
export async function endClinicalTerms(db: Database, input: EndClinicalTermsInput): Promise<EndClinicalTermsResult> {
  const overrides = JSON.stringify(
    Object.fromEntries(Object.entries(input.overrides ?? {}).map(([ws, d]) => [ws, d.toISOString()])),
  );
  const due = (max: number) =>
    queryRows<{ workspace_id: string; person_id: string }>(
      db,
      sql`select workspace_id, person_id from clinic.clinical_terms_ended(${input.cutoff.toISOString()}::timestamptz, ${max}, ${overrides}::jsonb)`,
    );
  if (input.dryRun) return { shredded: (await due(2_147_483_647)).length, dryRun: true };
  let shredded = 0;
  for (;;) {
    const batch = await due(input.batch);
    for (const row of batch) await shredHealthKey(db, row.workspace_id, row.person_id, input.audit);
    shredded += batch.length;
    if (batch.length < input.batch) return { shredded, dryRun: false };
  }
}

async function shredHealthKey(db: Database, workspaceId: string, personId: string, write?: AuditWriter) {
  const ctx = {
    ...systemContext(workspaceId, 'retention'),
    db,
    ...(write
      ? {
          audit: {
            note: {
              action: 'privacy.clinical_record_shredded',
              category: 'privacy' as const,
              severity: 'warning' as const,
              target: { type: 'person', id: personId },
              state: 'open' as const,
            },
            write,
          },
        }
      : {}),
  };
  await withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const ids = (
      await t.tx
        .select({ id: patients.id })
        .from(patients)
        .where(and(eq(patients.workspaceId, ws), eq(patients.personId, personId)))
    ).map((p) => p.id);
    if (ids.length > 0) {
      await sealClearBatch(t, LEGACY_BATCH, ids);
      const files = await t.tx
        .delete(patientAttachments)
        .where(and(eq(patientAttachments.workspaceId, ws), inArray(patientAttachments.patientId, ids)))
        .returning({ key: patientAttachments.fileKey });
      await requestFileDeletion(
        t,
        files.map((f) => f.key),
      );
    }
    await personal(t, 'health').shred(personId);
  });
}
