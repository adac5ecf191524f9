import type { TxContext } from '@nexova/db';
import { personal } from '@nexova/privacy';

// Free-text notes about a person say anything about them: the body is sealed with the person's data
// key (docs/PRIVACY.md), bound to its note id so a body copied to another note does not open.

/** Seals a note body under the person's key, bound to the note. */
export const sealNoteBody = (t: TxContext, personId: string, noteId: string, body: string) =>
  personal(t).seal(personId, `note/${noteId}`, body);

/** Note rows with their bodies opened (one key query); an erased person's body opens to ''. */
export async function openNoteRows<R extends { id: string; customerId: string; body: string }>(
  t: TxContext,
  rows: R[],
): Promise<R[]> {
  const bodies = await personal(t).openMany(
    rows.map((r) => ({ personId: r.customerId, field: `note/${r.id}`, stored: r.body })),
  );
  return rows.map((r, i) => ({ ...r, body: bodies[i] ?? '' }));
}
