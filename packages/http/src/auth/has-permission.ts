// Permissions are `resource:action` strings. A grant may use `*` for a whole segment
// (`orders:*`, `*:read`) or be `*` alone, which grants everything.

/** Whether one grant covers the permission needed. */
export function grantCovers(grant: string, needed: string): boolean {
  if (grant === '*') return true;
  const g = grant.split(':');
  const n = needed.split(':');
  if (g.length !== n.length) return false;
  return g.every((part, i) => part === '*' || part === n[i]);
}

/** Whether any of the granted permissions covers `needed`. */
export function hasPermission(granted: readonly string[] | undefined, needed: string): boolean {
  return (granted ?? []).some((grant) => grantCovers(grant, needed));
}

const PERMISSION = /^[a-z][a-z0-9_]*:[a-z][a-z0-9_]*$/;
const GRANT = /^(\*|([a-z][a-z0-9_]*|\*):([a-z][a-z0-9_]*|\*))$/;

/** A declared permission: `resource:action`, lower case, no wildcard. */
export const isPermissionName = (value: string) => PERMISSION.test(value);
/** A grant: a permission or a wildcard form of one. */
export const isGrant = (value: string) => GRANT.test(value);

const registry = new Map<string, string>();

/** Declares permissions with their descriptions (for `GET /api/v1/permissions` and validation). */
export function definePermissions<const T extends Record<string, string>>(permissions: T): { [K in keyof T]: K } {
  for (const [name, description] of Object.entries(permissions)) {
    if (!isPermissionName(name)) throw new Error(`Permission "${name}" must be resource:action in lower case.`);
    const existing = registry.get(name);
    if (existing !== undefined && existing !== description) throw new Error(`Permission ${name} is declared twice.`);
    registry.set(name, description);
  }
  return Object.fromEntries(Object.keys(permissions).map((k) => [k, k])) as { [K in keyof T]: K };
}

/** Every declared permission, sorted by name. */
export function declaredPermissions(): { name: string; description: string }[] {
  return [...registry.entries()]
    .map(([name, description]) => ({ name, description }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
