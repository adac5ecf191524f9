import { type AppContext, type TxContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { adjustStock, registerVariants } from '@nexova/inventory';
import { newId } from '@nexova/kernel';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { productsImported } from '../contracts/events/product-events.v1';
import { categories, importJobs, products, variants } from '../db/schema';
import { productSearchText, slugify } from '../domain/fold';
import { type ImportRow, validateRow } from '../domain/import-row';
import { variantLabel } from '../domain/variant-label';
import { patchJob } from './job-store';
import { ImportFatalError, type ImportFormat, parseImportFile } from './parse-file';

export type ImportRun = {
  jobId: string;
  file: Buffer;
  format: ImportFormat;
  currency: string;
  maxRows: number;
  progressEvery?: number;
};
type Rejected = { line: number; column: string; message: string };

/**
 * Runs one import: parse, validate row by row (progress committed as it goes), then write every
 * accepted row in ONE transaction that also completes the job. A fatal error (unreadable file,
 * too many rows, a database failure) marks the job failed and nothing is imported.
 */
export async function runImport(ctx: AppContext, run: ImportRun): Promise<void> {
  try {
    await patchJob(ctx, run.jobId, { status: 'running' });
    const sheet = await parseImportFile(run.file, run.format, run.maxRows);
    await patchJob(ctx, run.jobId, { totalRows: sheet.rows.length });
    const accepted: { line: number; row: ImportRow }[] = [];
    const rejected: Rejected[] = [];
    const seen = new Map<string, number>();
    const productCurrency = new Map<string, { currency: string; line: number }>();
    for (const [i, { line, cells }] of sheet.rows.entries()) {
      const result = validateRow(cells, run.currency);
      const clash = 'row' in result ? currencyClash(productCurrency, result.row, line) : null;
      if ('problem' in result) rejected.push({ line, ...result.problem });
      else if (seen.has(result.row.sku.toLowerCase()))
        rejected.push({ line, column: 'sku', message: `duplicates line ${seen.get(result.row.sku.toLowerCase())}` });
      else if (clash) rejected.push({ line, column: 'currency', message: clash });
      else {
        seen.set(result.row.sku.toLowerCase(), line);
        accepted.push({ line, row: result.row });
      }
      if ((i + 1) % (run.progressEvery ?? 200) === 0) await patchJob(ctx, run.jobId, { processedRows: i + 1 });
    }
    await withTransaction(ctx, async (t) => {
      const taken = await takenSkus(
        t,
        accepted.map((a) => a.row.sku.toLowerCase()),
      );
      const fresh = accepted.filter((a) => {
        if (!taken.has(a.row.sku.toLowerCase())) return true;
        rejected.push({ line: a.line, column: 'sku', message: 'already used by another variant' });
        return false;
      });
      const counts = await writeRows(
        t,
        fresh.map((a) => a.row),
      );
      rejected.sort((a, b) => a.line - b.line);
      await t.tx
        .update(importJobs)
        .set({ status: 'completed', processedRows: sheet.rows.length, ...counts, rejected, finishedAt: new Date() })
        .where(and(eq(importJobs.workspaceId, workspaceOf(t)), eq(importJobs.id, run.jobId)));
      await publish(t, productsImported, {
        aggregateId: run.jobId,
        payload: {
          job_id: run.jobId,
          created_products: counts.createdProducts,
          created_variants: counts.createdVariants,
          rejected_rows: rejected.length,
        },
      });
    });
  } catch (error) {
    const message =
      error instanceof ImportFatalError
        ? error.message
        : 'The import failed unexpectedly; nothing was imported. Retry it.';
    await patchJob(ctx, run.jobId, { status: 'failed', error: message, finishedAt: new Date() }).catch(() => {
      // The database is gone (shutdown): the job stays `running` and can be retried by its owner.
    });
  }
}

async function takenSkus(t: TxContext, skus: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < skus.length; i += 1000) {
    const rows = await t.tx
      .select({ sku: sql<string>`lower(${variants.sku})` })
      .from(variants)
      .where(
        and(
          eq(variants.workspaceId, workspaceOf(t)),
          isNull(variants.deletedAt),
          inArray(sql`lower(${variants.sku})`, skus.slice(i, i + 1000)),
        ),
      );
    for (const r of rows) taken.add(r.sku);
  }
  return taken;
}

/** Rows of one product share its currency: why this row's differs from the product's first row, or null. */
function currencyClash(
  products: Map<string, { currency: string; line: number }>,
  row: ImportRow,
  line: number,
): string | null {
  const first = products.get(row.productKey);
  if (!first) {
    products.set(row.productKey, { currency: row.currency, line });
    return null;
  }
  return first.currency === row.currency
    ? null
    : `is ${row.currency}, but line ${first.line} gives this product ${first.currency}: one product has one currency`;
}

async function writeRows(t: TxContext, rows: ImportRow[]) {
  const ws = workspaceOf(t);
  const groups = new Map<string, ImportRow[]>();
  for (const r of rows) groups.set(r.productKey, [...(groups.get(r.productKey) ?? []), r]);
  const categoryIds = new Map<string, string>();
  for (const name of new Set(rows.map((r) => r.category).filter((c): c is string => !!c))) {
    const slug = slugify(name);
    await t.tx.insert(categories).values({ id: newId(), workspaceId: ws, name, slug }).onConflictDoNothing();
    const [cat] = await t.tx
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.workspaceId, ws), eq(categories.slug, slug)));
    if (cat) categoryIds.set(name, cat.id);
  }
  let createdVariants = 0;
  for (const group of groups.values()) {
    const head = group[0] as ImportRow;
    const id = newId();
    await t.tx.insert(products).values({
      id,
      workspaceId: ws,
      name: head.name,
      description: head.description,
      categoryId: head.category ? (categoryIds.get(head.category) ?? null) : null,
      status: head.status,
      currency: head.currency,
      searchText: productSearchText({ name: head.name, description: head.description, skus: group.map((g) => g.sku) }),
    });
    const variantRows = group.map((g) => ({
      id: newId(),
      workspaceId: ws,
      productId: id,
      sku: g.sku,
      options: g.options,
      priceMinor: g.price,
    }));
    await t.tx.insert(variants).values(variantRows);
    await registerVariants({
      ctx: t,
      input: {
        variants: variantRows.map((v) => variantLabel({ id: v.id, sku: v.sku, options: v.options }, head.name)),
      },
    });
    // On-hand stock from the file: inventory records it as an adjustment with reason "import".
    for (const [i, g] of group.entries())
      if (g.stock > 0)
        await adjustStock({
          ctx: t,
          input: { variantId: (variantRows[i] as { id: string }).id, delta: g.stock, reason: 'import' },
        });
    createdVariants += group.length;
  }
  return { createdProducts: groups.size, createdVariants };
}
