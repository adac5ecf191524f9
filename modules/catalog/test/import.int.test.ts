import type { AppContext } from '@nexova/db';
import { listMovements, listStock } from '@nexova/inventory';
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
  it('imports valid CSV rows with their stock, groups variants by name and reports every rejected line', async () => {
    const ctx = workspace();
    await createProduct({ ctx, input: { name: 'Existing', currency: 'BRL', variants: [{ sku: 'OLD-1', price: 1 }] } });
    const csv = [
      'name;sku;price;category;options;status;stock',
      'Camiseta;TS-M;19,90;Roupas;size=M;active;12',
      'Camiseta;TS-L;21.90;Roupas;size=L;;',
      '',
      ';NO-NAME;1;;;;',
      'Meia;MEIA-1;abc;;;;',
      'Meia;TS-M;5;;;;',
      'Boné;OLD-1;5;;;;',
      'Boné;BONE-1;35;Acessórios;colour;;',
      'Boné;BONE-2;35;Acessórios;;retired;',
      'Cinto;CINTO-1;49.9;Acessórios;;draft;-3',
      'Cinto;CINTO-2;49.9;Acessórios;;draft;4',
    ].join('\n');
    const job = await importFile(ctx, Buffer.from(csv), 'csv');
    expect(job).toMatchObject({
      status: 'completed',
      total_rows: 10,
      processed_rows: 10,
      created_products: 2,
      created_variants: 3,
      error: null,
    });
    expect(job.rejected).toEqual([
      { line: 5, column: 'name', message: 'is required' },
      {
        line: 6,
        column: 'price',
        message: 'must be an amount in BRL like 19.90 (at most 2 decimals, no thousands separator)',
      },
      { line: 7, column: 'sku', message: 'duplicates line 2' },
      { line: 8, column: 'sku', message: 'already used by another variant' },
      { line: 9, column: 'options', message: 'must look like size=M; colour=red' },
      { line: 10, column: 'status', message: 'must be draft, active or archived' },
      { line: 11, column: 'stock', message: 'must be a whole number of units, 0 or more' },
    ]);
    const shirt = (await listProducts({ ctx, input: { q: 'camiseta' } })).items[0];
    expect(shirt?.variants.map((v) => [v.sku, v.price, v.options])).toEqual([
      ['TS-M', 1990, { size: 'M' }],
      ['TS-L', 2190, { size: 'L' }],
    ]);
    expect((await listCategories({ ctx })).items.map((c) => c.slug).sort()).toEqual(['acessorios', 'roupas']);
    const [m, l] = shirt?.variants.map((v) => v.id) ?? [];
    const stock = await listStock({ ctx, input: { variantIds: [m as string, l as string] } });
    // Both lists run by variant id.
    expect(stock.items.map((s) => [s.sku, s.product_name, s.variant_name, s.on_hand])).toEqual([
      ['TS-M', 'Camiseta', 'M', 12],
      ['TS-L', 'Camiseta', 'L', 0],
    ]);
    const moves = await listMovements({ ctx, input: { variantId: m as string } });
    expect(moves.items).toMatchObject([{ kind: 'adjustment', on_hand_delta: 12, reason: 'import' }]);
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
      rejected: [{ line: 4, column: 'sku' }],
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
    expect(noColumns.error).toBe('Line 1: missing required column(s): name, sku, price_minor (or price).');
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

  it("takes price_minor with a per-row currency; a decimal price converts with the currency's ISO 4217 digits; both only when equal", async () => {
    const ctx = workspace();
    const csv = [
      'name,sku,price_minor,price,currency',
      'Caneca,CAN-1,2590,,',
      'Chá verde,CHA-1,1500,,CLP',
      'Chá verde,CHA-2,,1800,clp',
      'Matcha,MAT-1,,1800.5,CLP',
      'Café,CAF-1,,12.345,BRL',
      'Café,CAF-2,,4500.50,COP',
      'Dinar,DIN-1,,1.234,KWD',
      'Yerba,YER-1,19.90,,',
      'Yerba,YER-2,1990,19.90,',
      'Yerba,YER-3,,,',
      'Chá verde,CHA-3,100,,BRL',
      'Bolo,BOL-1,100,,XYZ',
      'Yerba,YER-4,1990,19.99,',
    ].join('\n');
    const job = await importFile(ctx, Buffer.from(csv), 'csv');
    expect(job.rejected).toEqual([
      { line: 5, column: 'price', message: 'must be an amount in CLP like 1500 (no decimals, no thousands separator)' },
      {
        line: 6,
        column: 'price',
        message: 'must be an amount in BRL like 19.90 (at most 2 decimals, no thousands separator)',
      },
      { line: 9, column: 'price_minor', message: 'must be a whole number of minor units of BRL, 0 or more' },
      { line: 11, column: 'price_minor', message: 'is required (or price)' },
      {
        line: 12,
        column: 'currency',
        message: 'is BRL, but line 3 gives this product CLP: one product has one currency',
      },
      { line: 13, column: 'currency', message: 'must be an ISO 4217 currency code such as BRL, USD or CLP' },
      {
        line: 14,
        column: 'price',
        message: 'is 19.99 BRL (1999 minor units) but price_minor is 1990: give one of them, or the same price in both',
      },
    ]);
    const byName = Object.fromEntries(
      (await listProducts({ ctx })).items.map((p) => [
        p.name,
        { currency: p.currency, prices: p.variants.map((v) => v.price) },
      ]),
    );
    expect(byName).toEqual({
      Caneca: { currency: 'BRL', prices: [2590] },
      'Chá verde': { currency: 'CLP', prices: [1500, 1800] },
      Café: { currency: 'COP', prices: [450050] },
      Dinar: { currency: 'KWD', prices: [1234] },
      Yerba: { currency: 'BRL', prices: [1990] }, // line 10 gives price_minor and price alike
    });
  });
});
