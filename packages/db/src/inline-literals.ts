import pg from 'pg';

// A parameterised statement written as one with literals, so it can ride in the same simple-protocol
// string as what statement-batch.ts held back (BEGIN, the workspace scope, a savepoint) instead of
// following it in a round trip of its own (issue 11). A quoted literal is of type `unknown` in
// PostgreSQL exactly as an untyped parameter is, so the server resolves each to the same type from
// its context. Values are rendered by node-postgres' own `prepareValue` — the text it would have sent
// as the parameter — then quoted by `escapeLiteral`. The price: this one statement is parsed and
// planned on the spot instead of reusing its prepared form.

/** Texts and parameter lists past these stay two round trips (a bulk insert gains nothing here). */
const MAX_PARAMS = 100;
const MAX_TEXT = 16_384;

// `pg.utils` is set on the default export (lib/index.js) but not in @types/pg.
const prepareValue = (pg as unknown as { utils: { prepareValue: (v: unknown) => unknown } }).utils.prepareValue;

function asLiteral(value: unknown): string {
  const prepared = prepareValue(value);
  if (prepared === null || prepared === undefined) return 'NULL';
  if (Buffer.isBuffer(prepared)) return `'\\x${prepared.toString('hex')}'`;
  return pg.escapeLiteral(String(prepared));
}

/**
 * `text` with `$1…$n` replaced by the literals of `params`, or undefined when that cannot be done
 * safely: dollar-quoted or E'' strings (a `$n` could hide inside), too many parameters, too long.
 * Placeholders inside quoted strings, quoted identifiers and comments are left alone.
 */
export function inlineLiterals(text: string, params: readonly unknown[]): string | undefined {
  if (params.length > MAX_PARAMS || text.length > MAX_TEXT) return undefined;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === "'" || c === '"') {
      if (c === "'" && /[eE]/.test(text[i - 1] ?? '') && !/\w/.test(text[i - 2] ?? '')) return undefined;
      const close = text.indexOf(c, i + 1);
      if (close < 0) return undefined;
      out += text.slice(i, close + 1);
      i = close + 1;
    } else if (c === '-' && next === '-') {
      const close = text.indexOf('\n', i);
      const stop = close < 0 ? text.length : close;
      out += text.slice(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return undefined;
      out += text.slice(i, close + 2);
      i = close + 2;
    } else if (c === '$' && !/\w/.test(text[i - 1] ?? '')) {
      const placeholder = /^\$(\d+)/.exec(text.slice(i, i + 8));
      if (!placeholder?.[1]) return undefined; // a dollar quote ($$ or $tag$)
      const n = Number(placeholder[1]);
      if (n < 1 || n > params.length) return undefined;
      out += asLiteral(params[n - 1]);
      i += placeholder[0].length;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
