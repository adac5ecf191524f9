import fc from 'fast-check';

// Malformed inputs for the OpenAPI fuzz test: a plausible value for any JSON schema of the committed
// openapi.json (so one mutation reaches deep validation and handlers), and values that break it.

export type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  example?: unknown;
  default?: unknown;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  additionalProperties?: Schema | boolean;
};

const UUID = '0195b2c4-6f1e-7b4a-9c7d-1f2e3a4b5c6d';

/** A value the schema most likely accepts: its example, else one built from its type. */
export function plausible(schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 8) return null;
  if (schema.example !== undefined) return schema.example;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (options) return plausible(options.find((o) => o.type !== 'null') ?? options[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries(schema.properties ?? {})) out[name] = plausible(prop, depth + 1);
      return out;
    }
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => plausible(schema.items, depth + 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'uuid') return UUID;
      if (schema.format === 'email') return 'fuzz@example.com';
      if (schema.format === 'date-time') return '2026-01-01T10:00:00Z';
      if (schema.format === 'date') return '2026-01-01';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    default:
      return null;
  }
}

/** Every JSON path (as property/index lists) inside a value, the root included. */
export function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) pathsOf(v, [...prefix, i], out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  }
  return out;
}

/** A copy of `value` with the node at `path` replaced (or removed when `replacement` is REMOVE). */
export const REMOVE = Symbol('remove');
export function mutate(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement === REMOVE ? undefined : replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as typeof node;
  const last = path[path.length - 1] as string | number;
  if (replacement === REMOVE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

/**
 * A copy of `value` with `poison` appended to every free-text string the schema describes (no
 * format, enum or pattern) and to the keys of free-form records; the rest stays plausible, so the
 * request passes validation and carries the poison to the handler and the database.
 */
export function poisonStrings(value: unknown, schema: Schema | undefined, poison: string, depth = 0): unknown {
  if (!schema || depth > 10) return value;
  const options = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (options) {
    const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    const match = options.find((o) => o.type === kind || (kind === 'number' && o.type === 'integer'));
    return poisonStrings(value, match ?? options[0], poison, depth + 1);
  }
  if (typeof value === 'string') {
    const free =
      !schema.format && !schema.enum && !(schema as { pattern?: string }).pattern && schema.const === undefined;
    return free ? `${value}${poison}` : value;
  }
  if (Array.isArray(value)) return value.map((v) => poisonStrings(v, schema.items, poison, depth + 1));
  if (value && typeof value === 'object') {
    const props = schema.properties ?? {};
    const record = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) =>
        props[k]
          ? [k, poisonStrings(v, props[k], poison, depth + 1)]
          : [record ? `${k}${poison}` : k, poisonStrings(v, record, poison, depth + 1)],
      ),
    );
  }
  return value;
}

/** What PostgreSQL refuses in text and jsonb: NUL and lone surrogates. */
export const poisons = fc.constantFrom('\u0000', 'a\u0000', '\ud800', '\udfff', '\u0000\ud83d');

/** Strings that databases, parsers and validators trip on; lone surrogates included. */
const anyUtf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});
export const nastyString = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfff',
    '\udfff\ud800',
    '',
    ' ',
    "' OR 1=1 --",
    '"; drop table x; --',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    'null',
    'NaN',
    '-1',
    '1e309',
    '9'.repeat(40),
    '0195b2c4-6f1e-7b4a-9c7d-1f2e3a4b5c6g',
    '00000000-0000-0000-0000-000000000000',
    '2026-02-30T25:61:00Z',
    '+99999999999999999999',
    '😀',
    '\u202e\u200b',
  ),
  anyUtf16,
  fc.constantFrom(300, 5_000, 70_000, 600_000).map((n) => 'x'.repeat(n)),
);
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom(-1, 0, -0.5, 0.5, -(2 ** 31), 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, 1e-320),
  fc.constantFrom(null, true, false, [], {}, [null], { a: '\u0000' }, { '\u0000': 1 }, ['\ud800']),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Raw request bodies that are not the JSON the route expects. */
export const rawBodies = fc.constantFrom(
  '{"a":',
  '[',
  '\u0000',
  'null',
  '"just a string"',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
);

/** Path segments: a bad id, an encoded NUL, invalid UTF-8, a very long parameter, traversal. */
export const nastySegment = fc.constantFrom(
  'not-a-uuid',
  '%00',
  '%ED%A0%80',
  '%C0%AF',
  'a'.repeat(150),
  '-1',
  '0',
  'null',
  '%2e%2e',
  '..%2F..%2Fetc',
  '%20',
  '0195b2c4-6f1e-7b4a-9c7d-1f2e3a4b5c6d%00',
  '%F0%9F%98%80',
);

/** Percent-encodes any string, lone surrogates as the invalid UTF-8 bytes of a CESU surrogate. */
export function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.replace(/[\s\S]/g, (ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0xd800 || code > 0xdfff) return encodeURIComponent(ch);
      return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    });
  }
}

export const ifMatchValues = fc.constantFrom(
  '*',
  '"1"',
  'W/"1"',
  '"-1"',
  '"99999999999999999999999"',
  'garbage',
  '""',
  ',,,',
  '"1", "2"',
  '"abc"',
);
