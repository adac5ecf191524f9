import type { ItemOf, operations } from '@nexova/client';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../api/session';

export type Role = ItemOf<operations['listRoles']>;

/** Every role of the workspace (a handful: one query, all pages). */
export function useRoles(enabled = true) {
  const session = useSession();
  return useQuery({
    queryKey: ['settings', 'roles', session?.workspace?.id],
    enabled: enabled && !!session?.workspace,
    queryFn: async () => {
      const roles: Role[] = [];
      for await (const role of session!.api.roles.listAll({ query: { limit: 200 } })) roles.push(role);
      return roles;
    },
  });
}
