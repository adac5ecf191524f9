// HTML built from template strings with every interpolated value escaped, for the few
// server-rendered pages (mail links) the API serves until the dashboard takes them over.

/** Markup that is already safe: produced by `html` or `raw`. */
export type Html = { readonly __html: string };

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a quoted attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

/** Trusted markup (constants of our own only, never user input). */
export const raw = (markup: string): Html => ({ __html: markup });

const render = (value: unknown): string => {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object' && '__html' in value) return (value as Html).__html;
  return escapeHtml(String(value));
};

/** A template literal tag: strings are markup, values are escaped (arrays and `Html` nest). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return raw(out);
}
