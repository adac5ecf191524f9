import { randomUUID } from 'node:crypto';
import { API_KEY_PREFIX } from '@nexova/http';
import fc from 'fast-check';
import {
  encode,
  ifMatchValues,
  mutate,
  nastySegment,
  nastyString,
  nastyValue,
  pathsOf,
  plausible,
  poisonStrings,
  poisons,
  REMOVE,
  rawBodies,
  type Schema,
} from './malformed';
import { multipartCases, multipartOf } from './multipart-cases';

// The fuzzer's request generator: who sends it, which path segments, query, headers and body.

export type Operation = {
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

type Who = 'member' | 'none' | 'garbage-token' | 'garbage-key';
const who = fc.constantFrom<Who>('member', 'member', 'member', 'member', 'none', 'garbage-token', 'garbage-key');
const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constant('real') },
  { weight: 1, arbitrary: fc.constant('random') },
  { weight: 3, arbitrary: nastySegment },
  { weight: 2, arbitrary: nastyString.filter((s) => s.length < 400).map(encode) },
);
const body = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('mutate'),
      at: fc.nat(),
      value: fc.oneof(nastyValue, fc.constant(REMOVE)),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('plausible') }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('poison'), poison: poisons }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw'), raw: rawBodies }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('json'), value: fc.jsonValue({ maxDepth: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('none') }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('type'),
      type: fc.constantFrom(
        'text/plain',
        'application/xml',
        'multipart/form-data',
        'application/json; charset=utf-16',
        'text/csv',
      ),
    }),
  },
);
const headerValue = fc.constantFrom(
  'not-a-uuid',
  '',
  ' ',
  '0195b2c4-6f1e-7b4a-9c7d-1f2e3a4b5c6d',
  'x'.repeat(300),
  '../..',
  'null',
);
export const request = fc.record({
  who,
  segments: fc.array(segment, { minLength: 3, maxLength: 3 }),
  query: fc.array(
    fc.option(fc.oneof(fc.constant('plausible'), nastyString, fc.integer().map(String)), { nil: undefined }),
    { minLength: 12, maxLength: 12 },
  ),
  stray: fc.option(
    nastyString.filter((s) => s.length < 400),
    { nil: undefined },
  ),
  body,
  upload: fc.constantFrom(...multipartCases),
  ifMatch: fc.option(ifMatchValues, { nil: undefined }),
  idempotencyKey: fc.oneof(
    { weight: 8, arbitrary: fc.constant('fresh') },
    { weight: 1, arbitrary: fc.constant('missing') },
    { weight: 1, arbitrary: headerValue },
  ),
  workspace: fc.oneof({ weight: 8, arbitrary: fc.constant('real') }, { weight: 2, arbitrary: headerValue }),
  language: fc.constantFrom('es', 'pt-BR', 'en', 'xx;q=abc', '*'),
});
type Fuzzed = typeof request extends fc.Arbitrary<infer T> ? T : never;

/** Who the fuzzed requests may be sent as, and the real records their paths may name. */
export type FuzzTarget = { ids: Record<string, string>; admin: Record<string, string>; member: Record<string, string> };

/** One fuzzed request for an operation, ready for `app.inject`. */
export function build(method: string, path: string, op: Operation, r: Fuzzed, target: FuzzTarget) {
  const { ids, admin } = target;
  const resource = path.split('/')[3] ?? '';
  let n = 0;
  const url = path.replace(/\{(\*|\w+)\}/g, (_m, name: string) => {
    const choice = r.segments[n++ % 3] as string;
    if (choice === 'random') return randomUUID();
    if (choice !== 'real') return choice;
    return encodeURIComponent(ids[`${resource}:${name}`] ?? ids[name] ?? randomUUID());
  });
  const query = (op.parameters ?? [])
    .filter((p) => p.in === 'query')
    .flatMap((p, i) => {
      const v = r.query[i];
      if (v === undefined) return [];
      const value = v === 'plausible' ? String(plausible(p.schema)) : v;
      return [`${encodeURIComponent(p.name)}=${encode(value)}`];
    });
  if (r.stray !== undefined) query.push(`zz=${encode(r.stray)}`);
  const headers: Record<string, string> = { 'accept-language': r.language };
  const principal = path.startsWith('/api/v1/system/') ? admin : target.member;
  if (r.who === 'member') {
    Object.assign(headers, principal);
    if (r.workspace !== 'real' && headers['x-workspace-id']) headers['x-workspace-id'] = r.workspace;
  } else if (r.who === 'garbage-token') headers.authorization = 'Bearer eyJhbGciOiJub25lIn0.e30.';
  else if (r.who === 'garbage-key') headers.authorization = `Bearer ${API_KEY_PREFIX}${'z'.repeat(40)}`;
  if (r.idempotencyKey === 'fresh') headers['idempotency-key'] = randomUUID();
  else if (r.idempotencyKey !== 'missing') headers['idempotency-key'] = r.idempotencyKey;
  if (r.ifMatch !== undefined) headers[method === 'get' ? 'if-none-match' : 'if-match'] = r.ifMatch;
  let payload: string | Buffer | undefined;
  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (path.endsWith('/attachments')) {
    const upload = multipartOf(r.upload);
    headers['content-type'] = upload.contentType;
    payload = upload.payload;
  } else if (method !== 'get' && r.body.kind !== 'none') {
    headers['content-type'] = 'application/json';
    const base = plausible(schema);
    if (r.body.kind === 'mutate') {
      const paths = pathsOf(base);
      const at = paths[r.body.at % paths.length] ?? [];
      const value = mutate(base, at, r.body.value);
      payload = value === undefined ? undefined : JSON.stringify(value);
    } else if (r.body.kind === 'plausible') payload = JSON.stringify(base);
    else if (r.body.kind === 'poison') payload = JSON.stringify(poisonStrings(base, schema, r.body.poison));
    else if (r.body.kind === 'raw') payload = r.body.raw;
    else if (r.body.kind === 'json') payload = JSON.stringify(r.body.value);
    else if (r.body.kind === 'type') {
      headers['content-type'] = r.body.type;
      payload = 'a,b\n\u0000,\ud800\n';
    }
  }
  return {
    method: method.toUpperCase() as 'GET',
    url: query.length ? `${url}?${query.join('&')}` : url,
    headers,
    payload,
  };
}
