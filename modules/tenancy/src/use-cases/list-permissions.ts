import { declaredPermissions, decodeCursor, type Page, pageOf } from '@nexova/http';

export type ListPermissionsInput = { limit: number; cursor?: string };
export type PermissionView = { name: string; description: string };

// Every permission the code declares, by name, a page at a time (keyset on the name). Not tenant
// data: the same catalogue for everyone, read from the declarations in memory.
export function listPermissions({ input }: { input: ListPermissionsInput }): Page<PermissionView> {
  const after = decodeCursor(input.cursor)?.[0];
  const sorted = [...declaredPermissions()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rest = after === undefined ? sorted : sorted.filter((p) => p.name > String(after));
  return pageOf(rest.slice(0, input.limit + 1), input.limit, (p) => [p.name]);
}
