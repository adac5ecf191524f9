import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { assertExpectedVersion, newId, noteAudit, versionRaceLost } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { Consent } from '../contracts/consent';
import { toConsent } from '../db/consent-store';
import { consentHistory, consents } from '../db/schema';
import type { ConsentPurpose, ConsentSource, ConsentStatus, LegalBasis } from '../domain/consent';
import { mustFindPerson } from './must-find-person';

export type RecordConsentInput = {
  personId: string;
  purpose: ConsentPurpose;
  legalBasis: LegalBasis;
  status: ConsentStatus;
  source: ConsentSource;
  /** When the person decided; absent: now. */
  decidedAt?: Date;
  /** Optimistic concurrency (If-Match): 412 when the consent changed since this version. */
  expectedVersion?: number;
};

// Records a person's decision for one purpose (PUT: idempotent). The same decision again changes
// nothing; a different one bumps the version and adds a history record (a withdrawal never deletes
// the grant that came before it).
export async function recordConsent({ ctx, input }: { ctx: AppContext; input: RecordConsentInput }): Promise<Consent> {
  return withTransaction(ctx, async (t) => {
    await mustFindPerson(t, input.personId);
    const ws = workspaceOf(t);
    const where = and(
      eq(consents.workspaceId, ws),
      eq(consents.personId, input.personId),
      eq(consents.purpose, input.purpose),
    );
    const [current] = await t.tx.select().from(consents).where(where).for('update');
    noteAudit(t, { category: 'privacy', target: { type: 'person', id: input.personId } });
    const what = `The ${input.purpose} consent of person ${input.personId}`;
    if (current) assertExpectedVersion(current.version, input.expectedVersion, what);
    else assertExpectedVersion(0, input.expectedVersion ?? 0, what);
    if (
      current &&
      current.status === input.status &&
      current.legalBasis === input.legalBasis &&
      current.source === input.source &&
      (input.decidedAt === undefined || current.decidedAt.getTime() === input.decidedAt.getTime())
    )
      return toConsent(current);
    const now = new Date();
    const decision = {
      legalBasis: input.legalBasis,
      status: input.status,
      source: input.source,
      decidedAt: input.decidedAt ?? now,
      actorType: t.actor.type,
      actorId: t.actor.id ?? null,
    };
    let row: typeof consents.$inferSelect | undefined;
    if (current) {
      [row] = await t.tx
        .update(consents)
        .set({ ...decision, version: current.version + 1, updatedAt: now })
        .where(and(where, eq(consents.version, current.version)))
        .returning();
      if (!row) versionRaceLost(current.version, input.expectedVersion, what);
    } else {
      [row] = await t.tx
        .insert(consents)
        .values({ id: newId(), workspaceId: ws, personId: input.personId, purpose: input.purpose, ...decision })
        .onConflictDoNothing()
        .returning();
      if (!row) versionRaceLost(0, input.expectedVersion, what);
    }
    const saved = row as typeof consents.$inferSelect;
    await t.tx.insert(consentHistory).values({
      id: newId(),
      workspaceId: ws,
      personId: input.personId,
      purpose: input.purpose,
      ...decision,
      version: saved.version,
      recordedAt: now,
    });
    noteAudit(t, {
      changes: { status: { before: current?.status ?? null, after: saved.status } },
    });
    return toConsent(saved);
  });
}
