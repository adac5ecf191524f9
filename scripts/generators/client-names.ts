/**
 * How the SDK names an operation: `client.<resource>.<method>`. The resource is the operation's
 * first tag in camelCase (`api keys` → `apiKeys`); the method is the operationId with the tag's noun
 * stripped when what remains is exactly a verb (`listOrders` → `list`, `getOrder` → `get`,
 * `submitOrder` → `submit`), else the whole operationId (`listOrderPayments`, `getHealth`).
 */
export function resourceName(tag: string): string {
  const words = tag.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : capitalize(w.toLowerCase()))).join('');
}

export function methodName(tag: string, operationId: string): string {
  const verb = /^[a-z]+/.exec(operationId)?.[0];
  if (!verb || verb === operationId) return operationId;
  const noun = capitalize(resourceName(tag));
  const rest = operationId.slice(verb.length);
  return nounForms(noun).includes(rest) ? verb : operationId;
}

/** `Orders` → Orders, Order; `Categories` → Categories, Category; `Catalog` → Catalog, Catalogs. */
function nounForms(noun: string): string[] {
  const forms = new Set([noun]);
  if (noun.endsWith('ies')) forms.add(`${noun.slice(0, -3)}y`);
  else if (noun.endsWith('ses') || noun.endsWith('xes')) forms.add(noun.slice(0, -2));
  else if (noun.endsWith('s')) forms.add(noun.slice(0, -1));
  else forms.add(`${noun}s`);
  return [...forms];
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
