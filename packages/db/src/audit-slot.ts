import type { AuditNote } from '@nexova/kernel';
import type { TxContext } from './types';

// The audit note of a unit of work and who persists it. The database layer knows nothing of the
// audit module's tables: the composition root hands the writer (the audit module's appendEntry) to
// whoever opens the note — the HTTP layer per mutating request, a consumer, the agent per tool call.

/** Persists a note inside the transaction it describes (the last statement before COMMIT). */
export type AuditWriter = (t: TxContext, note: AuditNote) => Promise<void>;

export type AuditSlot = { note: AuditNote; write: AuditWriter };

/**
 * Called by withTransaction on the outermost transaction, after its work and right before COMMIT:
 * writes the open note once (a second transaction of the same request finds it written). The
 * writer takes the workspace chain's lock, so the lock is held only for the commit itself.
 */
export async function flushAudit(t: TxContext): Promise<void> {
  const slot = t.audit;
  if (!slot || slot.note.state !== 'open') return;
  await slot.write(t, slot.note);
  slot.note.state = 'written';
}
