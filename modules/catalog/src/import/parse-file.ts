import { parse } from 'csv-parse/sync';

export type ImportFormat = 'csv' | 'xlsx';
/** A data row keyed by lower-case header, with its 1-based line in the file (the header is line 1). */
export type SheetRow = { line: number; cells: Record<string, string> };
export type SheetRows = { headers: string[]; rows: SheetRow[] };
type Line = { line: number; cells: string[] };

/** An error that fails the whole import: nothing is written. */
export class ImportFatalError extends Error {}

const REQUIRED = ['name', 'sku'];
/** The price: `price_minor` (integer minor units) or `price` (a decimal amount); at least one column. */
const PRICE_COLUMNS = ['price_minor', 'price'];

function toRecords(table: Line[], maxRows: number): SheetRows {
  const [head, ...body] = table;
  if (!head) throw new ImportFatalError('The file is empty.');
  const headers = head.cells.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((r) => !headers.includes(r));
  if (!PRICE_COLUMNS.some((c) => headers.includes(c))) missing.push('price_minor (or price)');
  if (missing.length > 0)
    throw new ImportFatalError(`Line ${head.line}: missing required column(s): ${missing.join(', ')}.`);
  const data = body.filter((row) => row.cells.some((c) => c.trim() !== ''));
  if (data.length > maxRows) throw new ImportFatalError(`The file has ${data.length} rows; the limit is ${maxRows}.`);
  return {
    headers,
    rows: data.map((row) => ({
      line: row.line,
      cells: Object.fromEntries(headers.map((h, i) => [h, (row.cells[i] ?? '').trim()])),
    })),
  };
}

function parseCsv(buffer: Buffer, maxRows: number): SheetRows {
  const text = buffer.toString('utf8');
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  // Spreadsheets in es/pt locales export CSV with semicolons.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // `info.lines` is the line a record ends on; a quoted cell may span lines, so count them back.
    const table = records.map(({ record, info }) => ({
      line: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0),
      cells: record,
    }));
    return toRecords(table, maxRows);
  } catch (error) {
    if (error instanceof ImportFatalError) throw error;
    throw new ImportFatalError(`The CSV could not be read: ${(error as Error).message}`);
  }
}

async function parseXlsx(buffer: Buffer, maxRows: number): Promise<SheetRows> {
  // Loaded on the first XLSX import only: exceljs costs ~25 MB and ~0.5 s of CPU at start-up (issue 11).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportFatalError(`The XLSX could not be read: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFatalError('The workbook has no sheet.');
  if (sheet.rowCount > maxRows + 1)
    throw new ImportFatalError(`The file has ${sheet.rowCount - 1} rows; the limit is ${maxRows}.`);
  const table: Line[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text ?? '');
    table.push({ line: row.number, cells });
  });
  return toRecords(table, maxRows);
}

/** Reads the first sheet (XLSX) or the whole file (CSV) into header-keyed rows; throws ImportFatalError. */
export async function parseImportFile(buffer: Buffer, format: ImportFormat, maxRows: number): Promise<SheetRows> {
  return format === 'csv' ? parseCsv(buffer, maxRows) : parseXlsx(buffer, maxRows);
}
