/**
 * How the SDK names an operation (documented in docs/API.md, "The SDK's names"):
 *
 * - **The resource is the URL.** The static segments after `/api/v1/`, camelCased, nest:
 *   `/customers/{customer_id}/addresses` → `client.customers.addresses`,
 *   `/agenda/availability-rules` → `client.agenda.availabilityRules`. A `by-…` lookup segment ends
 *   the resource (`/customers/by-phone/{phone}` → `client.customers`). The last segment of a POST is
 *   an action, not a resource, when nothing else lives at or under that path
 *   (`/orders/{order_id}/submit` → `client.orders`, `/auth/login` → `client.auth`).
 * - **The method is the operationId without the resource's nouns** (singular or plural):
 *   `listOrders` → `list`, `registerOrderPayment` on `orders.payments` → `register`,
 *   `rotateWebhookEndpointSecret` on `webhookEndpoints` → `rotateSecret`. When nothing but nouns
 *   was left, the HTTP method names it: GET → `get` (`list` for a page), POST → `create`,
 *   PATCH → `update`, PUT → `set`, DELETE → `delete`.
 * - Operations outside `/api/v1/` (health, metrics, JWKS, files) and the API's own document keep
 *   `<tag>.<operationId without the tag's noun>`: `client.system.getHealth`.
 */

export type NamedOperation = { method: string; path: string; operationId: string; tag: string; paginated: boolean };
export type SdkName = { resource: string[]; method: string };

const API_PREFIX = '/api/v1/';
/** Abbreviations in URLs and the words their operationIds spell out. */
const ABBREVIATIONS: Record<string, string[]> = { dlq: ['dead', 'letter', 'letters'] };
const IRREGULAR: Record<string, string> = { people: 'person' };
const BY_METHOD: Record<string, string> = { POST: 'create', PATCH: 'update', PUT: 'set', DELETE: 'delete' };

const isParam = (segment: string) => segment.startsWith('{');

/** `operations`: every operation of the document (an action is told from a resource by its neighbours). */
export function sdkName(op: NamedOperation, operations: NamedOperation[]): SdkName {
  const segments = op.path.startsWith(API_PREFIX) ? op.path.slice(API_PREFIX.length).split('/') : null;
  if (!segments || segments.some((s) => s.includes('.') || s === '*' || s === '{*}'))
    return { resource: [resourceName(op.tag)], method: methodName(op.tag, op.operationId) };
  const lookup = segments.findIndex((s) => s.startsWith('by-'));
  const kept = lookup === -1 ? segments : segments.slice(0, lookup);
  let statics = kept.filter((s) => !isParam(s));
  if (lookup === -1 && isAction(op, operations)) statics = statics.slice(0, -1);
  const nouns = new Set(statics.flatMap(nounWords));
  const words = wordsOf(op.operationId);
  const rest = words.filter((w, i) => i === 0 || !nouns.has(w.toLowerCase()));
  // The verb stays even when it is also a noun of the path (`importProducts` on products.import):
  // then, alone, it names nothing the path does not, and the HTTP method names the call.
  const lone = rest.length === 1 && nouns.has(rest[0]?.toLowerCase() ?? '');
  const method = lone ? fallbackMethod(op) : lowerCamel(rest);
  return { resource: statics.map(camel), method };
}

/** A POST to a last static segment with nothing else at or under its path. */
function isAction(op: NamedOperation, operations: NamedOperation[]): boolean {
  const last = op.path.split('/').pop() ?? '';
  if (op.method !== 'POST' || isParam(last)) return false;
  return !operations.some((o) => o !== op && (o.path === op.path || o.path.startsWith(`${op.path}/`)));
}

function fallbackMethod(op: NamedOperation): string {
  if (op.method === 'GET') return op.paginated ? 'list' : 'get';
  return BY_METHOD[op.method] ?? op.method.toLowerCase();
}

/** The lower-case words a URL segment names, with singular forms: `availability-rules` → availability, rules, rule. */
function nounWords(segment: string): string[] {
  const words = segment.split('-').flatMap((w) => ABBREVIATIONS[w] ?? [w]);
  return words.flatMap((w) => [w, ...singularOf(w)]);
}

function singularOf(word: string): string[] {
  if (IRREGULAR[word]) return [IRREGULAR[word]];
  if (word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
  if (word.endsWith('ses') || word.endsWith('xes')) return [word.slice(0, -2)];
  if (word.endsWith('s')) return [word.slice(0, -1)];
  return [];
}

const wordsOf = (identifier: string) => identifier.split(/(?=[A-Z])/).filter(Boolean);
const camel = (segment: string) => lowerCamel(segment.split('-'));
const lowerCamel = (words: string[]) =>
  words.map((w, i) => (i === 0 ? w.toLowerCase() : capitalize(w.toLowerCase()))).join('');

/** A tag in camelCase (`api keys` → `apiKeys`): the resource of an operation outside /api/v1/. */
export function resourceName(tag: string): string {
  return lowerCamel(tag.split(/[^A-Za-z0-9]+/).filter(Boolean));
}

/** The operationId with the tag's noun stripped when what remains is exactly a verb (`getHealth` stays). */
export function methodName(tag: string, operationId: string): string {
  const verb = /^[a-z]+/.exec(operationId)?.[0];
  if (!verb || verb === operationId) return operationId;
  const noun = capitalize(resourceName(tag));
  const rest = operationId.slice(verb.length);
  const forms = [noun, ...singularOf(noun)];
  return forms.includes(rest) ? verb : operationId;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
