import { can } from '../../api/permissions';

/** One permission of the API's catalog (GET /permissions). */
export type PermissionInfo = { name: string; description: string };
/** Permissions grouped by area (`orders:read` → `orders`), areas and permissions in name order. */
export type Area = { area: string; permissions: PermissionInfo[] };

export const areaOf = (permission: string) => permission.split(':')[0] ?? permission;
export const wildcardOf = (area: string) => `${area}:*`;

export function areasOf(catalog: readonly PermissionInfo[]): Area[] {
  const byArea = new Map<string, PermissionInfo[]>();
  for (const p of [...catalog].sort((a, b) => a.name.localeCompare(b.name))) {
    const list = byArea.get(areaOf(p.name)) ?? [];
    list.push(p);
    byArea.set(areaOf(p.name), list);
  }
  return [...byArea.entries()].map(([area, permissions]) => ({ area, permissions }));
}

/** Every permission of the catalog a set of grants (wildcards included) reaches: what a role grants. */
export const grantedBy = (grants: readonly string[], catalog: readonly PermissionInfo[]): string[] =>
  catalog.map((p) => p.name).filter((name) => can(grants, name));

/**
 * Whether the member may put `grant` in a role or key: only what they hold themselves (the API refuses
 * more). `orders:*` needs `orders:*` or `*` held, not merely each of today's orders permissions.
 */
export const mayGrant = (held: readonly string[], grant: string) => can(held, grant);

/** Toggles one grant, keeping the list sorted; turning an area's wildcard on drops its single grants. */
export function toggle(grants: readonly string[], grant: string, on: boolean): string[] {
  let next = grants.filter((g) => g !== grant);
  if (on) {
    if (grant.endsWith(':*')) next = next.filter((g) => areaOf(g) !== areaOf(grant));
    next.push(grant);
  }
  return next.sort();
}
