import type { AppContext } from '@nexova/db';
import { adjustStock, listStock, reserveStock } from '@nexova/inventory';
import { ConflictError, newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCategory,
  createProduct,
  deleteProduct,
  getCategory,
  getProduct,
  listCategories,
  listProducts,
  seedDemoCatalog,
  updateProduct,
  upsertVariant,
} from '../src/index';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const workspace = (): AppContext => ({ ...systemContext(newId()), db: database.db });
const product = (ctx: AppContext, name: string, skus: [string, number][], extra: { categoryId?: string } = {}) =>
  createProduct({
    ctx,
    input: { name, currency: 'brl', variants: skus.map(([sku, price]) => ({ sku, price })), ...extra },
  });
const names = async (ctx: AppContext, input: Parameters<typeof listProducts>[0]['input']) =>
  (await listProducts({ ctx, input })).items.map((p) => p.name);

describe('products', () => {
  it('creates products with variants and keeps SKUs unique per workspace (any case)', async () => {
    const ctx = workspace();
    const p = await product(ctx, 'Camiseta básica', [
      ['TS-M', 1990],
      ['TS-L', 2190],
    ]);
    expect(p).toMatchObject({ currency: 'BRL', status: 'active', version: 1 });
    expect(p.variants.map((v) => v.price)).toEqual([1990, 2190]);
    const err = await product(ctx, 'Other', [['ts-m', 100]]).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.errors).toEqual([{ pointer: '/variants/0/sku', in: 'body', message: 'SKU already in use' }]);
    await expect(
      product(ctx, 'Twice', [
        ['A1', 1],
        ['a1', 2],
      ]),
    ).rejects.toMatchObject({ code: 'sku_taken' });
    await product(workspace(), 'Elsewhere', [['TS-M', 1]]);
  });

  it('settles concurrent creates of the same SKU with one winner', async () => {
    const ctx = workspace();
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => product(ctx, `P${i}`, [['SAME', 1]])));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
  });

  it('searches by name and SKU tolerating accents, case and typos', async () => {
    const ctx = workspace();
    await product(ctx, 'Café orgânico', [['CAF-500', 3500]]);
    await product(ctx, 'Pão de queijo', [['PDQ-1', 1200]]);
    await product(ctx, 'Camiseta', [['TSHIRT-RED', 1990]]);
    expect(await names(ctx, { q: 'cafe organico' })).toEqual(['Café orgânico']);
    expect(await names(ctx, { q: 'PAO' })).toEqual(['Pão de queijo']);
    expect(await names(ctx, { q: 'queijoo' })).toEqual(['Pão de queijo']);
    expect(await names(ctx, { q: 'camisete' })).toEqual(['Camiseta']);
    expect(await names(ctx, { q: 'tshirt-red' })).toEqual(['Camiseta']);
    expect(await names(ctx, { q: 'caf-500' })).toEqual(['Café orgânico']);
  });

  it('filters by category, price range and stock (through inventory), and pages with a cursor', async () => {
    const ctx = workspace();
    const shirts = await createCategory({ ctx, input: { name: 'Camisetas' } });
    const cheap = await product(ctx, 'Cheap', [['C1', 500]], { categoryId: shirts.id });
    const mid = await product(ctx, 'Mid', [
      ['M1', 1500],
      ['M2', 5000],
    ]);
    await product(ctx, 'Dear', [['D1', 9000]]);
    expect(await names(ctx, { categoryId: shirts.id })).toEqual(['Cheap']);
    expect(await names(ctx, { minPrice: 1000, maxPrice: 6000 })).toEqual(['Mid']);
    expect(await names(ctx, { inStock: true })).toEqual([]);
    const midVariant = mid.variants[0]?.id as string;
    await adjustStock({ ctx, input: { variantId: midVariant, delta: 1, reason: 'count' } });
    await adjustStock({ ctx, input: { variantId: cheap.variants[0]?.id as string, delta: 2, reason: 'count' } });
    expect(await names(ctx, { inStock: true })).toEqual(['Mid', 'Cheap']);
    await reserveStock({ ctx, input: { lines: [{ variantId: midVariant, quantity: 1 }] } });
    expect(await names(ctx, { inStock: true })).toEqual(['Cheap']);
    const first = await listProducts({ ctx, input: { limit: 2 } });
    const second = await listProducts({ ctx, input: { limit: 2, cursor: first.next_cursor ?? undefined } });
    expect([...first.items, ...second.items].map((p) => p.name)).toEqual(['Dear', 'Mid', 'Cheap']);
    expect(second.next_cursor).toBeNull();
  });

  it('updates with versions, edits variants, and soft-deletes freeing the SKUs', async () => {
    const ctx = workspace();
    const p = await product(ctx, 'Boné', [['BONE-1', 3000]]);
    const v2 = await updateProduct({ ctx, input: { productId: p.id, status: 'draft', expectedVersion: 1 } });
    expect(v2).toMatchObject({ status: 'draft', version: 2 });
    await expect(
      updateProduct({ ctx, input: { productId: p.id, name: 'x', expectedVersion: 1 } }),
    ).rejects.toMatchObject({ code: 'version_mismatch' });
    const added = await upsertVariant({
      ctx,
      input: { productId: p.id, sku: 'BONE-2', options: { colour: 'azul' }, price: 3200 },
    });
    expect(added.variants).toHaveLength(2);
    const changed = await upsertVariant({
      ctx,
      input: { productId: p.id, variantId: added.variants[1]?.id, price: 2900 },
    });
    expect(changed.variants[1]).toMatchObject({ price: 2900, version: 2, options: { colour: 'azul' } });
    expect(await names(ctx, { q: 'bone-2' })).toEqual(['Boné']);
    await deleteProduct({ ctx, input: { productId: p.id } });
    await expect(getProduct({ ctx, input: { productId: p.id } })).rejects.toMatchObject({ status: 404 });
    await product(ctx, 'Boné novo', [['BONE-1', 3000]]);
  });

  it("keeps inventory's SKU, product name and variant name of each variant current", async () => {
    const ctx = workspace();
    const p = await createProduct({
      ctx,
      input: { name: 'Camiseta', currency: 'BRL', variants: [{ sku: 'TS-M', options: { size: 'M' }, price: 1990 }] },
    });
    const id = p.variants[0]?.id as string;
    const label = async () => {
      const [row] = (await listStock({ ctx, input: { variantIds: [id] } })).items;
      return [row?.sku, row?.product_name, row?.variant_name];
    };
    expect(await label()).toEqual(['TS-M', 'Camiseta', 'M']);
    await updateProduct({ ctx, input: { productId: p.id, name: 'Camisa' } });
    await upsertVariant({
      ctx,
      input: { productId: p.id, variantId: id, sku: 'CM-M', options: { size: 'M', colour: 'red' } },
    });
    expect(await label()).toEqual(['CM-M', 'Camisa', 'red / M']);
    const plain = await upsertVariant({ ctx, input: { productId: p.id, sku: 'CM-X', price: 100 } });
    const [row] = (await listStock({ ctx, input: { variantIds: [plain.variants[1]?.id as string] } })).items;
    expect(row).toMatchObject({ sku: 'CM-X', product_name: 'Camisa', variant_name: null, on_hand: 0 });
  });
});

describe('categories', () => {
  it('pages by name with a cursor', async () => {
    const ctx = workspace();
    for (const name of ['Calçados', 'Acessórios', 'Bolsas']) await createCategory({ ctx, input: { name } });
    const first = await listCategories({ ctx, input: { limit: 2 } });
    expect(first.items.map((c) => c.name)).toEqual(['Acessórios', 'Bolsas']);
    const second = await listCategories({ ctx, input: { limit: 2, cursor: first.next_cursor ?? undefined } });
    expect(second).toMatchObject({ items: [{ name: 'Calçados', slug: 'calcados' }], next_cursor: null });
    expect(await getCategory({ ctx, input: { categoryId: second.items[0]?.id as string } })).toEqual(second.items[0]);
    await expect(
      getCategory({ ctx: workspace(), input: { categoryId: first.items[0]?.id as string } }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('demo seed', () => {
  it('creates demo products with stock once, however often it runs', async () => {
    const ctx = workspace();
    expect(await seedDemoCatalog({ ctx })).toHaveLength(1);
    expect(await seedDemoCatalog({ ctx })).toEqual([]);
    expect((await listProducts({ ctx })).items).toHaveLength(3);
    expect((await listStock({ ctx, input: { lowOnly: true } })).items).toHaveLength(2);
  });
});
