import type { AuditEntry } from '../contracts/entry';

/** CSV columns of an exported entry, in order (changes as JSON text). */
export const CSV_COLUMNS = [
  'id',
  'seq',
  'occurred_at',
  'actor_type',
  'actor_id',
  'action',
  'category',
  'severity',
  'target_type',
  'target_id',
  'ip',
  'user_agent',
  'request_id',
  'changes',
  'hash',
] as const;

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe:
// user agents and targets come from clients (OWASP "CSV injection").
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvLine(e: AuditEntry): string {
  const values = [
    e.id,
    e.seq,
    e.occurred_at,
    e.actor.type,
    e.actor.id,
    e.action,
    e.category,
    e.severity,
    e.target?.type,
    e.target?.id,
    e.ip,
    e.user_agent,
    e.request_id,
    e.changes,
    e.hash,
  ];
  return `${values.map(cell).join(',')}\r\n`;
}

/** JSON: one array of entries exactly as GET /audit shows them, one entry per line. */
export function jsonChunk(batch: AuditEntry[], first: boolean): string {
  return batch.map((e, i) => `${first && i === 0 ? '' : ',\n'}${JSON.stringify(e)}`).join('');
}
