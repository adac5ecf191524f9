// The URL a request log line shows: never a personal value. Path parameters named for personal data
// (a phone, a document number, an e-mail) and query values other than ids, paging and the closed
// filters below are replaced — `GET /customers?q=11987654321` is logged as `?q=[redacted]`.

const PERSONAL_PARAMS = new Set(['phone', 'number', 'email', 'document']);

/** Query parameters whose values are never personal (ids are UUIDs; the rest are closed sets or paging). */
const PLAIN_QUERY = new Set([
  'limit',
  'cursor',
  'status',
  'kind',
  'wait',
  'day',
  'month',
  'from',
  'to',
  'created_from',
  'created_to',
  'occurred_from',
  'occurred_to',
  'currency',
  'format',
  'low',
  'in_stock',
  'include_closed',
  'include_hidden',
  'unread',
  'min_price',
  'max_price',
  'step_minutes',
  'catalog',
  'source',
  'owner_kind',
  'consumer',
  'hub.mode',
]);

const REDACTED = '[redacted]';
const plainKey = (key: string) => PLAIN_QUERY.has(key) || /_ids?$/.test(key);

/**
 * `url` (path and query as received) with personal values replaced. `route` is the matched route
 * template (`/api/v1/customers/by-phone/:phone`); unmatched URLs keep their path.
 */
export function loggableUrl(url: string, route: string | undefined): string {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const shownPath = route ? maskPath(path, route) : path;
  if (q === -1) return shownPath;
  const params = new URLSearchParams(url.slice(q + 1));
  const shown = [...params].map(
    ([k, v]) => `${encodeURIComponent(k)}=${plainKey(k) ? encodeURIComponent(v) : REDACTED}`,
  );
  return `${shownPath}?${shown.join('&')}`;
}

function maskPath(path: string, route: string): string {
  const parts = path.split('/');
  const template = route.split('/');
  if (parts.length !== template.length) return path;
  return parts
    .map((part, i) => {
      const t = template[i] ?? '';
      return t.startsWith(':') && PERSONAL_PARAMS.has(t.slice(1)) ? REDACTED : part;
    })
    .join('/');
}
