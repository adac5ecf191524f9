import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export type ImportFormat = 'csv' | 'xlsx';
export type SheetRows = { headers: string[]; rows: Record<string, string>[] };

/** An error that fails the whole import: nothing is written. */
export class ImportFatalError extends Error {}

const REQUIRED = ['name', 'sku', 'price'];

function toRecords(table: string[][], maxRows: number): SheetRows {
  const [head, ...body] = table;
  if (!head) throw new ImportFatalError('The file is empty.');
  const headers = head.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((r) => !headers.includes(r));
  if (missing.length > 0) throw new ImportFatalError(`Missing required column(s): ${missing.join(', ')}.`);
  const data = body.filter((cells) => cells.some((c) => c.trim() !== ''));
  if (data.length > maxRows) throw new ImportFatalError(`The file has ${data.length} rows; the limit is ${maxRows}.`);
  return {
    headers,
    rows: data.map((cells) => Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? '').trim()]))),
  };
}

function parseCsv(buffer: Buffer, maxRows: number): SheetRows {
  const text = buffer.toString('utf8');
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  // Spreadsheets in es/pt locales export CSV with semicolons.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const table = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
    return toRecords(table, maxRows);
  } catch (error) {
    if (error instanceof ImportFatalError) throw error;
    throw new ImportFatalError(`The CSV could not be read: ${(error as Error).message}`);
  }
}

async function parseXlsx(buffer: Buffer, maxRows: number): Promise<SheetRows> {
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
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text ?? '');
    table.push(cells);
  });
  return toRecords(table, maxRows);
}

/** Reads the first sheet (XLSX) or the whole file (CSV) into header-keyed rows; throws ImportFatalError. */
export async function parseImportFile(buffer: Buffer, format: ImportFormat, maxRows: number): Promise<SheetRows> {
  return format === 'csv' ? parseCsv(buffer, maxRows) : parseXlsx(buffer, maxRows);
}
