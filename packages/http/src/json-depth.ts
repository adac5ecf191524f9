/**
 * Whether a JSON text nests objects and arrays deeper than `max`: one pass over the characters,
 * skipping string contents (escapes included), without parsing. A body past the limit is refused
 * before JSON.parse, the validators or the idempotency fingerprint recurse into it.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash: the next character is escaped
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}
