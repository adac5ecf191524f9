import {
  hasExample,
  type Json,
  mediaOf,
  namesIn,
  type OpenApi,
  type Operation,
  operationsOf,
  resolve,
} from './openapi-walk';

// The API convention (docs/API.md) as checks over the OpenAPI document. Each violation names the
// operation (`METHOD /path`), the rule and what is wrong.

export type Violation = { operation: string; rule: Rule; detail: string };
export type Rule =
  | 'snake_case_property'
  | 'lower_snake_enum'
  | 'snake_case_query'
  | 'path_param_named_for_resource'
  | 'collection_shape'
  | 'operation_id'
  | 'tags'
  | 'security'
  | 'workspace_header'
  | 'request_example'
  | 'response_example'
  | 'problem_responses'
  | 'created_location';

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
/** Query names a third party fixes and calls us with (Meta's webhook subscription check). */
const FOREIGN_QUERY = new Set(['hub.mode', 'hub.verify_token', 'hub.challenge']);
// Enum values: lower_snake or dotted event names (orders.order.canceled); values other standards
// define keep their spelling: ISO 4217 currencies (BRL), BCP 47 locales (pt-BR), media types, Bearer.
const ENUM_VALUE = /^([a-z0-9]+([_.][a-z0-9*]+)*|\*|[A-Z]{3}|[a-z]{2}(-[A-Z]{2})?|[a-z]+\/[a-z0-9.+-]+|Bearer)$/;
const LOWER_CAMEL = /^[a-z][a-zA-Z0-9]*$/;
const PROBLEM = '#/components/schemas/Problem';
const WRITES = new Set(['post', 'put', 'patch', 'delete']);

const successes = (op: Operation) => Object.entries(op.responses ?? {}).filter(([s]) => /^[123]\d\d$/.test(s));

function referencesProblem(doc: OpenApi, response: unknown): boolean {
  return mediaOf(doc, response).some(([type, media]) => {
    const schema = media.schema as Json | undefined;
    const refs = [schema?.$ref, ...((schema?.allOf as Json[] | undefined) ?? []).map((s) => s.$ref)];
    return type === 'application/problem+json' && refs.includes(PROBLEM);
  });
}

/** The problem statuses an operation must document, from what the document says about it. */
function requiredProblems(method: string, op: Operation): number[] {
  const has = (where: string, name?: string) =>
    (op.parameters ?? []).some((p) => p.in === where && (!name || p.name === name));
  const secured = (op.security ?? []).length > 0;
  const write = WRITES.has(method);
  return [
    400,
    ...(secured ? [401, 403] : []),
    ...(has('path') || has('header', 'x-workspace-id') ? [404] : []),
    ...(write ? [409, 422] : []),
    ...(has('header', 'if-match') ? [412] : []),
    ...(op.requestBody ? [413, 415] : []),
  ];
}

function checkOperation(doc: OpenApi, method: string, op: Operation, add: (r: Rule, d: string) => void) {
  const params = op.parameters ?? [];
  // Names: properties of every body (request and responses), query and path parameters.
  const bodies = [op.requestBody, ...Object.values(op.responses ?? {})].flatMap((holder) => mediaOf(doc, holder));
  const properties = new Set<string>();
  const enums = new Set<string>();
  for (const [, media] of bodies) {
    const names = namesIn(doc, media.schema);
    for (const name of names.properties) properties.add(name);
    for (const value of names.enums) enums.add(value);
  }
  for (const p of params.filter((p) => p.in === 'query')) {
    if (!SNAKE.test(p.name) && !FOREIGN_QUERY.has(p.name)) add('snake_case_query', p.name);
    for (const value of namesIn(doc, p.schema).enums) enums.add(value);
  }
  const badProperties = [...properties].filter((name) => !SNAKE.test(name));
  if (badProperties.length > 0) add('snake_case_property', badProperties.sort().join(', '));
  const badEnums = [...enums].filter((value) => !ENUM_VALUE.test(value));
  if (badEnums.length > 0) add('lower_snake_enum', badEnums.sort().join(', '));
  for (const p of params.filter((p) => p.in === 'path')) {
    // `{*}` is a wildcard (the rest of a file path), not a resource id.
    if (p.name === '*') continue;
    if (!SNAKE.test(p.name) || p.name === 'id') add('path_param_named_for_resource', `{${p.name}}`);
  }

  // Collections: a GET answering a list answers { items, next_cursor } and takes limit and cursor.
  if (method === 'get') {
    for (const [, response] of successes(op)) {
      for (const [, media] of mediaOf(doc, response)) {
        const schema = resolve(doc, media.schema);
        const props = (schema?.properties ?? {}) as Json;
        const listy = schema?.type === 'array' || 'items' in props || 'data' in props;
        if (!listy) continue;
        const query = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
        const missing = [
          ...(['items', 'next_cursor'] as const).filter((k) => !(k in props)),
          ...(['limit', 'cursor'] as const).filter((k) => !query.has(k)).map((k) => `?${k}`),
        ];
        if (missing.length > 0) add('collection_shape', `a list without ${missing.join(', ')}`);
      }
    }
  }

  if (!op.operationId || !LOWER_CAMEL.test(op.operationId)) add('operation_id', op.operationId ?? 'missing');
  const described = new Set((doc.tags ?? []).filter((t) => t.description).map((t) => t.name));
  if (!op.tags?.length || op.tags.some((t) => !described.has(t))) add('tags', JSON.stringify(op.tags ?? []));

  const schemes = Object.keys(doc.components?.securitySchemes ?? {});
  if (!Array.isArray(op.security) || op.security.some((r) => Object.keys(r).some((k) => !schemes.includes(k)))) {
    add('security', JSON.stringify(op.security ?? 'missing'));
  }
  const workspaceScoped = (op.security ?? []).some((r) => 'api_key' in r);
  if (workspaceScoped && !params.some((p) => p.in === 'header' && p.name === 'x-workspace-id')) {
    add('workspace_header', 'x-workspace-id is not a declared header parameter');
  }

  for (const [type, media] of mediaOf(doc, op.requestBody)) {
    if (!hasExample(doc, media)) add('request_example', type);
  }
  const answers = successes(op);
  if (answers.length === 0) add('response_example', 'no success response');
  for (const [status, response] of answers) {
    for (const [type, media] of mediaOf(doc, response)) {
      if (!hasExample(doc, media)) add('response_example', `${status} ${type}`);
    }
    const headers = Object.keys((resolve(doc, response)?.headers as Json | undefined) ?? {}).map((h) =>
      h.toLowerCase(),
    );
    if (status === '201' && !headers.includes('location')) add('created_location', '201 without a Location header');
  }

  const responses = op.responses ?? {};
  const missing = requiredProblems(method, op).filter((status) => !responses[status]);
  const notProblem = Object.entries(responses)
    .filter(([status, response]) => Number(status) >= 400 && !referencesProblem(doc, response))
    .map(([status]) => status);
  if (missing.length > 0) add('problem_responses', `missing ${missing.join(', ')}`);
  if (notProblem.length > 0) add('problem_responses', `not the Problem schema: ${notProblem.join(', ')}`);
}

/** Every violation of the convention, operation by operation. */
export function contractViolations(doc: OpenApi): Violation[] {
  const violations: Violation[] = [];
  const ids = new Map<string, string>();
  for (const { key, method, op } of operationsOf(doc)) {
    const add = (rule: Rule, detail: string) => violations.push({ operation: key, rule, detail });
    checkOperation(doc, method, op, add);
    if (op.operationId) {
      const other = ids.get(op.operationId);
      if (other) add('operation_id', `${op.operationId} is also ${other}`);
      ids.set(op.operationId, key);
    }
  }
  return violations;
}
