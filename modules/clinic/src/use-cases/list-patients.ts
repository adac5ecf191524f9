import { findPersonIds } from '@nexova/customers';
import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Patient } from '../contracts/patient';
import { patients } from '../db/schema';
import { withPeople } from './patient-view';

export type ListPatientsInput = {
  q?: string;
  /** Only this person's profile (the person page asks for it). */
  person_id?: string;
  limit?: number;
  cursor?: string;
  /** Most people a search considers (PATIENT_SEARCH_MAX_PEOPLE). */
  searchMaxPeople: number;
};

// Living patients newest first. `q` matches the person's name (accents, typos), phone or an exact identity
// document number: the directory finds the people, this module pages the patients among them;
// `person_id` narrows to one person's living profile.
export async function listPatients({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListPatientsInput;
}): Promise<Page<Patient>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const filters: (SQL | undefined)[] = [
      eq(patients.workspaceId, workspaceOf(t)),
      eq(patients.status, 'active'),
      keysetAfterId(patients.id, after, 'desc'),
    ];
    if (input.person_id) filters.push(eq(patients.personId, input.person_id));
    if (input.q?.trim()) {
      const people = await findPersonIds({ ctx: t, input: { q: input.q, limit: input.searchMaxPeople } });
      if (people.length === 0) return { items: [], next_cursor: null };
      filters.push(inArray(patients.personId, people));
    }
    const rows = await t.tx
      .select()
      .from(patients)
      .where(and(...filters))
      .orderBy(desc(patients.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (r) => [r.id]);
    return { ...page, items: await withPeople(t, page.items) };
  });
}
