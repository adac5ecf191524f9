/** Whether one grant (`*`, `orders:*`, `orders:read`) covers a permission, as the API decides it. */
function grants(grant: string, needed: string): boolean {
  if (grant === '*') return true;
  const g = grant.split(':');
  const n = needed.split(':');
  return g.length === n.length && g.every((part, i) => part === '*' || part === n[i]);
}

/** Whether a member holding `held` may do `needed` (no requirement: anyone signed in). */
export function can(held: readonly string[], needed: string | undefined): boolean {
  return needed === undefined || held.some((grant) => grants(grant, needed));
}
