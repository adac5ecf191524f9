import { WORKSPACE_HEADER } from '../auth/workspace-context';
import { LOCATION_HEADER_OBJECT } from './created-header';
import { PROBLEM_RESPONSES, PROBLEM_SCHEMA_REF, problemComponents } from './problem-responses';
import { ROUTE_FACTS, type RouteFacts, securityOf } from './route-facts';
import { orderedTags } from './tags';

// What every operation of the document gets from one place instead of per-route declarations:
// its security requirement (from `config.auth`), the x-workspace-id header on workspace routes,
// and the problem responses it can give (shared components, one Problem schema).

type Json = Record<string, unknown>;
type Parameter = { in: string; name: string; [key: string]: unknown };
type Operation = {
  parameters?: Parameter[];
  requestBody?: Json;
  responses?: Record<string, Json>;
  security?: Record<string, string[]>[];
  tags?: string[];
  [ROUTE_FACTS]?: RouteFacts;
  [key: string]: unknown;
};
export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components?: Json & { schemas?: Json; responses?: Json; securitySchemes?: Json };
  tags?: { name: string; description?: string }[];
  [key: string]: unknown;
};

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const WRITES = new Set(['post', 'put', 'patch', 'delete']);

const workspaceParameter: Parameter = {
  in: 'header',
  name: WORKSPACE_HEADER,
  required: false,
  description:
    'The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.',
  schema: { type: 'string', format: 'uuid' },
  example: '0192f3a4-5b6c-7d8e-9f00-aabbccddeeff',
};

export const securitySchemes = {
  bearer: {
    type: 'http' as const,
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'An access token from POST /api/v1/auth/login (15 minutes; refresh it at POST /api/v1/auth/refresh).',
  },
  api_key: {
    type: 'http' as const,
    scheme: 'bearer',
    bearerFormat: 'nxk_…',
    description:
      'A workspace API key (`nxk_…`) from POST /api/v1/workspaces/{workspace_id}/api-keys, sent as `Authorization: Bearer nxk_…`. It implies its workspace.',
  },
};

/** The problem statuses an operation can answer, from its method, parameters, body and route facts. */
export function problemStatuses(method: string, op: Operation, facts: RouteFacts): number[] {
  const params = op.parameters ?? [];
  const has = (where: string, name?: string) => params.some((p) => p.in === where && (!name || p.name === name));
  const write = WRITES.has(method);
  const statuses = [400];
  // Every non-public route can refuse: a workspace route always declares a permission (a start-up
  // check), a user route refuses API keys, an admin route everyone else.
  if (facts.auth !== 'public') statuses.push(401, 403);
  if (has('path') || facts.auth === 'workspace') statuses.push(404);
  if (write) statuses.push(409);
  if (has('header', 'if-match')) statuses.push(412);
  if (op.requestBody || (write && method !== 'delete')) statuses.push(413);
  if (op.requestBody) statuses.push(415);
  if (write) statuses.push(422);
  if (facts.rate_limited) statuses.push(429);
  statuses.push(503);
  return statuses;
}

const referencesProblem = (schema: unknown): boolean =>
  typeof schema === 'object' &&
  schema !== null &&
  ((schema as Json).$ref === PROBLEM_SCHEMA_REF ||
    ((schema as Json).allOf as unknown[] | undefined)?.some((s) => (s as Json)?.$ref === PROBLEM_SCHEMA_REF) === true);

/** A route's own error response (a 412 with `current_version` …) as problem+json over the shared schema. */
function asProblem(status: number, response: Json): Json {
  const content = (response.content ?? {}) as Record<string, { schema?: unknown; example?: unknown }>;
  const own = content['application/problem+json'] ?? content['application/json'];
  if (own?.schema && referencesProblem(own.schema)) return response;
  const shared = problemComponents.responses[PROBLEM_RESPONSES[status] ?? ''] as Json | undefined;
  const sharedContent = (shared?.content as Record<string, { example?: unknown }> | undefined)?.[
    'application/problem+json'
  ];
  const schema = own?.schema ? { allOf: [{ $ref: PROBLEM_SCHEMA_REF }, own.schema] } : { $ref: PROBLEM_SCHEMA_REF };
  return {
    ...response,
    content: { 'application/problem+json': { schema, example: own?.example ?? sharedContent?.example } },
  };
}

function decorate(method: string, op: Operation): void {
  // A route the transform did not see (none today) is documented as public.
  const facts = op[ROUTE_FACTS] ?? { auth: 'public', rate_limited: true };
  delete op[ROUTE_FACTS];
  op.security = securityOf(facts.auth);
  // A body the route's schema lets the caller leave out (`.nullish()`, `.optional()`) is not required:
  // the typed client then accepts a call without one.
  if (facts.body_optional && op.requestBody) op.requestBody = { ...op.requestBody, required: false };
  if (facts.auth === 'workspace' && !op.parameters?.some((p) => p.in === 'header' && p.name === WORKSPACE_HEADER)) {
    op.parameters = [...(op.parameters ?? []), workspaceParameter];
  }
  const responses = { ...op.responses };
  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) >= 400 && !('$ref' in response)) responses[status] = asProblem(Number(status), response);
  }
  const ok = responses['200'];
  if (facts.alternates && ok && !('$ref' in ok)) {
    const content = { ...((ok.content ?? {}) as Json) };
    for (const [type, { description, example }] of Object.entries(facts.alternates))
      content[type] = { schema: { type: 'string', description }, example };
    responses['200'] = { ...ok, content };
  }
  const created = responses['201'];
  if (created && !('$ref' in created)) {
    const headers = (created.headers ?? {}) as Json;
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'location')) {
      responses['201'] = { ...created, headers: { location: LOCATION_HEADER_OBJECT, ...headers } };
    }
  }
  for (const status of problemStatuses(method, op, facts)) {
    responses[status] ??= { $ref: `#/components/responses/${PROBLEM_RESPONSES[status]}` };
  }
  op.responses = responses;
}

/** Applies the shared defaults to every operation and adds the components and ordered tags. */
export function applyOperationDefaults<T extends OpenApiDocument>(doc: T): T {
  const used: string[] = [];
  for (const item of Object.values(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      decorate(method, op);
      used.push(...(op.tags ?? []));
    }
  }
  doc.tags = orderedTags(used);
  doc.components = {
    ...doc.components,
    securitySchemes,
    schemas: { ...doc.components?.schemas, ...problemComponents.schemas },
    responses: { ...doc.components?.responses, ...problemComponents.responses },
  };
  return doc;
}
