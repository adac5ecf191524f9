import type { AuditNote } from '@nexova/kernel';
import type { TxContext } from './types';

// The audit note of a unit of work and who persists it. The database layer knows nothing of the
// audit module's tables: the composition root hands the writer (the audit module's appendEntry) to
// whoever opens the note — the HTTP layer per mutating request, a consumer, the agent per tool call.

/** Persists a note inside the transaction it describes (the last statement before COMMIT). */
export type AuditWriter = (t: TxContext, note: AuditNote) => Promise<void>;

export type AuditSlot = { note: AuditNote; write: AuditWriter };

/**
 * Called by withTransaction on every outermost transaction, after its work and right before COMMIT:
 * the writer appends the note only when the transaction changed something (the database knows: it
 * assigned a transaction id), so a read-only transaction of the request adds nothing and its write
 * transaction adds the one entry. The writer takes the workspace chain's lock, held only for the
 * commit itself. A skipped note (an idempotent replay) is not written.
 */
export async function flushAudit(t: TxContext): Promise<void> {
  const slot = t.audit;
  if (slot?.note.state !== 'open') return;
  await slot.write(t, slot.note);
}
