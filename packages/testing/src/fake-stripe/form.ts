// Stripe's request bodies: application/x-www-form-urlencoded with bracketed keys, as the SDK's
// encoder writes them (`metadata[order_id]=…`, `payment_method_types[0]=card`, `expand[]=…`).

export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));

/** The key's path: `a[b][0]` → ['a', 'b', '0']; `a[]` → ['a', ''] (append). */
function pathOf(key: string): string[] {
  const head = key.match(/^[^[]+/)?.[0] ?? key;
  const rest = [...key.slice(head.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] as string);
  return [head, ...rest];
}

function assign(target: FormObject | FormValue[], path: string[], value: string): void {
  const [key, ...rest] = path as [string, ...string[]];
  const container = target as Record<string, FormValue>;
  const slot = Array.isArray(target) && key === '' ? String(target.length) : key;
  if (rest.length === 0) {
    container[slot] = value;
    return;
  }
  const wantsArray = rest[0] === '' || /^\d+$/.test(rest[0] as string);
  let child = container[slot];
  if (typeof child !== 'object' || child === null) {
    child = wantsArray ? [] : {};
    container[slot] = child;
  }
  assign(child as FormObject | FormValue[], rest, value);
}

/** Parses a form-encoded body into nested objects and arrays (values stay strings, as Stripe receives them). */
export function parseForm(body: string): FormObject {
  const out: FormObject = {};
  for (const pair of body.split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const key = decode(at === -1 ? pair : pair.slice(0, at));
    const value = at === -1 ? '' : decode(pair.slice(at + 1));
    assign(out, pathOf(key), value);
  }
  return out;
}
