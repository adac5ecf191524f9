import { type TxContext, workspaceOf } from '@nexova/db';
import { and, desc, eq } from 'drizzle-orm';
import type { Consent, ConsentRecord } from '../contracts/consent';
import { consentHistory, consents } from './schema';

export type ConsentRow = typeof consents.$inferSelect;
type HistoryRow = typeof consentHistory.$inferSelect;

export async function currentConsents(t: TxContext, personId: string): Promise<ConsentRow[]> {
  return t.tx
    .select()
    .from(consents)
    .where(and(eq(consents.workspaceId, workspaceOf(t)), eq(consents.personId, personId)))
    .orderBy(consents.purpose);
}

export async function historyOf(t: TxContext, personId: string): Promise<HistoryRow[]> {
  return t.tx
    .select()
    .from(consentHistory)
    .where(and(eq(consentHistory.workspaceId, workspaceOf(t)), eq(consentHistory.personId, personId)))
    .orderBy(desc(consentHistory.recordedAt), desc(consentHistory.version));
}

export const toConsent = (r: ConsentRow): Consent => ({
  person_id: r.personId,
  purpose: r.purpose as Consent['purpose'],
  legal_basis: r.legalBasis as Consent['legal_basis'],
  status: r.status as Consent['status'],
  source: r.source as Consent['source'],
  decided_at: r.decidedAt.toISOString(),
  recorded_by: { type: r.actorType, id: r.actorId },
  version: r.version,
  updated_at: r.updatedAt.toISOString(),
});

export const toConsentRecord = (r: HistoryRow): ConsentRecord => ({
  purpose: r.purpose as ConsentRecord['purpose'],
  legal_basis: r.legalBasis as ConsentRecord['legal_basis'],
  status: r.status as ConsentRecord['status'],
  source: r.source as ConsentRecord['source'],
  decided_at: r.decidedAt.toISOString(),
  recorded_by: { type: r.actorType, id: r.actorId },
  version: r.version,
  recorded_at: r.recordedAt.toISOString(),
});
