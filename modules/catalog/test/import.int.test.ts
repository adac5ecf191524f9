import type { AppContext } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct, getImportJob, listCategories, listProducts, startProductImport } from '../src/index';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const workspace = (): AppContext => ({ ...systemContext(newId()), db: database.db });
const importFile = async (ctx: AppContext, file: Buffer, format: 'csv' | 'xlsx', maxRows = 1000) => {
  const { job, done } = await startProductImport({ ctx, input: { file, format, currency: 'BRL', maxRows } });
  expect(job.status).toBe('queued');
  await done;
  return getImportJob({ ctx, input: { jobId: job.id } });
};

describe('product import', () => {
  it('imports valid CSV rows, groups variants by name and reports every rejected row', async () => {
    const ctx = workspace();
    await createProduct({ ctx, input: { name: 'Existing', currency: 'BRL', variants: [{ sku: 'OLD-1', price: 1 }] } });
    const csv = [
      'name;sku;price;category;options;status',
      'Camiseta;TS-M;19,90;Roupas;size=M;active',
      'Camiseta;TS-L;21.90;Roupas;size=L;',
      ';NO-NAME;1;;;',
      'Meia;MEIA-1;abc;;;',
      'Meia;TS-M;5;;;',
      'Boné;OLD-1;5;;;',
      'Boné;BONE-1;35;Acessórios;colour;',
      'Boné;BONE-2;35;Acessórios;;retired',
      'Cinto;CINTO-1;49.9;Acessórios;;draft',
    ].join('\n');
    const job = await importFile(ctx, Buffer.from(csv), 'csv');
    expect(job).toMatchObject({
      status: 'completed',
      total_rows: 9,
      processed_rows: 9,
      created_products: 2,
      created_variants: 3,
      error: null,
    });
    expect(job.rejected).toEqual([
      { row: 3, field: 'name', message: 'is required' },
      { row: 4, field: 'price', message: 'must be a non-negative amount like 19.90' },
      { row: 5, field: 'sku', message: 'duplicates row 1' },
      { row: 6, field: 'sku', message: 'already used by another variant' },
      { row: 7, field: 'options', message: 'must look like size=M; colour=red' },
      { row: 8, field: 'status', message: 'must be draft, active or archived' },
    ]);
    const shirt = (await listProducts({ ctx, input: { q: 'camiseta' } })).items[0];
    expect(shirt?.variants.map((v) => [v.sku, v.price, v.options])).toEqual([
      ['TS-M', 1990, { size: 'M' }],
      ['TS-L', 2190, { size: 'L' }],
    ]);
    expect((await listCategories({ ctx })).items.map((c) => c.slug).sort()).toEqual(['acessorios', 'roupas']);
  });

  it('imports XLSX the same way', async () => {
    const ctx = workspace();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Produtos');
    sheet.addRow(['Name', 'SKU', 'Price', 'Description']);
    sheet.addRow(['Café', 'CAFE-1', 35.5, 'Torrado']);
    sheet.addRow(['Café', 'CAFE-2', 60, 'Torrado']);
    sheet.addRow(['Chá', '', 10, '']);
    const job = await importFile(ctx, Buffer.from(await wb.xlsx.writeBuffer()), 'xlsx');
    expect(job).toMatchObject({
      status: 'completed',
      created_products: 1,
      created_variants: 2,
      rejected: [{ row: 3, field: 'sku' }],
    });
    expect((await listProducts({ ctx, input: { q: 'cafe' } })).items[0]?.variants.map((v) => v.price)).toEqual([
      3550, 6000,
    ]);
  });

  it('fails the whole import on a fatal error and writes nothing', async () => {
    const ctx = workspace();
    const tooMany = ['name,sku,price', 'A,A1,1', 'B,B1,1', 'C,C1,1'].join('\n');
    const failed = await importFile(ctx, Buffer.from(tooMany), 'csv', 2);
    expect(failed).toMatchObject({ status: 'failed', error: 'The file has 3 rows; the limit is 2.' });
    const noColumns = await importFile(ctx, Buffer.from('title,code\nA,1'), 'csv');
    expect(noColumns.error).toBe('Missing required column(s): name, sku, price.');
    const garbage = await importFile(ctx, Buffer.from('not a zip'), 'xlsx');
    expect(garbage.status).toBe('failed');
    expect((await listProducts({ ctx })).items).toHaveLength(0);
  });

  it('reports progress while validating large files', async () => {
    const ctx = workspace();
    const rows = Array.from({ length: 600 }, (_, i) => `Item ${i % 50},SKU-${i},${i}.00`);
    const job = await importFile(ctx, Buffer.from(['name,sku,price', ...rows].join('\n')), 'csv');
    expect(job).toMatchObject({
      status: 'completed',
      total_rows: 600,
      processed_rows: 600,
      created_products: 50,
      created_variants: 600,
      rejected: [],
    });
  });
});
