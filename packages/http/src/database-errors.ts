import { type AppError, BadRequestError, UnprocessableError } from '@nexova/kernel';

// Defence in depth: input that validation let through but PostgreSQL refuses (data exception
// class 22) is the client's fault, not the server's. The input guard and the schemas should stop
// all of it first; reaching here is logged at debug level like any other client error.
const CLIENT_DATA_ERRORS: Record<string, () => AppError> = {
  '22021': () =>
    new BadRequestError('The request contains characters that cannot be stored (NUL).', { code: 'invalid_text' }),
  '22P05': () =>
    new BadRequestError('The request contains characters that cannot be stored (NUL or a lone surrogate).', {
      code: 'invalid_text',
    }),
  '22001': () => new UnprocessableError('A value is longer than this field can hold.', { code: 'value_too_long' }),
  '22003': () =>
    new UnprocessableError('A number is outside the range this field can hold.', { code: 'number_out_of_range' }),
  '22P02': () => new BadRequestError('A value does not have the expected format.', { code: 'invalid_value' }),
  '22007': () => new BadRequestError('A date or time does not have the expected format.', { code: 'invalid_value' }),
  '22008': () => new UnprocessableError('A date or time is out of range.', { code: 'invalid_value' }),
};

/** The SQLSTATE of a database error, looked up through Drizzle's wrapper (`cause`) chain. */
export function sqlStateOf(error: unknown): string | undefined {
  let current = error as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) return current.code;
    current = current.cause as typeof current;
  }
  return undefined;
}

/** A 4xx AppError for a PostgreSQL data exception caused by the request's input, or undefined. */
export function clientDataError(error: unknown): AppError | undefined {
  const state = sqlStateOf(error);
  return state ? CLIENT_DATA_ERRORS[state]?.() : undefined;
}
