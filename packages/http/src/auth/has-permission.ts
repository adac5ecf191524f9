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

/**
 * Every grant that covers `needed` (a `resource:action`): the permission itself, its wildcard forms
 * and `*`. A role covers `needed` exactly when its grants meet this list — what SQL asks with
 * `permissions && <list>` (one statement instead of reading every role).
 */
export function grantsCovering(needed: string): string[] {
  const [resource, action] = needed.split(':');
  return [needed, `${resource}:*`, `*:${action}`, '*:*', '*'];
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

/**
 * The grants of `wanted` that `granter` does not hold. A wildcard asked for needs a grant at least
 * as wide (`orders:*` needs `orders:*` or `*`, not `orders:read`): the one rule for "nobody grants
 * what they do not hold" — roles, members, invitations and API keys all ask it.
 */
export function grantsNotHeld(granter: readonly string[] | undefined, wanted: readonly string[]): string[] {
  return wanted.filter((grant) => !hasPermission(granter, grant));
}

/** The intersection of two grants (segment by segment, exact for this grammar), or null when empty. */
function intersectOne(a: string, b: string): string | null {
  if (a === '*') return b;
  if (b === '*') return a;
  const x = a.split(':');
  const y = b.split(':');
  if (x.length !== y.length) return null;
  const parts = x.map((part, i) => {
    const other = y[i] as string;
    if (part === '*') return other;
    if (other === '*' || other === part) return part;
    return null;
  });
  return parts.includes(null) ? null : parts.join(':');
}

/** What both grant lists allow (an API key never does more than its creator can do today). */
export function intersectGrants(a: readonly string[], b: readonly string[]): string[] {
  const out = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      const both = intersectOne(x, y);
      if (both) out.add(both);
    }
  }
  return [...out];
}

/**
 * Whether a grant names something the code declares: a declared permission, `*`, `resource:*` of
 * a declared resource or `*:action` of a declared action (`orders:fly`, `prodcts:read` are not).
 */
export function isKnownGrant(grant: string): boolean {
  if (grant === '*' || grant === '*:*') return true;
  if (!isGrant(grant)) return false;
  const [resource, action] = grant.split(':');
  for (const name of registry.keys()) {
    const [r, a] = name.split(':');
    if ((resource === '*' || resource === r) && (action === '*' || action === a)) return true;
  }
  return false;
}
