import { type TxContext, workspaceOf } from '@nexova/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Person } from '../contracts/person';
import { documentsOf } from './document-store';
import { openCustomerRows } from './personal-fields';
import { customers } from './schema';

/** People (living customers) by id with their documents; ids of deleted or unknown people are absent. */
export async function loadPeople(t: TxContext, ids: string[]): Promise<Map<string, Person>> {
  const people = new Map<string, Person>();
  if (ids.length === 0) return people;
  const rows = await openCustomerRows(
    t,
    await t.tx
      .select()
      .from(customers)
      .where(and(eq(customers.workspaceId, workspaceOf(t)), inArray(customers.id, ids), isNull(customers.deletedAt))),
  );
  const docs = await documentsOf(
    t,
    rows.map((r) => r.id),
  );
  for (const r of rows)
    people.set(r.id, {
      id: r.id,
      name: r.name,
      phone: r.phone,
      email: r.email,
      status: r.status as Person['status'],
      documents: docs.get(r.id) ?? [],
    });
  return people;
}
