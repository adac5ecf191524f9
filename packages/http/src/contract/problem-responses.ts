// The shared problem+json documentation every operation points at: one `Problem` schema, one
// response per status (with its headers and an example), referenced instead of copied inline.

export const PROBLEM_SCHEMA_REF = '#/components/schemas/Problem';

const fieldError = {
  type: 'object',
  required: ['pointer', 'message'],
  properties: {
    pointer: { type: 'string', description: 'JSON pointer to the field, in the part named by `in`.' },
    in: { type: 'string', enum: ['body', 'query', 'params', 'headers'] },
    message: { type: 'string', description: 'What is wrong, for people, in the language of Accept-Language.' },
    code: { type: 'string', description: 'Stable code of the check that failed (`required`, `too_small` …).' },
  },
  example: { pointer: '/first_name', in: 'body', message: 'first_name is required', code: 'required' },
};

const problem = {
  type: 'object',
  description: 'RFC 9457 problem details with a stable `code` and the request id.',
  required: ['type', 'title', 'status', 'detail', 'code', 'request_id'],
  additionalProperties: true,
  properties: {
    type: { type: 'string', format: 'uri', description: 'https://nexova.dev/problems/<code>' },
    title: { type: 'string', description: 'Short summary, translated from Accept-Language.' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'What happened and what to do, for people.' },
    instance: { type: 'string', description: 'The request path.' },
    code: { type: 'string', description: 'Stable lower_snake code for programs.' },
    request_id: { type: 'string', description: 'Also in the X-Request-Id header; quote it to support.' },
    errors: { type: 'array', items: { $ref: '#/components/schemas/FieldError' } },
  },
};

const header = (description: string, type = 'string') => ({ description, schema: { type } });
const retryAfter = header('Seconds to wait before retrying.', 'integer');

type Spec = {
  title: string;
  status: number;
  description: string;
  code: string;
  detail: string;
  headers?: object;
  extra?: object;
};

const specs: Record<string, Spec> = {
  BadRequest: {
    title: 'Validation failed',
    status: 400,
    description: 'The request is not valid: each entry of `errors` names a field and what is wrong with it.',
    code: 'validation_failed',
    detail: 'The request body is not valid: body/first_name.',
    extra: { errors: [fieldError.example] },
  },
  Unauthorized: {
    title: 'Unauthorized',
    status: 401,
    description:
      'No valid credential. `WWW-Authenticate` says why: an expired access token → refresh it at POST /api/v1/auth/refresh (`code` token_expired); anything else → sign in again.',
    code: 'token_expired',
    detail: 'The access token expired; get a new one with your refresh token at POST /api/v1/auth/refresh.',
    headers: {
      'www-authenticate': header(
        'Bearer realm="nexova", error="invalid_token", error_description="…" (RFC 6750); just the realm when no credential was sent.',
      ),
    },
    extra: { refresh: true },
  },
  Forbidden: {
    title: 'Forbidden',
    status: 403,
    description: 'Authenticated, but the role or API key does not grant the permission this needs.',
    code: 'forbidden',
    detail: 'This needs the "orders:write" permission.',
    extra: { permission: 'orders:write' },
  },
  NotFound: {
    title: 'Not found',
    status: 404,
    description: 'No such resource in this workspace (or the workspace itself is not one the caller can see).',
    code: 'not_found',
    detail: 'The workspace was not found.',
  },
  Conflict: {
    title: 'Conflict',
    status: 409,
    description:
      'Conflicts with the current state: a concurrent change (`version_conflict`), an Idempotency-Key still in use, a duplicate.',
    code: 'version_conflict',
    detail: 'Another request changed this resource; read it again and retry.',
  },
  PreconditionFailed: {
    title: 'Precondition failed',
    status: 412,
    description: 'If-Match names a version that is no longer current; the problem names `current_version`.',
    code: 'version_mismatch',
    detail: 'The resource is at version 4; If-Match named 3.',
    headers: { etag: header('The current ETag.') },
    extra: { current_version: 4 },
  },
  PayloadTooLarge: {
    title: 'Payload too large',
    status: 413,
    description: 'The body is larger than this operation accepts.',
    code: 'payload_too_large',
    detail: 'The request body is larger than this endpoint accepts.',
  },
  UnsupportedMediaType: {
    title: 'Unsupported media type',
    status: 415,
    description: 'The body is not of a media type this operation accepts (JSON unless it says otherwise).',
    code: 'unsupported_media_type',
    detail: 'This endpoint accepts application/json bodies only.',
  },
  Unprocessable: {
    title: 'Unprocessable entity',
    status: 422,
    description: 'Well-formed but refused by a business rule, or an Idempotency-Key reused with a different request.',
    code: 'idempotency_key_reused',
    detail: 'This Idempotency-Key was used with a different request.',
  },
  TooManyRequests: {
    title: 'Too many requests',
    status: 429,
    description: 'Over a rate limit; the problem names the policy. Retry after `Retry-After` seconds.',
    code: 'quota_exceeded',
    detail: 'Too many requests for this workspace; retry in 12 s.',
    headers: {
      'retry-after': retryAfter,
      ratelimit: header('Remaining quota of the tightest policy (draft-ietf-httpapi-ratelimit-headers).'),
      'ratelimit-policy': header('The policies that apply to this request.'),
    },
  },
  ServiceUnavailable: {
    title: 'Service unavailable',
    status: 503,
    description: 'The database or a dependency is unavailable for a moment; retry after `Retry-After` seconds.',
    code: 'database_unavailable',
    detail: 'The database is unavailable; retry in 5 s.',
    headers: { 'retry-after': retryAfter },
  },
};

/** Status → name of the shared response in `components.responses`. */
export const PROBLEM_RESPONSES: Record<number, string> = Object.fromEntries(
  Object.entries(specs).map(([name, spec]) => [spec.status, name]),
);

function response(spec: Spec) {
  const example = {
    type: `https://nexova.dev/problems/${spec.code.replace(/_/g, '-')}`,
    title: spec.title,
    status: spec.status,
    detail: spec.detail,
    instance: '/api/v1/orders',
    code: spec.code,
    request_id: '0192f3a4-5b6c-7d8e-9f00-112233445566',
    ...spec.extra,
  };
  return {
    description: spec.description,
    ...(spec.headers ? { headers: spec.headers } : {}),
    content: { 'application/problem+json': { schema: { $ref: PROBLEM_SCHEMA_REF }, example } },
  };
}

/** `components.schemas` and `components.responses` entries for problems. */
export const problemComponents = {
  schemas: { Problem: problem, FieldError: fieldError },
  responses: Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, response(spec)])),
};
