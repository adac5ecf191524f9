import { type FieldError, ValidationError } from '@nexova/kernel';
import type { FastifyInstance } from 'fastify';

type Where = NonNullable<FieldError['in']>;

// PostgreSQL stores neither a NUL character (text: 22021, jsonb: 22P05) nor a lone UTF-16 surrogate
// (jsonb keeps the escape and refuses it: 22P05; text silently turns it into U+FFFD). Both are
// refused once, here, for every route, instead of in every schema.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MAX_DEPTH = 64;

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Why a string cannot be stored, or null when it can. */
export function unstorableReason(value: string): string | null {
  const match = UNSTORABLE.exec(value);
  if (!match) return null;
  return match[0] === '\u0000' ? 'must not contain a NUL character (\\u0000)' : 'must not contain a lone surrogate';
}

/** Every field (value or key) of a parsed JSON value, query or params that PostgreSQL would refuse. */
export function findUnstorable(value: unknown, where: Where, pointer = '', depth = 0, found: FieldError[] = []) {
  if (found.length >= 20 || depth > MAX_DEPTH) return found;
  if (typeof value === 'string') {
    const reason = unstorableReason(value);
    if (reason) found.push({ pointer, in: where, message: reason, code: 'unstorable_character' });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      findUnstorable(item, where, `${pointer}/${i}`, depth + 1, found);
    });
  } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      const at = `${pointer}/${escapePointer(key)}`;
      const reason = unstorableReason(key);
      if (reason) found.push({ pointer: at, in: where, message: `name ${reason}`, code: 'unstorable_character' });
      findUnstorable(item, where, at, depth + 1, found);
    }
  }
  return found;
}

/** A ValidationError (400) naming every unstorable field, or null. */
export function unstorableError(parts: Partial<Record<Where, unknown>>): ValidationError | null {
  const found: FieldError[] = [];
  for (const [where, value] of Object.entries(parts)) findUnstorable(value, where as Where, '', 0, found);
  if (found.length === 0) return null;
  const fields = found.map((f) => `${f.in}${f.pointer}`).join(', ');
  return new ValidationError(
    `The request contains characters that cannot be stored (NUL or a lone surrogate): ${fields}.`,
    found,
  );
}

/** preValidation on every route: params, query and the parsed body are scanned before any schema runs. */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const error = unstorableError({ params: request.params, query: request.query, body: request.body });
    if (error) throw error;
  });
}
