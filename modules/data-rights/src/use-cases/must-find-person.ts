import { getPeople } from '@nexova/customers';
import type { TxContext } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';

/** 404 `person_not_found` unless the person is in this workspace's directory (through customers' front door). */
export async function mustFindPerson(t: TxContext, personId: string): Promise<void> {
  const people = await getPeople({ ctx: t, input: { personIds: [personId] } });
  if (!people.has(personId)) throw new NotFoundError(`Person ${personId} was not found.`, { code: 'person_not_found' });
}
