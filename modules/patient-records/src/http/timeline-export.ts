import type { Locale } from '@nexova/http';
import type { TimelineEntryView } from '../contracts/patient-timeline';

// The timeline's export formats: CSV with its header row in the request locale, or a JSON array,
// both written entry by entry (the route streams them as they are read).

const REF_COLUMNS = ['appointment_id', 'invoice_id', 'payment_id', 'queue_entry_id'] as const;

const HEADERS: Record<Locale, string[]> = {
  en: ['Date', 'Event', 'Summary', 'Appointment', 'Invoice', 'Payment', 'Queue entry', 'Entry id'],
  es: ['Fecha', 'Evento', 'Resumen', 'Cita', 'Factura', 'Pago', 'Turno en la fila', 'Id del registro'],
  'pt-BR': ['Data', 'Evento', 'Resumo', 'Consulta', 'Fatura', 'Pagamento', 'Entrada na fila', 'Id do registro'],
};

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; a cell a spreadsheet would read
 * as a formula (=, +, -, @ first: a cancel reason typed by someone) is prefixed with `'`.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const csvLine = (cells: string[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** The CSV text of an export, chunk by chunk: the header row, then one line per entry. */
export async function* csvChunks(entries: AsyncIterable<TimelineEntryView>, locale: Locale): AsyncGenerator<string> {
  yield csvLine(HEADERS[locale]);
  for await (const e of entries)
    yield csvLine([e.occurred_at, e.kind, e.summary, ...REF_COLUMNS.map((c) => e.refs[c] ?? ''), e.id]);
}

/** A JSON array of the entries, chunk by chunk. */
export async function* jsonChunks(entries: AsyncIterable<TimelineEntryView>): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const e of entries) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(e)}`;
    first = false;
  }
  yield '\n]\n';
}
