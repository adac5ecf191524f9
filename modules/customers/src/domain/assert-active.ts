import { ConflictError } from '@nexova/kernel';

/** A merged person is a tombstone: writes go to the survivor (409 naming it). */
export function assertActive(person: { id: string; status: string; mergedInto: string | null }): void {
  if (person.status === 'merged')
    throw new ConflictError(`Customer ${person.id} was merged into ${person.mergedInto}.`, {
      code: 'customer_merged',
      extensions: { merged_into: person.mergedInto },
    });
}
