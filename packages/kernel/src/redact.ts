/** Replacement values by key, applied at any depth of a JSON value (nested objects and arrays). */
export type Redactions = Record<string, unknown>;

/** A copy of `value` where every property named in `redactions` holds its replacement (erasure). */
export function redactValue(value: unknown, redactions: Redactions): unknown {
  if (Array.isArray(value)) return value.map((v) => redactValue(v, redactions));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, k in redactions ? redactions[k] : redactValue(v, redactions)]),
  );
}
