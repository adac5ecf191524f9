import type { ItemOf, operations } from '@nexova/client';
import { useQuery } from '@tanstack/react-query';
import { can } from '../../api/permissions';
import { useSession } from '../../api/session';

export type Patient = ItemOf<operations['listPatients']>;

/** The person's living clinical profile (null: none), when the member may read patients. */
export function usePatientOf(personId: string) {
  const session = useSession();
  return useQuery({
    queryKey: ['person', personId, 'patient'],
    enabled: !!session && can(session.permissions, 'patients:read'),
    queryFn: async ({ signal }) =>
      (await session!.api.patients.list({ query: { person_id: personId, limit: 1 }, signal })).items[0] ?? null,
  });
}
