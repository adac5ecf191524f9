import { type AppContext, withTransaction } from '@nexova/db';
import type { Person } from '../contracts/person';
import { loadPeople } from '../db/people-store';

export type GetPeopleInput = { personIds: string[] };

// People of the directory by id, with their identity documents, for modules that embed a person
// (the clinic's patients). Deleted or unknown ids are simply absent from the map.
export async function getPeople({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetPeopleInput;
}): Promise<Map<string, Person>> {
  return withTransaction(ctx, (t) => loadPeople(t, [...new Set(input.personIds)]));
}
