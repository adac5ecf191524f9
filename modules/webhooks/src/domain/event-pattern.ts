// Which events an endpoint receives: `*` (everything), or `<domain>.<entity>.<action>` where any
// segment may be `*` (`orders.order.*`, `payments.*.*`). Pure; no I/O.

const SEGMENT = '([a-z][a-z0-9_]*|\\*)';
/** A valid subscription pattern. */
export const EVENT_PATTERN = new RegExp(`^(\\*|${SEGMENT}\\.${SEGMENT}\\.${SEGMENT})$`);

/** Whether `pattern` covers the event `type`. */
export function patternMatches(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  const p = pattern.split('.');
  const t = type.split('.');
  return p.length === t.length && p.every((part, i) => part === '*' || part === t[i]);
}

/** Whether any of an endpoint's patterns covers the event `type`. */
export const subscribes = (patterns: readonly string[], type: string) => patterns.some((p) => patternMatches(p, type));
