import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../api/session';
import type { PermissionInfo } from './permission-grants';

/** The API's catalog of permissions (GET /permissions), for the permission picker. */
export function usePermissionCatalog() {
  const session = useSession();
  return useQuery({
    queryKey: ['settings', 'permission-catalog'],
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => {
      const all: PermissionInfo[] = [];
      for await (const p of session!.api.permissions.listAll({ query: { limit: 200 } })) all.push(p);
      return all;
    },
  });
}
