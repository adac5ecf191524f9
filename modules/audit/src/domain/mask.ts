// Personal values never enter the audit trail in clear (issue 14): a changed field whose name says
// it holds a phone, an e-mail, a document, an address, a birth date or clinical text keeps only that
// it changed. Matched by name, recursively, so a module's new `patient.allergies` is covered too.
const PERSONAL =
  /phone|e-?mail|document|tax_?id|cpf|cnpj|dni|rut|passport|address|birth|note|allerg|condition|diagnos|clinical|medication|symptom|treatment|password|secret|token|content|text|body/i;

export const MASK = '[masked]';

/** Whether a field name holds personal or secret data. */
export const isPersonal = (name: string): boolean => PERSONAL.test(name);

/** `value` with every personal field (and everything under one) replaced by MASK; null stays null. */
export function maskValue(value: unknown, personal = false): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (personal) return MASK;
  if (Array.isArray(value)) return value.map((item) => maskValue(item));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = maskValue(inner, isPersonal(key));
    return out;
  }
  return value;
}

/** The changes of a note with personal fields masked (before and after alike). */
export function maskChanges(
  changes: Record<string, { before?: unknown; after?: unknown }> | undefined,
): Record<string, { before: unknown; after: unknown }> | null {
  if (!changes || Object.keys(changes).length === 0) return null;
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const [field, change] of Object.entries(changes)) {
    const personal = isPersonal(field);
    out[field] = { before: maskValue(change.before, personal), after: maskValue(change.after, personal) };
  }
  return out;
}
